#include "ui/inspector/cliptimeline.h"

#include <algorithm>

#include <QMouseEvent>
#include <QPainter>

namespace as::ui {

namespace {

const QColor kFastTick = ClipTimeline::fastColour();
const QColor kSlowTick = ClipTimeline::slowColour();
const QColor kSegmentA(46, 204, 113, 60);
const QColor kSegmentB(155, 89, 182, 60);

} // namespace

ClipTimeline::ClipTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(86);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Video frames; the marks are the frames the clip was sampled from. "
                  "Click to show a frame in the player."));
}

void ClipTimeline::setClip(int frameCount, const QVector<int> &indices,
                           const QVector<std::pair<int, int>> &segments,
                           const QVector<int> &slowIndices)
{
    m_frameCount = frameCount;
    m_indices = indices;
    m_segments = segments;
    m_slow = slowIndices;
    update();
}

void ClipTimeline::clear()
{
    setClip(0, {}, {}, {});
}

void ClipTimeline::setPlayhead(int frame)
{
    m_playhead = frame;
    update();
}

QRectF ClipTimeline::strip() const
{
    return QRectF(12, 22, width() - 24, 34);
}

double ClipTimeline::xOf(double frame) const
{
    const QRectF s = strip();
    return s.left() + s.width() * frame / qMax(1, m_frameCount);
}

void ClipTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF s = strip();
    const QPalette pal = palette();
    painter.fillRect(s, pal.color(QPalette::Base));
    if (m_frameCount <= 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(s, Qt::AlignCenter, tr("No clip sampled yet"));
        return;
    }

    // One light cell per frame while they are wide enough to tell apart.
    const double cell = s.width() / m_frameCount;
    if (cell >= 4.0) {
        painter.setPen(QPen(pal.color(QPalette::Mid), 0.5));
        for (int f = 1; f < m_frameCount; ++f)
            painter.drawLine(QPointF(xOf(f), s.top()), QPointF(xOf(f), s.bottom()));
    }
    for (int k = 0; k < m_segments.size(); ++k) {
        const auto [begin, end] = m_segments[k];
        const QRectF band(xOf(begin), s.top(), xOf(end) - xOf(begin), s.height());
        painter.fillRect(band, k % 2 == 0 ? kSegmentA : kSegmentB);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(band.left(), 2, band.width(), 18), Qt::AlignCenter,
                         tr("segment %1").arg(k + 1));
    }
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(s);

    // The playhead first, so the sampled marks stay visible over it.
    if (m_playhead >= 0 && m_playhead < m_frameCount) {
        const double x = xOf(m_playhead + 0.5);
        painter.setPen(QPen(QColor(231, 76, 60, 160), 2.0));
        painter.drawLine(QPointF(x, s.top()), QPointF(x, s.bottom() + 3));
        painter.setPen(QColor(231, 76, 60));
        painter.drawText(QRectF(x - 40, s.bottom() + 3, 80, 18), Qt::AlignHCenter,
                         tr("▲ %1").arg(m_playhead));
    }

    // A bar at each sampled frame: the fast pathway (or every frame) blue, the slow orange.
    const double barWidth = qBound(2.0, cell * 0.6, 8.0);
    int sparse = 0; // marks far enough apart to carry their frame number
    QVector<int> sorted = m_indices;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const double labelWidth = fontMetrics().horizontalAdvance(QString::number(m_frameCount)) + 6;
    for (int i = 1; i < sorted.size(); ++i)
        sparse += xOf(sorted[i]) - xOf(sorted[i - 1]) >= labelWidth ? 0 : 1;
    const bool numbered = m_segments.isEmpty() && sparse == 0;
    painter.setPen(Qt::NoPen);
    for (const int index : sorted) {
        const bool slow = m_slow.contains(index);
        const double x = xOf(index + 0.5);
        painter.setBrush(slow ? kSlowTick : kFastTick);
        painter.drawRect(QRectF(x - barWidth / 2, s.top() + (slow ? 2 : 8), barWidth,
                                s.height() - (slow ? 4 : 16)));
        if (slow && !numbered)
            painter.drawEllipse(QPointF(x, s.top() - 6), 3.5, 3.5);
        if (numbered) {
            painter.setPen(slow ? kSlowTick : kFastTick);
            painter.drawText(QRectF(x - 30, 2, 60, 18), Qt::AlignCenter, QString::number(index));
            painter.setPen(Qt::NoPen);
        }
    }

    // Frame numbers at both ends (the pathway buttons of the panel carry the colour legend).
    // Left out where the playhead's own number would overlap them.
    const double playheadX = m_playhead >= 0 ? xOf(m_playhead + 0.5) : -1000.0;
    painter.setPen(pal.color(QPalette::Text));
    if (playheadX - s.left() > 40)
        painter.drawText(QRectF(s.left(), s.bottom() + 3, 80, 18), Qt::AlignLeft,
                         QString::number(0));
    if (s.right() - playheadX > 40)
        painter.drawText(QRectF(s.right() - 80, s.bottom() + 3, 80, 18), Qt::AlignRight,
                         QString::number(m_frameCount - 1));
}

void ClipTimeline::mousePressEvent(QMouseEvent *event)
{
    if (m_frameCount <= 0 || event->button() != Qt::LeftButton)
        return;
    const QRectF s = strip();
    const double fraction = (event->position().x() - s.left()) / s.width();
    Q_EMIT frameClicked(qBound(0, static_cast<int>(fraction * m_frameCount), m_frameCount - 1));
}

} // namespace as::ui
