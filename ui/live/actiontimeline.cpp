#include "ui/live/actiontimeline.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

namespace as::ui {

namespace {

constexpr double kVisibleSeconds = 60.0;
constexpr int kMaxSegments = 5000; // about an hour of changing labels

/** A tick step of 1, 2 or 5 × 10^n seconds giving about `ticks` ticks over `span`. */
double tickStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

ActionTimeline::ActionTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(56);
}

void ActionTimeline::addPrediction(const QString &label, const QColor &color, double startSeconds,
                                   double endSeconds)
{
    if (!m_segments.isEmpty() && m_segments.last().label == label
        && startSeconds <= m_segments.last().endSeconds + 1e-6) {
        m_segments.last().endSeconds = std::max(m_segments.last().endSeconds, endSeconds);
    } else {
        // Windows overlap: a new label takes over from where the last one ends.
        const double start = m_segments.isEmpty()
            ? startSeconds
            : std::max(startSeconds, m_segments.last().endSeconds);
        m_segments.append(Segment {label, color, std::min(start, endSeconds), endSeconds});
        if (m_segments.size() > kMaxSegments)
            m_segments.remove(0, m_segments.size() - kMaxSegments);
    }
    update();
}

void ActionTimeline::clear()
{
    m_segments.clear();
    update();
}

void ActionTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QRect strip(1, 1, width() - 2, height() - metrics.height() - 6);
    painter.fillRect(strip, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(strip.adjusted(0, 0, -1, -1));

    const double end = m_segments.isEmpty() ? 0.0 : m_segments.last().endSeconds;
    const double first = m_segments.isEmpty() ? 0.0 : m_segments.first().startSeconds;
    const double from = std::max(first, end - kVisibleSeconds);
    const double to = std::max(end, from + 1.0);
    const double scale = strip.width() / (to - from);
    auto xOf = [&](double seconds) { return strip.x() + (seconds - from) * scale; };

    for (const Segment &segment : m_segments) {
        if (segment.endSeconds < from)
            continue;
        const QRectF box(
            xOf(std::max(segment.startSeconds, from)), strip.y() + 1,
            std::max(1.0, (segment.endSeconds - std::max(segment.startSeconds, from)) * scale),
            strip.height() - 2);
        painter.fillRect(box, segment.color);
        const QString text = segment.label.isEmpty() ? tr("no action") : segment.label;
        if (metrics.horizontalAdvance(text) + 8 < box.width()) {
            painter.setPen(segment.label.isEmpty() ? QColor(0x60, 0x60, 0x60) : QColor(Qt::white));
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }

    // Seconds axis under the strip.
    painter.setPen(palette().color(QPalette::WindowText));
    const double step = tickStep(to - from, std::max(2, strip.width() / 90));
    for (double t = std::ceil(from / step) * step; t <= to + 1e-9; t += step) {
        const int x = static_cast<int>(std::lround(xOf(t)));
        painter.drawLine(x, strip.bottom(), x, strip.bottom() + 3);
        const QString text = tr("%1 s").arg(t, 0, 'g', 4);
        const int w = metrics.horizontalAdvance(text);
        const int left = std::clamp(x - w / 2, 0, std::max(0, width() - w));
        painter.drawText(left, strip.bottom() + 4 + metrics.ascent(), text);
    }
}

} // namespace as::ui
