#pragma once

#include <atomic>
#include <memory>

#include "core/common/error.h"

namespace as {

/**
 * Cooperative cancellation shared between a job and whoever started it. Cheap to copy: all
 * copies share one flag.
 */
class CancellationToken
{
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false))
    {
    }

    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
    /** Throws `Cancelled` when cancellation was requested; call at safe points of a job. */
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace as
