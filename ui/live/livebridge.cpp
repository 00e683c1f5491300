#include "ui/live/livebridge.h"

namespace as::ui {

LiveBridge::LiveBridge(
    Post post, std::function<void(const as::LivePrediction &, int generation)> predicted,
    std::function<void(bool failed, const as::ErrorInfo &, int generation)> ended,
    std::function<void()> frameReady)
    : m_post(std::move(post))
    , m_predicted(std::move(predicted))
    , m_ended(std::move(ended))
    , m_frameReady(std::move(frameReady))
{
}

LiveBridge::Frame LiveBridge::takeFrame()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    Frame frame = std::move(m_pending);
    m_pending = Frame();
    m_posted = false;
    return frame;
}

void LiveBridge::onFrame(const as::LiveFrame &frame)
{
    if (frame.width <= 0 || frame.height <= 0
        || frame.rgb.size() < static_cast<size_t>(frame.width) * frame.height * 3)
        return;
    // The deep copy happens here, on the capture thread, not on the UI thread.
    Frame ready;
    ready.image = QImage(frame.rgb.data(), frame.width, frame.height, frame.width * 3,
                         QImage::Format_RGB888)
                      .copy();
    ready.index = frame.index;
    ready.sourceSeconds = frame.sourceSeconds;
    ready.generation = m_generation.load();
    bool post = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pending = std::move(ready);
        post = !m_posted;
        m_posted = true;
    }
    if (post)
        m_post(m_frameReady);
}

void LiveBridge::onPrediction(const as::LivePrediction &prediction)
{
    const int generation = m_generation.load();
    m_post([this, prediction, generation] { m_predicted(prediction, generation); });
}

void LiveBridge::onSourceEnded(bool failed, const as::ErrorInfo &error)
{
    const int generation = m_generation.load();
    m_post([this, failed, error, generation] { m_ended(failed, error, generation); });
}

} // namespace as::ui
