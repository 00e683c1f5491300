#pragma once

#include <optional>

#include <QString>

#include "ui/inspector/clippreviewresult.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Runs previewClip in a worker thread: resolves the video in the project, extracts its frame
 * pack at the config's cache size when missing, draws the clip and turns the frames into
 * QImages. A request made while one runs cancels it and runs after it (only the latest
 * waiting request is kept), so clicking "Resample" quickly never queues up work.
 */
class ClipPreviewController final : public JobController
{
    Q_OBJECT

public:
    explicit ClipPreviewController(QObject *parent = nullptr);

    void request(const ClipPreviewJob &job);
    bool hasPending() const { return m_pending.has_value(); }

Q_SIGNALS:
    void ready(const as::ui::ClipPreviewResult &result);
    /** `error` is translated and names the file or field. */
    void failed(const QString &error);

private:
    void startPending();

    std::optional<ClipPreviewJob> m_pending;
};

} // namespace as::ui
