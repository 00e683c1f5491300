#pragma once

#include <string>
#include <vector>

#include "core/common/error.h"

namespace as {

class Project;

/** Which split to export, where to, and what the written paths are relative to. */
struct ListExportOptions
{
    std::string outDir;     // created when missing
    std::string videoRoot;  // paths under it are written relative to it, others absolute
    int split = 1;
};

/** What an export wrote. */
struct ListExportReport
{
    std::vector<std::string> files;  // the list files written
    int train = 0;
    int test = 0;
    std::vector<ErrorInfo> problems;  // videos left out (unlabelled), names changed
};

/**
 * Writes UCF101 lists of split N: `classInd.txt` ("<index+1> <name>"), `trainlistNN.txt`
 * ("<path> <index+1>") and `testlistNN.txt` ("<path>"; the label is added only when the
 * path's first folder is not the class name, since the importer takes the class from it).
 * Spaces in class names become underscores (the format splits on spaces), reported.
 * Videos in error and unlabelled videos are left out. Throws `Error` when a file cannot be
 * written.
 */
ListExportReport exportUcf101Lists(const Project &project, const ListExportOptions &options);

/**
 * Writes mmaction2 lists of split N: `label_map.txt` (class names by 0-based index),
 * `train_split_N_videos.txt` / `val_split_N_videos.txt` ("<path> <index>") for video files,
 * and `train_split_N_rawframes.txt` / `val_split_N_rawframes.txt` ("<dir> <frames> <index>")
 * for frame folders, when the project has any.
 */
ListExportReport exportMmactionLists(const Project &project, const ListExportOptions &options);

} // namespace as
