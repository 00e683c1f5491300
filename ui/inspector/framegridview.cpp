#include "ui/inspector/framegridview.h"

#include <cmath>

#include <QPainter>

namespace as::ui {

namespace {

constexpr int kGap = 8;

} // namespace

FrameGridView::FrameGridView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 120);
}

void FrameGridView::setFrames(const QVector<QImage> &frames, const QVector<int> &indices,
                              const QVector<bool> &highlighted)
{
    m_frames = frames;
    m_indices = indices;
    m_highlighted = highlighted;
    update();
}

void FrameGridView::clear()
{
    setFrames({}, {});
}

void FrameGridView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const int n = m_frames.size();
    if (n == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("The sampled frames appear here."));
        return;
    }

    // The column count that gives the largest square cells, a caption line under each.
    const int caption = fontMetrics().height() + 4;
    int bestColumns = 1;
    double bestSide = 0.0;
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const double side = std::min((width() - kGap * (columns + 1)) / double(columns),
                                     (height() - kGap * (rows + 1)) / double(rows) - caption);
        if (side > bestSide) {
            bestSide = side;
            bestColumns = columns;
        }
    }
    const int side = qMax(8, static_cast<int>(bestSide));
    const int rows = (n + bestColumns - 1) / bestColumns;
    const int gridWidth = bestColumns * side + (bestColumns - 1) * kGap;
    const int gridHeight = rows * (side + caption) + (rows - 1) * kGap;
    const int left = (width() - gridWidth) / 2;
    const int top = qMax(kGap, (height() - gridHeight) / 2);

    for (int i = 0; i < n; ++i) {
        const int column = i % bestColumns;
        const int row = i / bestColumns;
        const QRect cell(left + column * (side + kGap), top + row * (side + caption + kGap), side,
                         side);
        const QImage &image = m_frames[i];
        const QSize fitted = image.size().scaled(cell.size(), Qt::KeepAspectRatio);
        const QRect target(cell.x() + (side - fitted.width()) / 2,
                           cell.y() + (side - fitted.height()) / 2, fitted.width(),
                           fitted.height());
        painter.drawImage(target, image); // nearest neighbour: the model's own pixels
        const bool highlighted = m_highlighted.value(i, false);
        painter.setPen(QPen(highlighted ? QColor(230, 126, 34) : pal.color(QPalette::Mid),
                            highlighted ? 3 : 1));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
        painter.setPen(pal.color(QPalette::Text));
        const QRect text(cell.x(), cell.bottom() + 2, side, caption);
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop,
                         tr("#%1 · frame %2").arg(i + 1).arg(m_indices.value(i)));
    }
}

} // namespace as::ui
