#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace as::ui {

/**
 * Shows the live video, scaled to fit with its aspect ratio kept, with an overlay of the
 * current action and its confidence in large type ("no action" greyed out). It paints only
 * the newest frame it was given, so it never falls behind the source.
 */
class LiveVideoView final : public QWidget
{
    Q_OBJECT

public:
    explicit LiveVideoView(QWidget *parent = nullptr);

    void setFrame(const QImage &frame);
    /** `label` empty: "no action"; `confidence` in [0, 1]; `color` of the label's class. */
    void setAction(const QString &label, double confidence, const QColor &color);
    /** Forgets the action (nothing recognised yet). */
    void clearAction();
    /** Text shown when there is no frame, e.g. "Choose a source and press Start". */
    void setPlaceholder(const QString &text);

    const QImage &frame() const { return m_frame; }
    QString actionText() const;
    /** The current frame with the overlay, at least 640 pixels wide: what Snapshot saves. */
    QImage composeSnapshot() const;

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintScene(QPainter &painter, const QRect &area) const;

    QImage m_frame;
    QString m_placeholder;
    QString m_label;
    double m_confidence = 0.0;
    QColor m_color;
    bool m_hasAction = false;
};

} // namespace as::ui
