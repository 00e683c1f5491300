#include "ui/evaluation/confusionheatmap.h"

#include <algorithm>
#include <array>

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace as::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kCaption = 20;     // axis captions: "Predicted" above, "True" at the left
constexpr int kMinCell = 12;     // below this names are unreadable: the widget grows instead
constexpr int kMaxCell = 72;
constexpr int kMaxLabel = 150;
constexpr int kScaleHeight = 12;
constexpr int kScaleRoom = 52;   // colour bar under the matrix: gap, bar and tick labels

} // namespace

QColor heatColor(double share)
{
    // "Blues" of ColorBrewer: light for none, dark for all of the row.
    static const std::array<QColor, 5> stops{QColor(0xf7, 0xfb, 0xff), QColor(0xc6, 0xdb, 0xef),
                                             QColor(0x6b, 0xae, 0xd6), QColor(0x21, 0x71, 0xb5),
                                             QColor(0x08, 0x30, 0x6b)};
    const double t = std::clamp(share, 0.0, 1.0) * (stops.size() - 1);
    const int i = std::min(static_cast<int>(t), static_cast<int>(stops.size()) - 2);
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f,
                            a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

ConfusionHeatMap::ConfusionHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confusionHeatMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionHeatMap::setMatrix(const QStringList &classNames,
                                 const QVector<QVector<int>> &confusion)
{
    m_names = classNames;
    m_confusion = confusion;
    m_confusion.resize(m_names.size());
    m_rowTotals.fill(0, m_names.size());
    for (int t = 0; t < m_confusion.size(); ++t) {
        m_confusion[t].resize(m_names.size());
        for (int n : m_confusion[t])
            m_rowTotals[t] += n;
    }
    m_hovered = m_selected = QPoint(-1, -1);
    updateGeometry();
    update();
}

void ConfusionHeatMap::clear()
{
    setMatrix({}, {});
}

int ConfusionHeatMap::count(int trueClass, int predictedClass) const
{
    if (trueClass < 0 || predictedClass < 0 || trueClass >= classCount()
        || predictedClass >= classCount())
        return 0;
    return m_confusion[trueClass][predictedClass];
}

double ConfusionHeatMap::share(int trueClass, int predictedClass) const
{
    const int total = m_rowTotals.value(trueClass);
    return total > 0 ? double(count(trueClass, predictedClass)) / total : 0.0;
}

QFont ConfusionHeatMap::labelFont(int cell) const
{
    QFont f = font();
    f.setPixelSize(std::clamp(cell - 4, 9, 13));
    return f;
}

ConfusionHeatMap::Geometry ConfusionHeatMap::geometry() const
{
    Geometry g;
    const int n = classCount();
    if (n == 0)
        return g;
    const QFontMetrics metrics(labelFont(kMaxCell));
    int widest = 0;
    for (const QString &name : m_names)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    g.labelWidth = std::min(kMaxLabel, widest + 10);
    const int x0 = kMargin + kCaption + g.labelWidth;
    const int y0 = kMargin + kCaption + g.labelWidth;
    const int room = std::min(width() - x0 - kMargin, height() - y0 - kMargin - kScaleRoom);
    g.cell = std::clamp(room / n, kMinCell, kMaxCell);
    g.matrix = QRect(x0, y0, g.cell * n, g.cell * n);
    g.scale = QRect(x0, g.matrix.bottom() + 20, std::clamp(g.matrix.width(), 160, 280),
                    kScaleHeight);
    return g;
}

QSize ConfusionHeatMap::minimumSizeHint() const
{
    const int n = std::max(1, classCount());
    const int fixed = kMargin * 2 + kCaption + kMaxLabel;
    return QSize(fixed + n * kMinCell, fixed + kScaleRoom + n * kMinCell);
}

QSize ConfusionHeatMap::sizeHint() const
{
    const int n = std::max(1, classCount());
    const int fixed = kMargin * 2 + kCaption + kMaxLabel;
    const int cells = std::min(n * 40, 640);
    return QSize(fixed + cells, fixed + kScaleRoom + cells);
}

QRect ConfusionHeatMap::cellRect(int trueClass, int predictedClass) const
{
    if (trueClass < 0 || predictedClass < 0 || trueClass >= classCount()
        || predictedClass >= classCount())
        return {};
    const Geometry g = geometry();
    return QRect(g.matrix.left() + predictedClass * g.cell, g.matrix.top() + trueClass * g.cell,
                 g.cell, g.cell);
}

QPoint ConfusionHeatMap::cellAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (classCount() == 0 || !g.matrix.contains(pos))
        return {-1, -1};
    const int predicted = (pos.x() - g.matrix.left()) / g.cell;
    const int truth = (pos.y() - g.matrix.top()) / g.cell;
    if (predicted >= classCount() || truth >= classCount())
        return {-1, -1};
    return {predicted, truth};
}

void ConfusionHeatMap::activateCell(int trueClass, int predictedClass)
{
    if (trueClass < 0 || predictedClass < 0 || trueClass >= classCount()
        || predictedClass >= classCount())
        return;
    m_selected = QPoint(predictedClass, trueClass);
    update();
    Q_EMIT cellActivated(trueClass, predictedClass);
}

bool ConfusionHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            const int t = cell.y();
            const int p = cell.x();
            const int n = count(t, p);
            QString text = tr("true %1 \u2192 predicted %2: %n clip(s)", nullptr, n)
                               .arg(m_names[t], m_names[p]);
            if (m_rowTotals[t] > 0)
                text += QLatin1Char('\n')
                    + tr("%1 % of the test clips of %2")
                          .arg(QLocale().toString(share(t, p) * 100.0, 'f', 1), m_names[t]);
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        // Names are elided: the full one on hover.
        const Geometry g = geometry();
        QString name;
        if (help->pos().x() < g.matrix.left() && help->pos().y() >= g.matrix.top()
            && help->pos().y() < g.matrix.bottom())
            name = m_names.value((help->pos().y() - g.matrix.top()) / std::max(1, g.cell));
        else if (help->pos().y() < g.matrix.top() && help->pos().x() >= g.matrix.left()
                 && help->pos().x() < g.matrix.right())
            name = m_names.value((help->pos().x() - g.matrix.left()) / std::max(1, g.cell));
        if (!name.isEmpty())
            QToolTip::showText(help->globalPos(), name, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ConfusionHeatMap::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hovered) {
        m_hovered = cell;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ConfusionHeatMap::leaveEvent(QEvent *event)
{
    m_hovered = QPoint(-1, -1);
    update();
    QWidget::leaveEvent(event);
}

void ConfusionHeatMap::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0)
        activateCell(cell.y(), cell.x());
    QWidget::mousePressEvent(event);
}

void ConfusionHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int n = classCount();
    if (n == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No confusion matrix: this run has no test report yet."));
        return;
    }
    const Geometry g = geometry();
    const int cell = g.cell;

    // Cells, with the count while it fits.
    QFont countFont = font();
    countFont.setPixelSize(std::clamp(cell / 3, 8, 15));
    painter.setFont(countFont);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect r = cellRect(t, p);
            const double s = share(t, p);
            painter.fillRect(r, m_rowTotals[t] > 0 ? heatColor(s) : QColor(0xee, 0xee, 0xee));
            const int c = m_confusion[t][p];
            if (c > 0 && cell >= 22) {
                painter.setPen(s > 0.5 ? Qt::white : QColor(0x20, 0x20, 0x20));
                painter.drawText(r, Qt::AlignCenter, QLocale().toString(c));
            }
        }
    }
    if (cell >= 10) {
        painter.setPen(QPen(QColor(0xff, 0xff, 0xff), 1));
        for (int i = 1; i < n; ++i) {
            painter.drawLine(g.matrix.left() + i * cell, g.matrix.top(), g.matrix.left() + i * cell,
                             g.matrix.bottom());
            painter.drawLine(g.matrix.left(), g.matrix.top() + i * cell, g.matrix.right(),
                             g.matrix.top() + i * cell);
        }
    }
    painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.matrix.adjusted(0, 0, -1, -1));
    if (m_hovered.x() >= 0) {
        painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 1));
        painter.drawRect(cellRect(m_hovered.y(), m_hovered.x()).adjusted(0, 0, -1, -1));
    }
    if (m_selected.x() >= 0) {
        painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), 3));
        painter.drawRect(cellRect(m_selected.y(), m_selected.x()).adjusted(1, 1, -2, -2));
    }

    // Class names: rows at the left, columns along the top (read bottom to top).
    const QFont labels = labelFont(cell);
    QFont bold = labels;
    bold.setBold(true);
    const QFontMetrics metrics(labels);
    const QColor text = palette().color(QPalette::WindowText);
    for (int i = 0; i < n; ++i) {
        const bool rowHot = m_hovered.y() == i || m_selected.y() == i;
        const bool colHot = m_hovered.x() == i || m_selected.x() == i;
        const QString elided = metrics.elidedText(m_names[i], Qt::ElideMiddle, g.labelWidth - 8);
        painter.setPen(text);
        painter.setFont(rowHot ? bold : labels);
        painter.drawText(QRect(g.matrix.left() - g.labelWidth, g.matrix.top() + i * cell,
                               g.labelWidth - 6, cell),
                         Qt::AlignRight | Qt::AlignVCenter, elided);
        painter.save();
        painter.setFont(colHot ? bold : labels);
        painter.translate(g.matrix.left() + i * cell, g.matrix.top() - 6);
        painter.rotate(-90);
        painter.drawText(QRect(0, 0, g.labelWidth - 6, cell), Qt::AlignLeft | Qt::AlignVCenter,
                         elided);
        painter.restore();
    }

    // Axis captions.
    QFont caption = font();
    caption.setBold(true);
    painter.setFont(caption);
    painter.setPen(text);
    painter.drawText(QRect(g.matrix.left(), kMargin, g.matrix.width(), kCaption),
                     Qt::AlignHCenter | Qt::AlignVCenter, tr("Predicted class"));
    painter.save();
    painter.translate(kMargin, g.matrix.top() + g.matrix.height() / 2);
    painter.rotate(-90);
    const int captionWidth = std::max(g.matrix.height(), 160);
    painter.drawText(QRect(-captionWidth / 2, 0, captionWidth, kCaption), Qt::AlignCenter,
                     tr("True class"));
    painter.restore();

    // Colour scale under the matrix: share of the true class's clips.
    const QRect bar = g.scale;
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, heatColor(i / 10.0));
    painter.fillRect(bar, gradient);
    painter.setPen(QColor(0x9e, 0x9e, 0x9e));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    QFont small = font();
    small.setPixelSize(11);
    painter.setFont(small);
    painter.setPen(text);
    for (int pct : {0, 50, 100}) {
        const int x = bar.left() + (bar.width() - 1) * pct / 100;
        painter.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 4);
        const Qt::Alignment align = pct == 0 ? Qt::AlignLeft
            : pct == 100                     ? Qt::AlignRight
                                             : Qt::AlignHCenter;
        const int left = pct == 0 ? x : pct == 100 ? x - 60 : x - 30;
        painter.drawText(QRect(left, bar.bottom() + 5, 60, 14), align | Qt::AlignTop,
                         tr("%1 %").arg(pct));
    }
    painter.drawText(QRect(bar.right() + 12, bar.top() - 4, std::max(0, width() - bar.right() - 20),
                           bar.height() + 8),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("share of the true class's clips"));
}

} // namespace as::ui
