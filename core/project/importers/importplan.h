#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/project/projectimporter.h"
#include "core/project/projecttypes.h"

namespace as {

class Project;

/** One video (file or frame folder) an import would add or update. */
struct PlannedVideo
{
    std::string path;               // absolute, normalised: the project's key for the video
    std::string className;          // empty: unlabelled (e.g. the Kinetics test CSV)
    std::map<int, Subset> subsets;  // split number -> subset
    bool missing = false;           // listed but not on disk: previewed, never written
    int listedFrames = 0;           // frame folders: the frames the list says to use, 0: all
    std::string listedIn;           // list file and line that named it first, for messages
};

/**
 * What an import would do, before it touches the project: the classes (in label order), the
 * videos with their split membership, the listed files that are missing, and every problem
 * (file, line number, reason). A UI previews it; `commitImportPlan` writes it.
 */
struct ImportPlan
{
    std::string format;                   // "ucf101", "hmdb51", "kinetics", ...
    std::vector<std::string> classNames;  // label indices follow this order
    std::vector<PlannedVideo> videos;
    std::vector<ErrorInfo> problems;      // bad lines and files; parsing went on past them

    /** The planned video at `path`, or nullptr. */
    PlannedVideo *find(const std::string &path);
    /** Adds a video, or returns the one already planned at the same path. */
    PlannedVideo &add(const std::string &path, const std::string &className);
    int missingCount() const;

private:
    std::unordered_map<std::string, std::size_t> m_indexByPath;
};

/** Preview counts of one class: listed videos, missing ones, and per split how many are in
 *  each subset (indexed by `Subset`: unused, train, test). Missing videos are counted too. */
struct PlanClassCounts
{
    std::string className;  // empty: unlabelled videos
    int videos = 0;
    int missing = 0;
    std::map<int, std::array<int, 3>> perSplit;
};

/** Per-class counts in label order (unlabelled last, when there are any). */
std::vector<PlanClassCounts> countPlanPerClass(const ImportPlan &plan);
/** Per split: videos in each subset, over all classes (missing videos included). */
std::map<int, std::array<int, 3>> countPlanPerSplit(const ImportPlan &plan);

/**
 * Writes `plan` to `project`: probes the videos that are new (or failed before) in parallel,
 * then adds classes, videos and split entries in one transaction, so a failed or cancelled
 * commit leaves the project as it was. Missing videos are counted, not written; the plan's
 * problems and the probe failures are in the report.
 */
ImportReport commitImportPlan(Project &project, const ImportPlan &plan, ProgressObserver &observer,
                              const CancellationToken &token);

} // namespace as
