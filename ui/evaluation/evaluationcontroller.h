#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "core/train/runevaluation.h"
#include "ui/evaluation/evaluationdata.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * The evaluation view's jobs, each in a worker thread: reading a run and its final-test report
 * (run folder, metrics, config, <run>/test) and running the final test (as::testRun), which
 * decodes every test video and takes minutes on a big dataset, and predicting the top-k classes
 * of any video with the run's model (as::Recognizer). Neither reports progress of its own: the
 * view shows a busy bar; cancel() stops a test at its next batch and discards a prediction.
 */
class EvaluationController final : public JobController
{
    Q_OBJECT

public:
    explicit EvaluationController(QObject *parent = nullptr);

    /** Starts reading `runDir`; false when a job is running. */
    bool load(const QString &runDir);
    /** Starts the final test of `runDir` with `options`; false when a job is running. */
    bool runTest(const QString &runDir, const as::TestRunOptions &options);
    /** Starts predicting the top `k` classes of `videoPath` with the model of `runDir`. */
    bool predict(const QString &runDir, const QString &videoPath, int k = 5);

Q_SIGNALS:
    void loaded(const as::ui::EvaluationData &data);
    /** The run could not be read; `error` is translated and names the folder or file. */
    void loadFailed(const QString &runDir, const QString &error);
    /** The test wrote `<run>/test`; reload to show it. */
    void testFinished(const QString &runDir);
    /** The test failed (`error` names the file) or was cancelled (`cancelled`, no error). */
    void testFailed(const QString &runDir, const QString &error, bool cancelled);
    /** The top classes of `videoPath`, most probable first, with their probabilities. */
    void predicted(const QString &videoPath, const QStringList &classNames,
                   const QVector<double> &probabilities);
    /** The prediction failed (`error` names the file) or was cancelled (discarded, no error). */
    void predictFailed(const QString &videoPath, const QString &error, bool cancelled);
};

} // namespace as::ui
