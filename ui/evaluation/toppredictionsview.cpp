#include "ui/evaluation/toppredictionsview.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>

namespace as::ui {

namespace {

constexpr int kRow = 24;
constexpr int kMargin = 8;

} // namespace

TopPredictionsView::TopPredictionsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topPredictionsView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TopPredictionsView::setPredictions(const QString &clipName, const QVector<Entry> &entries)
{
    m_clip = clipName;
    m_entries = entries;
    updateGeometry();
    update();
}

void TopPredictionsView::clear()
{
    setPredictions({}, {});
}

QSize TopPredictionsView::sizeHint() const
{
    return QSize(360, 2 * kMargin + kRow * 6);
}

QSize TopPredictionsView::minimumSizeHint() const
{
    return QSize(200, 2 * kMargin + kRow * 6);
}

void TopPredictionsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (m_entries.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select a clip to see the classes the model ranked highest."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QFontMetrics boldMetrics(bold);
    painter.drawText(QRect(area.left(), area.top(), area.width(), kRow),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     boldMetrics.elidedText(tr("Top %n of %1", nullptr, int(m_entries.size()))
                                                .arg(m_clip),
                                            Qt::ElideMiddle, area.width()));

    painter.setFont(font());
    const QFontMetrics metrics(font());
    const int nameWidth = std::min(area.width() / 3, 160);
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 8;
    const int barWidth = std::max(10, area.width() - nameWidth - valueWidth - 8);
    int y = area.top() + kRow;
    for (const Entry &entry : m_entries) {
        const QRect nameRect(area.left(), y, nameWidth, kRow);
        painter.setPen(text);
        painter.drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(entry.className, Qt::ElideMiddle, nameWidth - 4));
        const QRect track(nameRect.right() + 8, y + 5, barWidth, kRow - 10);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xee, 0xee, 0xee));
        painter.drawRoundedRect(track, 3, 3);
        QRect bar = track;
        bar.setWidth(std::max(2, int(track.width() * std::clamp(entry.probability, 0.0, 1.0))));
        painter.setBrush(entry.isTrueClass ? QColor(0x2e, 0x7d, 0x32) : QColor(0xef, 0x6c, 0x00));
        painter.drawRoundedRect(bar, 3, 3);
        painter.setPen(text);
        painter.drawText(QRect(track.right() + 6, y, valueWidth, kRow),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 %").arg(QLocale().toString(entry.probability * 100.0, 'f', 1)));
        y += kRow;
    }
}

} // namespace as::ui
