#include "ui/config/realspinbox.h"

#include "core/config/configschema.h"

namespace as::ui {

namespace {

/** The number `text` spells in C notation, or nothing when it is not one. */
bool parseReal(const QString &text, double *value)
{
    bool ok = false;
    const double parsed = text.trimmed().toDouble(&ok);
    if (ok && value)
        *value = parsed;
    return ok;
}

} // namespace

RealSpinBox::RealSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    // Enough decimals that QDoubleSpinBox's rounding never changes a value read from YAML.
    setDecimals(15);
    setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

QString RealSpinBox::textFromValue(double value) const
{
    QString text = QString::fromStdString(shortestNumberText(value));
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2); // a spin box shows 1, not the YAML's 1.0
    return text;
}

double RealSpinBox::valueFromText(const QString &text) const
{
    double value = 0.0;
    return parseReal(text, &value) ? value : this->value();
}

QValidator::State RealSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const QString text = input.trimmed();
    if (text.isEmpty() || text == QLatin1String("-") || text == QLatin1String(".")
        || text.endsWith(QLatin1Char('e'), Qt::CaseInsensitive)
        || text.endsWith(QLatin1String("e-"), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    double value = 0.0;
    if (!parseReal(text, &value))
        return QValidator::Invalid;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                    : QValidator::Intermediate;
}

} // namespace as::ui
