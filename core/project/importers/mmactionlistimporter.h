#pragma once

#include <string>

#include "core/project/importers/importplan.h"

namespace as {

/** mmaction2 / PaddleVideo list files: which lists, what their lines hold, where paths start. */
struct MmactionListOptions
{
    std::string trainList;     // either list may be empty
    std::string testList;
    std::string root;          // prefix of the lists' relative paths (mmaction2 data_prefix)
    bool frames = false;       // rawframe lists: "frame_dir total_frames label"
    bool withOffset = false;   // rawframe lists with "frame_dir offset total_frames label"
    std::string labelMapPath;  // optional: names by 0-based line, or "<id> <name>" lines
    int split = 1;
};

/**
 * Plans an import of mmaction2/PaddleVideo lists. Video lists hold "path label" lines, frame
 * lists "frame_dir total_frames label" (a frame_dir is a folder of img_00001.jpg ... read by
 * FrameFolderSource; total_frames is trusted over the files present). Labels are 0-based ids:
 * with a label map classes take its names (all of them, in id order, so label indices equal
 * the ids); without one a class is named by its id. Multi-label lines and non-zero frame
 * offsets are reported per line as unsupported; every bad line is a problem naming file and
 * line, and the other lines are still planned. Listed paths not on disk are planned as missing.
 */
ImportPlan planMmactionListImport(const MmactionListOptions &options);

} // namespace as
