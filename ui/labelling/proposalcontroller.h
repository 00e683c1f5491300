#pragma once

#include <QList>
#include <QString>

#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Model-assisted labelling off the UI thread: loads a trained model (a run folder or exported
 * weights) once, scans each chosen video with a sliding window (SegmentProposer) and writes
 * the confident stretches into project.db as Model segments for review (writeProposals), one
 * transaction per video, so a cancel or a failure keeps the videos already done.
 */
class ProposalController final : public JobController
{
    Q_OBJECT

public:
    struct Request
    {
        QString projectDir;
        QString source; // run folder or weights file
        QList<qint64> videoIds;
        int strideFrames = 2;
        double minConfidence = 0.5;
        double minSegmentSeconds = 1.0;
    };

    using JobController::JobController;

    /** Starts the scan; false when one is running. */
    bool start(const Request &request);

Q_SIGNALS:
    /** `fraction` of video `index` (0-based) of `count` is scanned. */
    void progress(int index, int count, double fraction);
    /** One video is done: its proposals are in the database. */
    void videoDone(qint64 videoId, int added);
    /** The job ended; `error` (translated, naming the run or video) is empty on success. */
    void finished(int videos, int proposals, bool cancelled, const QString &error);
};

} // namespace as::ui
