#include "ui/inspector/clipanimationview.h"

#include <QPainter>
#include <QTimer>

namespace as::ui {

ClipAnimationView::ClipAnimationView(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(120, 140);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ClipAnimationView::advance);
}

void ClipAnimationView::setFrames(const QVector<QImage> &frames, const QVector<int> &indices)
{
    m_frames = frames;
    m_indices = indices;
    m_position = 0;
    if (m_frames.isEmpty())
        m_timer->stop();
    update();
}

void ClipAnimationView::setRate(double fps)
{
    m_timer->setInterval(qBound(20, qRound(1000.0 / qMax(0.1, fps)), 2000));
}

bool ClipAnimationView::isRunning() const
{
    return m_timer->isActive();
}

void ClipAnimationView::start()
{
    if (!m_frames.isEmpty())
        m_timer->start();
}

void ClipAnimationView::stop()
{
    m_timer->stop();
}

void ClipAnimationView::advance()
{
    if (m_frames.isEmpty())
        return;
    m_position = (m_position + 1) % m_frames.size();
    update();
}

void ClipAnimationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_frames.isEmpty())
        return;
    const int caption = fontMetrics().height() + 6;
    const QRect area = rect().adjusted(8, 8, -8, -8 - caption);
    const QImage &image = m_frames[m_position];
    const QSize fitted = image.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.x() + (area.width() - fitted.width()) / 2,
                       area.y() + (area.height() - fitted.height()) / 2, fitted.width(),
                       fitted.height());
    painter.drawImage(target, image);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(0, target.bottom() + 4, width(), caption), Qt::AlignHCenter,
                     tr("%1 of %2 · frame %3")
                         .arg(m_position + 1)
                         .arg(m_frames.size())
                         .arg(m_indices.value(m_position)));
}

} // namespace as::ui
