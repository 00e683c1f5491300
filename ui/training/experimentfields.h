#pragma once

#include <QGroupBox>

#include "core/config/experimentconfig.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace as::ui {

/**
 * The quick fields of the training dashboard: model, epochs, batch size, learning rate, frames
 * per clip, frame interval and crop size. They show a config and write their values back over
 * it; everything else comes from the base config (the config editor's).
 */
class ExperimentFields final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ExperimentFields(QWidget *parent = nullptr);

    /** Shows the values of `config` without emitting edited(). */
    void setConfig(const as::ExperimentConfig &config);
    /** Writes the fields' values into `config`. */
    void applyTo(as::ExperimentConfig &config) const;
    int epochs() const;
    QString modelText() const;

Q_SIGNALS:
    /** The user changed a field. */
    void edited();

private:
    QComboBox *m_model;
    QSpinBox *m_epochs;
    QSpinBox *m_batchSize;
    QDoubleSpinBox *m_learningRate;
    QSpinBox *m_clipFrames;
    QSpinBox *m_frameInterval;
    QSpinBox *m_cropSize;
    bool m_filling = false;
};

} // namespace as::ui
