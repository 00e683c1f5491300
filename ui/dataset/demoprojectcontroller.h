#pragma once

#include <QString>

#include "core/project/demoproject.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Runs as::prepareDemoProject (SynthMotion generation, import, frame extraction) in a worker
 * thread and reports its progress on the UI thread, throttled to about 20 updates a second.
 */
class DemoProjectController final : public JobController
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Succeeded,
        Cancelled,
        Failed
    };
    Q_ENUM(Outcome)

    explicit DemoProjectController(QObject *parent = nullptr);

    /**
     * Starts preparing the demo project described by `options`. With `skipIfReady`, a folder
     * whose demo is already complete is not touched (the check runs in the worker too).
     * Returns false when a job is already running.
     */
    bool start(const as::DemoProjectOptions &options, bool skipIfReady = true);

    /** The translated, user-visible name of a core progress stage ("synth", "extract"...). */
    static QString stageText(const QString &stage);

Q_SIGNALS:
    void progress(const QString &stageText, qint64 done, qint64 total);
    /** A non-fatal problem (a skipped video or list line), already translated. */
    void issue(const QString &text);
    /** `error` is empty unless the outcome is Failed. */
    void finished(as::ui::DemoProjectController::Outcome outcome, const QString &projectDir,
                  const QString &error);
};

} // namespace as::ui
