#include "ui/live/scorebarsview.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

namespace as::ui {

ScoreBarsView::ScoreBarsView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ScoreBarsView::setScores(const QVector<Score> &scores)
{
    m_scores = scores;
    update();
}

void ScoreBarsView::setRows(int rows)
{
    m_rows = std::max(1, rows);
    updateGeometry();
    update();
}

QSize ScoreBarsView::sizeHint() const
{
    const int row = fontMetrics().height() + 10;
    return {260, m_rows * row + 4};
}

void ScoreBarsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = metrics.height() + 10;
    const int nameWidth = std::min(width() / 2, metrics.horizontalAdvance(QLatin1Char('M')) * 9);
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100%")) + 8;
    const int barX = nameWidth + 8;
    const int barWidth = std::max(10, width() - barX - valueWidth);
    for (int row = 0; row < m_rows; ++row) {
        const int y = 2 + row * rowHeight;
        const QRect bar(barX, y + 4, barWidth, rowHeight - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::AlternateBase).darker(104));
        painter.drawRoundedRect(bar, 3, 3);
        if (row >= m_scores.size())
            continue;
        const Score &score = m_scores[row];
        const double p = std::clamp(score.probability, 0.0, 1.0);
        painter.setBrush(score.color);
        painter.drawRoundedRect(
            QRect(bar.x(), bar.y(), std::max(2, int(bar.width() * p)), bar.height()), 3, 3);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, nameWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(score.name, Qt::ElideRight, nameWidth));
        painter.drawText(QRect(bar.right() + 6, y, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%1%").arg(std::lround(p * 100.0)));
    }
}

} // namespace as::ui
