#include "ui/live/recognitionsettings.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include "ui/widgets/preference.h"

namespace as::ui {

namespace {

Preference<int> smoothPreference {"live/smoothWindows", 3};
Preference<double> thresholdPreference {"live/threshold", 0.4};
Preference<int> holdPreference {"live/hysteresisWindows", 2};

} // namespace

RecognitionSettings::RecognitionSettings(QWidget *parent)
    : QGroupBox(tr("Recognition"), parent)
    , m_strideSpin(new QSpinBox(this))
    , m_smoothSpin(new QSpinBox(this))
    , m_thresholdSpin(new QDoubleSpinBox(this))
    , m_holdSpin(new QSpinBox(this))
{
    m_strideSpin->setObjectName(QStringLiteral("strideSpin"));
    m_strideSpin->setRange(0, 512);
    m_strideSpin->setSpecialValueText(tr("the model's span"));
    m_strideSpin->setSuffix(tr(" frames"));
    m_strideSpin->setToolTip(
        tr("Source frames between the starts of two windows; changes apply at once"));
    m_smoothSpin->setObjectName(QStringLiteral("smoothSpin"));
    m_smoothSpin->setRange(1, 30);
    m_smoothSpin->setValue(smoothPreference.get());
    m_smoothSpin->setSuffix(tr(" windows"));
    m_smoothSpin->setToolTip(
        tr("Average the probabilities of this many windows (applies at the next Start)"));
    m_thresholdSpin->setObjectName(QStringLiteral("thresholdSpin"));
    m_thresholdSpin->setRange(0.0, 1.0);
    m_thresholdSpin->setSingleStep(0.05);
    m_thresholdSpin->setDecimals(2);
    m_thresholdSpin->setValue(thresholdPreference.get());
    m_thresholdSpin->setToolTip(
        tr("Below this confidence the view shows \"no action\" (applies at the next Start)"));
    m_holdSpin->setObjectName(QStringLiteral("holdSpin"));
    m_holdSpin->setRange(1, 20);
    m_holdSpin->setValue(holdPreference.get());
    m_holdSpin->setSuffix(tr(" windows"));
    m_holdSpin->setToolTip(tr("A new action replaces the shown one after winning this many "
                              "windows in a row (applies at the next Start)"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Str&ide:"), m_strideSpin);
    form->addRow(tr("Smoothin&g:"), m_smoothSpin);
    form->addRow(tr("Thres&hold:"), m_thresholdSpin);
    form->addRow(tr("H&old:"), m_holdSpin);

    connect(m_strideSpin, &QSpinBox::valueChanged, this, &RecognitionSettings::strideChanged);
    connect(m_smoothSpin, &QSpinBox::valueChanged, this, [](int v) { smoothPreference.set(v); });
    connect(m_thresholdSpin, &QDoubleSpinBox::valueChanged, this,
            [](double v) { thresholdPreference.set(v); });
    connect(m_holdSpin, &QSpinBox::valueChanged, this, [](int v) { holdPreference.set(v); });
}

void RecognitionSettings::applyTo(as::LiveOptions &options) const
{
    options.strideFrames = m_strideSpin->value();
    options.smoothWindows = m_smoothSpin->value();
    options.threshold = m_thresholdSpin->value();
    options.hysteresisWindows = m_holdSpin->value();
}

} // namespace as::ui
