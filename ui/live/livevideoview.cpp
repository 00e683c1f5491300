#include "ui/live/livevideoview.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPath>

namespace as::ui {

LiveVideoView::LiveVideoView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LiveVideoView::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void LiveVideoView::setAction(const QString &label, double confidence, const QColor &color)
{
    m_label = label;
    m_confidence = confidence;
    m_color = color;
    m_hasAction = true;
    update();
}

void LiveVideoView::clearAction()
{
    m_hasAction = false;
    m_label.clear();
    update();
}

void LiveVideoView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QString LiveVideoView::actionText() const
{
    if (!m_hasAction)
        return {};
    return m_label.isEmpty() ? tr("no action") : m_label;
}

QImage LiveVideoView::composeSnapshot() const
{
    if (m_frame.isNull())
        return {};
    const double scale = std::max(1.0, 640.0 / m_frame.width());
    const QSize size(static_cast<int>(std::lround(m_frame.width() * scale)),
                     static_cast<int>(std::lround(m_frame.height() * scale)));
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    paintScene(painter, image.rect());
    return image;
}

void LiveVideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintScene(painter, rect());
}

void LiveVideoView::paintScene(QPainter &painter, const QRect &area) const
{
    painter.fillRect(area, QColor(0x20, 0x22, 0x25));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_frame.isNull()) {
        painter.setPen(QColor(0xb0, 0xb0, 0xb0));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter.setFont(font);
        painter.drawText(area.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const QSize fitted = m_frame.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.x() + (area.width() - fitted.width()) / 2,
                       area.y() + (area.height() - fitted.height()) / 2, fitted.width(),
                       fitted.height());
    painter.drawImage(target, m_frame);
    if (!m_hasAction)
        return;

    // The overlay: a dark plate at the top left of the picture, sized to the picture.
    const bool none = m_label.isEmpty();
    const int margin = std::max(8, target.height() / 40);
    QFont big = painter.font();
    big.setPixelSize(std::clamp(target.height() / 11, 16, 64));
    big.setBold(true);
    big.setItalic(none);
    QFont detailFont = painter.font();
    detailFont.setPixelSize(std::clamp(target.height() / 22, 11, 30));
    const QString title = none ? tr("no action") : m_label;
    const QString detail = tr("%1% confidence").arg(std::lround(m_confidence * 100.0));
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(detailFont);
    const int swatch = none ? 0 : bigMetrics.height() / 2;
    const int width = std::max(bigMetrics.horizontalAdvance(title) + swatch + (swatch ? margin : 0),
                               smallMetrics.horizontalAdvance(detail))
        + 2 * margin;
    const int height = bigMetrics.height() + smallMetrics.height() + 2 * margin;
    const QRect plate(target.x() + margin, target.y() + margin,
                      std::min(width, target.width() - 2 * margin), height);
    QPainterPath path;
    path.addRoundedRect(plate, margin, margin);
    painter.fillPath(path, QColor(0, 0, 0, 150));
    int x = plate.x() + margin;
    const int y = plate.y() + margin;
    if (swatch) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_color);
        painter.drawEllipse(QRect(x, y + (bigMetrics.height() - swatch) / 2, swatch, swatch));
        x += swatch + margin;
    }
    painter.setFont(big);
    painter.setPen(none ? QColor(0xa8, 0xa8, 0xa8) : QColor(Qt::white));
    painter.drawText(QRect(x, y, plate.right() - x, bigMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(detailFont);
    painter.setPen(none ? QColor(0x90, 0x90, 0x90) : QColor(0xe0, 0xe0, 0xe0));
    painter.drawText(QRect(plate.x() + margin, y + bigMetrics.height(), plate.width() - 2 * margin,
                           smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, detail);
}

} // namespace as::ui
