#pragma once

#include <atomic>
#include <functional>
#include <mutex>

#include <QImage>

#include "core/infer/livesession.h"

namespace as::ui {

/**
 * The LiveObserver of the panel's session: it runs on the session's capture and inference
 * threads and hands results to the UI thread through `post`. Frames are converted to QImage
 * here, off the UI thread, and only the newest one waits for the UI: a slow UI skips frames
 * instead of queueing them without bound. Every callback carries the generation it belongs to
 * (one per started source), so that late callbacks of a replaced source are recognised.
 */
class LiveBridge final : public as::LiveObserver
{
public:
    /** A frame ready to show. */
    struct Frame
    {
        QImage image;
        qint64 index = 0;
        double sourceSeconds = 0.0;
        int generation = -1;
    };

    using Post = std::function<void(std::function<void()>)>;

    /**
     * `post` queues a functor to the UI thread; `frameReady` runs there when a frame is
     * pending, `predicted` and `ended` for the other callbacks.
     */
    LiveBridge(Post post, std::function<void(const as::LivePrediction &, int generation)> predicted,
               std::function<void(bool failed, const as::ErrorInfo &, int generation)> ended,
               std::function<void()> frameReady);

    /** Starts a new generation; callbacks of older ones are still delivered, tagged as such. */
    int nextGeneration() { return ++m_generation; }
    int generation() const { return m_generation.load(); }
    /** The newest pending frame (UI thread); its image is null when none is pending. */
    Frame takeFrame();

    void onFrame(const as::LiveFrame &frame) override;
    void onPrediction(const as::LivePrediction &prediction) override;
    void onSourceEnded(bool failed, const as::ErrorInfo &error) override;

private:
    Post m_post;
    std::function<void(const as::LivePrediction &, int)> m_predicted;
    std::function<void(bool, const as::ErrorInfo &, int)> m_ended;
    std::function<void()> m_frameReady;
    std::atomic<int> m_generation {0};
    std::mutex m_mutex;
    Frame m_pending;
    bool m_posted = false;
};

} // namespace as::ui
