#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace as::ui {

/** The top-k classes of the latest window as horizontal bars: name, bar, percentage. */
class ScoreBarsView final : public QWidget
{
    Q_OBJECT

public:
    struct Score
    {
        QString name;
        double probability = 0.0; // [0, 1]
        QColor color;
    };

    explicit ScoreBarsView(QWidget *parent = nullptr);

    void setScores(const QVector<Score> &scores);
    const QVector<Score> &scores() const { return m_scores; }
    /** Rows drawn even when fewer scores are known, so the layout does not jump. */
    void setRows(int rows);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<Score> m_scores;
    int m_rows = 5;
};

} // namespace as::ui
