#include "ui/labelling/segmenttimeline.h"

#include <algorithm>

#include <QMouseEvent>
#include <QPainter>

namespace as::ui {

SegmentTimeline::SegmentTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(44);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Labelled segments: click one to select it and jump there"));
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

void SegmentTimeline::mousePressEvent(QMouseEvent *event)
{
    const int frame = frameAt(event->position().toPoint().x());
    qint64 hit = 0;
    for (const Segment &s : m_segments)
        if (frame >= s.startFrame && frame < s.endFrame)
            hit = s.id;
    Q_EMIT segmentClicked(hit);
    Q_EMIT seekRequested(frame);
}

} // namespace as::ui
