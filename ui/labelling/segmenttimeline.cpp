#include "ui/labelling/segmenttimeline.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <QMouseEvent>
#include <QPainter>

namespace as::ui {

SegmentTimeline::SegmentTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(44);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Labelled segments: click one to select it and jump there; drag an edge to "
                  "move it"));
    setMouseTracking(true); // the cursor shows when an edge can be grabbed
}

void SegmentTimeline::setFrameCount(int frames)
{
    m_frames = std::max(1, frames);
    update();
}

void SegmentTimeline::setSegments(const QVector<Segment> &segments)
{
    m_segments = segments;
    update();
}

void SegmentTimeline::setPlayhead(int frame)
{
    m_playhead = frame;
    update();
}

void SegmentTimeline::setMarkIn(int frame)
{
    m_markIn = frame;
    update();
}

void SegmentTimeline::setSelected(qint64 id)
{
    m_selected = id;
    update();
}

QRect SegmentTimeline::barRect() const
{
    return rect().adjusted(4, 8, -4, -8);
}

int SegmentTimeline::xOf(int frame) const
{
    const QRect bar = barRect();
    return bar.left() + int(qint64(bar.width()) * frame / m_frames);
}

int SegmentTimeline::frameAt(int x) const
{
    const QRect bar = barRect();
    const int frame = int(qint64(x - bar.left()) * m_frames / std::max(1, bar.width()));
    return std::clamp(frame, 0, m_frames - 1);
}

void SegmentTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect bar = barRect();
    p.fillRect(bar, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    for (const Segment &s : m_segments) {
        const QRect r(QPoint(xOf(s.startFrame), bar.top() + 1),
                      QPoint(std::max(xOf(s.startFrame) + 1, xOf(s.endFrame) - 1), bar.bottom() - 1));
        if (s.label.isEmpty())
            p.fillRect(r, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
        else
            p.fillRect(r, s.proposal ? s.color.lighter(150) : s.color);
        if (s.proposal) {
            p.setPen(QPen(s.color.darker(130), 1, Qt::DashLine));
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        if (!s.label.isEmpty() && r.width() > 30) {
            p.setPen(Qt::black);
            p.drawText(r.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(s.label, Qt::ElideRight, r.width() - 5));
        }
        if (s.id == m_selected) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 3));
            p.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }
    if (m_markIn >= 0) {
        const int x = xOf(m_markIn);
        p.setPen(QPen(QColor(0, 150, 0), 2));
        p.drawLine(x, rect().top(), x, rect().bottom());
        p.drawText(QPoint(x + 3, rect().top() + 9), tr("in"));
    }
    const int x = xOf(m_playhead);
    p.setPen(QPen(palette().color(QPalette::Text), 2));
    p.drawLine(x, rect().top(), x, rect().bottom());
}

SegmentTimeline::EdgeHit SegmentTimeline::edgeAt(int x) const
{
    constexpr int kGrabPixels = 4;
    EdgeHit best;
    int bestDistance = kGrabPixels + 1;
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments[i];
        for (const bool start : {true, false}) {
            const int distance = std::abs(x - xOf(start ? s.startFrame : s.endFrame));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = {i, start};
            }
        }
    }
    return best;
}

int SegmentTimeline::clampDrag(int frame) const
{
    const Segment &s = m_dragOriginal;
    int low = 0;
    int high = m_frames;
    for (const Segment &other : m_segments) {
        if (other.id == s.id)
            continue;
        if (other.endFrame <= s.startFrame)
            low = std::max(low, other.endFrame);
        if (other.startFrame >= s.endFrame)
            high = std::min(high, other.startFrame);
    }
    if (m_drag.start)
        return std::clamp(frame, low, s.endFrame - 1);
    return std::clamp(frame, s.startFrame + 1, high);
}

void SegmentTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_drag.index < 0) {
        setCursor(edgeAt(x).index >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    // Edges sit between frames: round to the nearest boundary, not the frame under x.
    const QRect bar = barRect();
    const int boundary = int(std::lround(double(x - bar.left()) * m_frames /
                                         std::max(1, bar.width())));
    Segment &s = m_segments[m_drag.index];
    (m_drag.start ? s.startFrame : s.endFrame) = clampDrag(boundary);
    update();
}

void SegmentTimeline::mouseReleaseEvent(QMouseEvent *)
{
    if (m_drag.index < 0)
        return;
    const Segment s = m_segments[m_drag.index];
    m_drag = {};
    if (s.startFrame != m_dragOriginal.startFrame || s.endFrame != m_dragOriginal.endFrame)
        Q_EMIT edgeDragged(s.id, s.startFrame, s.endFrame);
}

void SegmentTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const EdgeHit edge = edgeAt(event->position().toPoint().x());
        if (edge.index >= 0) {
            m_drag = edge;
            m_dragOriginal = m_segments[edge.index];
            m_selected = m_dragOriginal.id;
            Q_EMIT segmentClicked(m_selected);
            update();
            return;
        }
    }
    const int frame = frameAt(event->position().toPoint().x());
    qint64 hit = 0;
    for (const Segment &s : m_segments)
        if (frame >= s.startFrame && frame < s.endFrame)
            hit = s.id;
    Q_EMIT segmentClicked(hit);
    Q_EMIT seekRequested(frame);
}

} // namespace as::ui
