#pragma once

#include <string>

#include "core/project/importers/importplan.h"

namespace as {

/** A Kinetics CSV and the folder of clips downloaded for it. */
struct KineticsImportOptions
{
    std::string csvPath;
    std::string videoRoot;  // searched once, recursively: class subfolders or flat
    int split = 1;          // the split number the CSV's "split" column is written to
};

/**
 * Plans a Kinetics import from its CSV (`label,youtube_id,time_start,time_end,split[,is_cc]`,
 * or the test form without `label`), read with a real CSV parser (quoted labels). Each row is
 * matched to a local clip named `<youtube_id>_<start:06d>_<end:06d>.<ext>` anywhere under
 * `videoRoot`, or to a folder of its extracted frames named `<stem>` or `<stem>.mp4` (one
 * directory scan, so 20k missing clips cost nothing); clips not found are
 * planned as missing. Classes are the CSV's labels in alphabetical order, which is the order
 * of the mmaction2/PaddleVideo label maps. "train" rows are Train; "val", "validate" and
 * "test" rows are Test. Bad rows are problems naming file and line.
 */
ImportPlan planKineticsImport(const KineticsImportOptions &options);

/** The local file stem of a Kinetics clip: `<youtube_id>_<start:06d>_<end:06d>`. */
std::string kineticsClipStem(const std::string &youtubeId, int startSeconds, int endSeconds);

} // namespace as
