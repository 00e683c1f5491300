#pragma once

#include <QString>
#include <QVector>

#include "core/project/datasethealth.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Runs the dataset health check (as::checkDatasetHealth) and the "skip these videos" edit
 * (as::skipVideos) in a worker thread; the project database is never touched on the UI thread.
 */
class HealthCheckController final : public JobController
{
    Q_OBJECT

public:
    explicit HealthCheckController(QObject *parent = nullptr);

    /** Checks split `split` of `projectDir`; false when a job is already running. */
    bool check(const QString &projectDir, int split, int minFrames, const QString &groupPattern);
    /** Sets `videoIds` to Unused in split `split`; false when a job is already running. */
    bool skip(const QString &projectDir, int split, const QVector<qint64> &videoIds);

Q_SIGNALS:
    void progress(int done, int total);
    void checked(const as::DatasetHealth &health);
    /** The videos were moved to Unused; `count` of them. */
    void skipped(int count);
    /** Translated, naming the project, file or field. */
    void failed(const QString &error);
};

} // namespace as::ui
