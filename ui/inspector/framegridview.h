#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * The model's input frames in model order as a grid, each with the video frame index it was
 * cut from underneath. Frames are drawn with nearest-neighbour scaling so every input pixel
 * stays visible; highlighted frames (SlowFast's slow pathway) get a coloured frame.
 */
class FrameGridView final : public QWidget
{
    Q_OBJECT

public:
    explicit FrameGridView(QWidget *parent = nullptr);

    /** `indices[i]` is the video frame of `frames[i]`; `highlighted` may be empty. */
    void setFrames(const QVector<QImage> &frames, const QVector<int> &indices,
                   const QVector<bool> &highlighted = {});
    void clear();

    int frameCount() const { return m_frames.size(); }
    /** The video frame indices shown, in the order shown (model order). */
    QVector<int> indices() const { return m_indices; }
    QImage frame(int position) const { return m_frames.value(position); }

    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<QImage> m_frames;
    QVector<int> m_indices;
    QVector<bool> m_highlighted;
};

} // namespace as::ui
