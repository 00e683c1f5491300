#pragma once

#include <QString>

#include "core/project/importers/importplan.h"
#include "ui/importer/importrequest.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Runs the two halves of an import off the UI thread: planning (the core importer reads the
 * lists and, for Kinetics, scans the video folder; nothing is written) and committing a plan
 * to a project (probing every new video, then one transaction). Commit progress is throttled
 * to about 20 updates a second. The core planners take no cancellation token, so a cancelled
 * plan ends when its planner returns and its result is dropped; a cancelled commit rolls the
 * project back.
 */
class ImportController final : public JobController
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);

    /** Starts planning `request`; false when a job is running. */
    bool plan(const ImportRequest &request);
    /** Starts writing `plan` to the project in `projectDir`; false when a job is running. */
    bool commit(const QString &projectDir, const as::ImportPlan &plan);

Q_SIGNALS:
    void planReady(const as::ImportPlan &plan);
    /** Planning failed as a whole (e.g. an unreadable class index); `error` names the file. */
    void planFailed(const QString &error);
    /** Probing progress of a commit: `done` of `total` videos. */
    void commitProgress(int done, int total);
    void committed(const as::ImportReport &report);
    /** The commit failed and the project was left as it was; `error` names the file. */
    void commitFailed(const QString &error);
    /** The job was cancelled; for a commit the project is unchanged. */
    void cancelled();
};

} // namespace as::ui
