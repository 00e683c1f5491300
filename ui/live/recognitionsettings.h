#pragma once

#include <QGroupBox>

#include "core/infer/livesession.h"

class QDoubleSpinBox;
class QSpinBox;

namespace as::ui {

/**
 * The live recognition settings: stride (applies at once), smoothing, threshold and hold
 * (hysteresis), which apply at the next Start. Remembered between sessions.
 */
class RecognitionSettings final : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecognitionSettings(QWidget *parent = nullptr);

    /** Writes the fields into `options` (stride 0: the model's span). */
    void applyTo(as::LiveOptions &options) const;

    QSpinBox *strideSpin() const { return m_strideSpin; }
    QSpinBox *smoothSpin() const { return m_smoothSpin; }
    QDoubleSpinBox *thresholdSpin() const { return m_thresholdSpin; }
    QSpinBox *holdSpin() const { return m_holdSpin; }

Q_SIGNALS:
    /** The stride was edited; 0: the model's span. */
    void strideChanged(int frames);

private:
    QSpinBox *m_strideSpin;
    QSpinBox *m_smoothSpin;
    QDoubleSpinBox *m_thresholdSpin;
    QSpinBox *m_holdSpin;
};

} // namespace as::ui
