#pragma once

#include <functional>
#include <mutex>
#include <string>

#include "core/common/progress.h"
#include "ui/widgets/progressthrottle.h"

namespace as::ui {

/**
 * A worker-side ProgressObserver for the pre-run jobs: hands a stage's progress to `forward`
 * at most about 20 times a second, always at a stage's start and end, so the UI thread gets
 * a smooth bar without a flood of queued calls. `forward` runs on the worker thread and
 * typically posts to the controller.
 */
class ThrottledProgress final : public as::ProgressObserver
{
public:
    using Forward
        = std::function<void(const std::string &stage, std::int64_t done, std::int64_t total)>;

    explicit ThrottledProgress(Forward forward)
        : m_forward(std::move(forward))
    {
    }

    void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) override
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const bool changed = stage != m_stage;
        m_stage = stage;
        if (m_throttle.shouldEmit(changed || done == 0 || done >= total))
            m_forward(stage, done, total);
    }

private:
    Forward m_forward;
    std::mutex m_mutex;
    std::string m_stage;
    ProgressThrottle m_throttle;
};

} // namespace as::ui
