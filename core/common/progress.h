#pragma once

#include <cstdint>
#include <string>

#include "core/common/error.h"

namespace as {

/**
 * Observer of a long job's progress. Called from the job's (worker) thread; implementations
 * must be thread-safe and quick. The job never knows who watches.
 */
class ProgressObserver
{
public:
    virtual ~ProgressObserver() = default;
    /** `done` of `total` units of `stage` (e.g. "extract", "import") are finished. */
    virtual void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) = 0;
    /** A non-fatal problem: the item was skipped and the job goes on. */
    virtual void onIssue(const ErrorInfo &issue) { (void)issue; }
};

/** An observer that ignores everything, for callers that do not watch. */
class NullProgressObserver final : public ProgressObserver
{
public:
    void onProgress(const std::string &, std::int64_t, std::int64_t) override {}
};

} // namespace as
