#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * A strip of the actions recognised over source time: one coloured segment per run of the same
 * label ("no action" in light grey), with a seconds axis. It shows the whole source while it
 * is short and scrolls to keep the last minute in view when it is long.
 */
class ActionTimeline final : public QWidget
{
    Q_OBJECT

public:
    struct Segment
    {
        QString label; // empty: no action
        QColor color;
        double startSeconds = 0.0;
        double endSeconds = 0.0;
    };

    explicit ActionTimeline(QWidget *parent = nullptr);

    /** Extends the last segment when `label` is the same, else starts a new one. */
    void addPrediction(const QString &label, const QColor &color, double startSeconds,
                       double endSeconds);
    void clear();
    const QVector<Segment> &segments() const { return m_segments; }

    QSize sizeHint() const override { return {600, 64}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<Segment> m_segments;
};

} // namespace as::ui
