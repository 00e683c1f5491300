#pragma once

#include <QFrame>

#include "core/train/runevaluation.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace as::ui {

/**
 * The strip that offers a run's final test: the protocol (clips × crops per video, the run's
 * own by default), "Run test", and while it runs a busy bar and "Cancel". The evaluation view
 * shows it when the run has no test report, or when the user asks to test again.
 */
class TestRunBar final : public QFrame
{
    Q_OBJECT

public:
    explicit TestRunBar(QWidget *parent = nullptr);

    /** The run config's eval.test_clips / test_crops (0: the model's reference protocol). */
    void setConfigured(int clips, int crops);
    /** The chosen protocol; 0 fields keep the run's config. */
    as::TestRunOptions options() const;
    /** Sets the chosen protocol (0 fields: as configured). */
    void setOptions(int clips, int crops);
    void setMessage(const QString &text);
    void setRunning(bool running);

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

private:
    QLabel *m_message;
    QSpinBox *m_clips;
    QComboBox *m_crops;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace as::ui
