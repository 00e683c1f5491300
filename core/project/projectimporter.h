#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/video/videoinfo.h"

namespace as {

class Project;

/** What an import found: counts and every problem (file, line, reason). */
struct ImportReport
{
    int classesAdded = 0;
    int videosAdded = 0;
    int videosUpdated = 0;
    int splitEntries = 0;
    int missingFiles = 0;             // listed but not on disk: counted, not written
    std::vector<std::string> missingPaths;  // those files, with the list and line naming them
    std::vector<ErrorInfo> problems;  // bad files and bad lines; the import went on past them
};

/** What probing one file gave; errors are captured here, never thrown across threads. */
struct VideoProbe
{
    VideoInfo info;
    std::optional<ErrorInfo> error;
};

/**
 * Probes `paths` (video files or frame folders) on several threads, in the order given.
 * Progress stage "import". Throws `Cancelled` (after joining the workers) when `token` is set.
 */
std::vector<VideoProbe> probeVideosInParallel(const std::vector<std::string> &paths,
                                              ProgressObserver &observer,
                                              const CancellationToken &token);

/**
 * Imports a folder-per-class tree (`root/<class>/<video>`): adds classes and videos, probes
 * each video (fps, decodable frame count, size) in parallel; unreadable files are recorded with
 * status Error and listed in the report. Files with non-video extensions are reported too.
 */
ImportReport importFolderTree(Project &project, const std::string &root,
                              ProgressObserver &observer, const CancellationToken &token);

/**
 * Imports UCF101-style split files: `classInd.txt` ("1 ApplyEyeMakeup", 1-based), and a train
 * list ("Class/video.avi 1") and test list ("Class/video.avi", labels optional). Video paths
 * are relative to `videoRoot`. Videos not yet in the project are added (and probed). Bad lines
 * are reported with their line numbers and skipped.
 */
ImportReport importUcf101Split(Project &project, const std::string &classIndPath,
                               const std::string &trainListPath, const std::string &testListPath,
                               const std::string &videoRoot, int split, ProgressObserver &observer,
                               const CancellationToken &token);

} // namespace as
