#pragma once

#include <QStringList>
#include <QVector>

#include "ui/training/runcurve.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Reads the loss and validation curves of run folders (`metrics.jsonl`) in a worker thread:
 * a long run's log has tens of thousands of lines. A run that cannot be read is reported and
 * left out; the others still load.
 */
class RunCurvesLoader final : public JobController
{
    Q_OBJECT

public:
    explicit RunCurvesLoader(QObject *parent = nullptr);

    /** Starts reading `runDirs`; false when a read is already running. */
    bool load(const QStringList &runDirs);

    /** The exponential-moving-average factor of the loss curves, as the live chart's. */
    static constexpr double kSmoothing = 0.9;

Q_SIGNALS:
    /** The curves read, in the order asked; `errors` are translated and name the run folder. */
    void loaded(const QVector<as::ui::RunCurve> &curves, const QStringList &errors);
};

} // namespace as::ui
