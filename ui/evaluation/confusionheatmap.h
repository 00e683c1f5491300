#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * A confusion matrix painted as a heat map: one row per true class, one column per predicted
 * class, each cell coloured by its share of the row (the class's recall on the diagonal) on the
 * scale drawn below it, with its count printed while cells are large enough. Class names run
 * down the left and along the top, elided to fit. Cells shrink with the number of classes down
 * to a minimum size below which the widget asks for more room (put it in a QScrollArea), so 101
 * classes scroll rather than collapse. Hovering a cell shows "true X → predicted Y: n clips";
 * clicking it selects it and emits cellActivated().
 */
class ConfusionHeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionHeatMap(QWidget *parent = nullptr);

    /** Shows `confusion` ([true][predicted] counts, square, one row per name). */
    void setMatrix(const QStringList &classNames, const QVector<QVector<int>> &confusion);
    void clear();

    int classCount() const { return static_cast<int>(m_names.size()); }
    /** The count painted in a cell; 0 outside the matrix. */
    int count(int trueClass, int predictedClass) const;
    /** Where a cell is painted, in widget coordinates (empty outside the matrix). */
    QRect cellRect(int trueClass, int predictedClass) const;
    /** The selected cell as (true, predicted), or (-1, -1). */
    QPoint selectedCell() const { return m_selected; }
    /** Selects a cell (as a click does) and emits cellActivated(). */
    void activateCell(int trueClass, int predictedClass);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int trueClass, int predictedClass);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Geometry
    {
        int cell = 0;
        int labelWidth = 0;   // room for row names (left) and column names (top)
        QRect matrix;         // the cells
        QRect scale;          // the colour bar
    };
    Geometry geometry() const;
    /** The cell under `pos` as (true, predicted), or (-1, -1). */
    QPoint cellAt(const QPoint &pos) const;
    double share(int trueClass, int predictedClass) const;
    QFont labelFont(int cell) const;

    QStringList m_names;
    QVector<QVector<int>> m_confusion;
    QVector<int> m_rowTotals;
    QPoint m_hovered{-1, -1};
    QPoint m_selected{-1, -1};
};

/** The heat map's colour for a share in [0, 1]: white through light to deep blue. */
QColor heatColor(double share);

} // namespace as::ui
