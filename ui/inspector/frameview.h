#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

namespace as::ui {

/**
 * A video frame scaled to fit (aspect kept) with an optional rectangle over it: the crop the
 * model's clip was cut from, given as fractions of the frame so it fits any resolution.
 */
class FrameView final : public QWidget
{
    Q_OBJECT

public:
    explicit FrameView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    /** `fraction` in 0..1 units of the frame; an empty rectangle hides it. */
    void setCropRect(const QRectF &fraction, bool flipped);
    QRectF cropRect() const { return m_crop; }
    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QRectF m_crop;
    bool m_flipped = false;
    QString m_placeholder;
};

} // namespace as::ui
