#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>

class QTimer;

namespace as::ui {

/**
 * The model's input frames played in a loop, in model order, so a reversed clip or the order
 * of segments can be seen moving; the caption names the position and source frame.
 */
class ClipAnimationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipAnimationView(QWidget *parent = nullptr);

    void setFrames(const QVector<QImage> &frames, const QVector<int> &indices);
    /** Frames per second of the loop. */
    void setRate(double fps);
    int position() const { return m_position; }
    int frameCount() const { return m_frames.size(); }
    bool isRunning() const;

    QSize sizeHint() const override { return {240, 260}; }

public Q_SLOTS:
    void start();
    void stop();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void advance();

    QVector<QImage> m_frames;
    QVector<int> m_indices;
    QTimer *m_timer;
    int m_position = 0;
};

} // namespace as::ui
