#pragma once

#include <memory>

#include <QImage>
#include <QString>
#include <QStringList>

#include "core/infer/livesession.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

class LiveBridge;

/**
 * Runs live recognition for the panel: loads the run's model and opens sources in a worker
 * (a checkpoint load or a camera open can take seconds), then forwards the session's frames,
 * predictions and end of source to the UI thread as signals. Only the newest frame waits for
 * the UI (LiveBridge). While a start job runs the session belongs to the worker; the UI thread
 * touches it again only once the job has handed it back.
 */
class LiveController final : public JobController
{
    Q_OBJECT

public:
    explicit LiveController(QObject *parent = nullptr);
    ~LiveController() override;

    /**
     * Plays `source` through the model of `options.runDir`, replacing the source that plays;
     * the model is reloaded only when the run or the recognition options changed. False when a
     * start is already in progress.
     */
    bool open(const as::LiveOptions &options, const as::LiveSourceSpec &source);
    /** Stops the source; ended(false, {}) follows at once. Cancels a start in progress. */
    void stop();
    /** True from started() until ended(). */
    bool isPlaying() const { return m_playing; }
    void setStrideFrames(int frames);
    /** The session's measurements; zeros while nothing plays. */
    as::LiveStats stats() const;
    /** The model's clip length and the source frames it spans (0 before the first start). */
    int clipFrames() const { return m_clipFrames; }
    int windowSpanFrames() const { return m_spanFrames; }

Q_SIGNALS:
    /** `samplingNote` says how the model's window is taken from the source. */
    void started(const QStringList &classNames, const QString &samplingNote);
    void frameReady(const QImage &image, qint64 index, double sourceSeconds);
    void predicted(const as::LivePrediction &prediction);
    /** Once per started (or failed to start) source; `message` is translated and names it. */
    void ended(bool failed, const QString &message);

private:
    struct Box;
    void onFrameReady();
    void onPrediction(const as::LivePrediction &prediction, int generation);
    void onSourceEnded(bool failed, const as::ErrorInfo &error, int generation);

    std::shared_ptr<LiveBridge> m_bridge;
    std::shared_ptr<Box> m_box;
    as::LiveSourceSpec m_source;
    bool m_playing = false;
    int m_clipFrames = 0;
    int m_spanFrames = 0;
    int m_pendingStride = -1;
};

} // namespace as::ui
