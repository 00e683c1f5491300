#pragma once

#include <utility>

#include <QColor>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * The video's frames as a strip, with the frames the clip was sampled from marked: TSN
 * segments as alternating shaded bands, each sampled index as a tick (SlowFast's slow pathway
 * as taller, differently coloured ticks), and the player's current frame as a playhead.
 * Clicking the strip asks to seek there.
 */
class ClipTimeline final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipTimeline(QWidget *parent = nullptr);

    /** Colours of the fast-pathway (or only) marks and of the slow pathway's. */
    static QColor fastColour() { return {41, 128, 185}; }
    static QColor slowColour() { return {230, 126, 34}; }

    void setClip(int frameCount, const QVector<int> &indices,
                 const QVector<std::pair<int, int>> &segments, const QVector<int> &slowIndices);
    void clear();
    void setPlayhead(int frame);

    int frameCount() const { return m_frameCount; }
    QVector<int> markedIndices() const { return m_indices; }
    QVector<std::pair<int, int>> segments() const { return m_segments; }
    QVector<int> slowIndices() const { return m_slow; }

    QSize sizeHint() const override { return {600, 86}; }
    QSize minimumSizeHint() const override { return {200, 86}; }

Q_SIGNALS:
    void frameClicked(int frame);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF strip() const;
    double xOf(double frame) const;

    int m_frameCount = 0;
    QVector<int> m_indices;
    QVector<std::pair<int, int>> m_segments;
    QVector<int> m_slow;
    int m_playhead = -1;
};

} // namespace as::ui
