#include "ui/inspector/frameview.h"

#include <QPainter>
#include <QPainterPath>

namespace as::ui {

FrameView::FrameView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 120);
}

void FrameView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void FrameView::setCropRect(const QRectF &fraction, bool flipped)
{
    m_crop = fraction;
    m_flipped = flipped;
    update();
}

void FrameView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void FrameView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 28));
    if (m_image.isNull()) {
        painter.setPen(QColor(170, 170, 180));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                       fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    if (m_crop.isEmpty())
        return;

    const QRectF crop(target.x() + m_crop.x() * target.width(),
                      target.y() + m_crop.y() * target.height(), m_crop.width() * target.width(),
                      m_crop.height() * target.height());
    // Dim what the model does not see, then outline the window.
    QPainterPath outside;
    outside.addRect(QRectF(target));
    outside.addRect(crop);
    painter.fillPath(outside, QColor(0, 0, 0, 110));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 196, 0), 2.0, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(crop);
    const QString label = m_flipped ? tr("model crop (mirrored)") : tr("model crop");
    QRectF box = painter.boundingRect(crop, Qt::AlignLeft | Qt::AlignTop, label);
    box.adjust(-1, 0, 8, 4);
    box.moveTopLeft(crop.topLeft() + QPointF(1, 1));
    painter.fillRect(box, QColor(0, 0, 0, 170));
    painter.setPen(QColor(255, 196, 0));
    painter.drawText(box, Qt::AlignCenter, label);
}

} // namespace as::ui
