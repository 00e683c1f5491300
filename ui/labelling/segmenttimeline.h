#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * The labelled segments of one video over its frames, coloured by class (unassigned ones
 * hatched grey), with the in-mark, the playhead and the selected segment outlined. A click
 * selects the segment under it and asks to seek there.
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

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect barRect() const;

    int m_frames = 1;
    QVector<Segment> m_segments;
    int m_playhead = 0;
    int m_markIn = -1;
    qint64 m_selected = 0;
};

} // namespace as::ui
