#pragma once

#include <QDoubleSpinBox>

namespace as::ui {

/**
 * A QDoubleSpinBox that shows the shortest text that reads back as its value (0.1, 5e-05,
 * 0.0625), as the YAML does, instead of a fixed number of decimals: learning rates and weight
 * decays span many orders of magnitude. It accepts what a user types in either notation and
 * steps adaptively (0.1 → 0.11, 0.001 → 0.0011).
 */
class RealSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit RealSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
};

} // namespace as::ui
