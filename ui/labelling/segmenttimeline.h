#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * The labelled segments of one video over its frames, coloured by class (unassigned ones
 * hatched grey, model proposals paler and dashed), with the in-mark, the playhead and the
 * selected segment outlined. A click selects the segment under it and asks to seek there;
 * dragging a segment's edge moves it (the new range is only proposed: edgeDragged, and the
 * owner commits it), never past the neighbouring segment.
 */
class SegmentTimeline final : public QWidget
{
    Q_OBJECT

public:
    struct Segment
    {
        qint64 id = 0;
        int startFrame = 0;
        int endFrame = 0;
        QString label; // empty: no class yet
        QColor color;
        bool proposal = false; // from the model, not reviewed
    };

    explicit SegmentTimeline(QWidget *parent = nullptr);

    void setFrameCount(int frames);
    void setSegments(const QVector<Segment> &segments);
    const QVector<Segment> &segments() const { return m_segments; }
    void setPlayhead(int frame);
    void setMarkIn(int frame); // -1: none
    void setSelected(qint64 id); // 0: none
    qint64 selected() const { return m_selected; }
    /** The frame under x (widget coordinates), clamped to the video. */
    int frameAt(int x) const;
    /** The x of the left edge of `frame`. */
    int xOf(int frame) const;

    QSize sizeHint() const override { return {600, 56}; }

Q_SIGNALS:
    void seekRequested(int frame);
    void segmentClicked(qint64 id); // 0: a click outside every segment
    /** The user dragged an edge of segment `id`: it should become [startFrame, endFrame). */
    void edgeDragged(qint64 id, int startFrame, int endFrame);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    /** An edge within grab distance of x: the segment's index and which edge, or index -1. */
    struct EdgeHit
    {
        int index = -1;
        bool start = false;
    };
    EdgeHit edgeAt(int x) const;
    QRect barRect() const;
    /** Where the dragged edge may go, clamped between the neighbours and the other edge. */
    int clampDrag(int frame) const;

    int m_frames = 1;
    QVector<Segment> m_segments;
    int m_playhead = 0;
    int m_markIn = -1;
    qint64 m_selected = 0;
    EdgeHit m_drag;            // the edge being dragged, index -1 when none
    Segment m_dragOriginal;    // the segment as it was when the drag began
};

} // namespace as::ui
