#pragma once

#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"

namespace as {

class Project;

/** Result of extracting a project's videos into its frame cache. */
struct ExtractReport
{
    int extracted = 0;       // newly written packs
    int alreadyCached = 0;   // packs that existed and were kept
    int failed = 0;
    std::vector<ErrorInfo> problems;  // one per failed video, naming it
};

/**
 * Job: extracts every non-error video of `project` into `project.cacheDir()` at `shortSide`,
 * with `threads` worker threads. Videos that fail are marked Error in the project and
 * reported; the others go on. Progress stage "extract", one unit per video.
 */
ExtractReport extractProjectFrames(Project &project, int shortSide, int threads,
                                   ProgressObserver &observer, const CancellationToken &token);

} // namespace as
