#pragma once

#include <string>
#include <vector>

#include "core/project/importers/importplan.h"

namespace as {

/** Where the UCF101 lists and videos are. */
struct Ucf101ImportOptions
{
    std::string listDir;         // holds classInd.txt, trainlist0N.txt, testlist0N.txt
    std::string videoRoot;       // the lists' paths ("Class/v_Class_g01_c01.avi") are under it
    std::vector<int> splits{1, 2, 3};
    std::string classIndPath;    // empty: listDir/classInd.txt
};

/**
 * Plans a UCF101 import of several splits at once: `classInd.txt` ("1 ApplyEyeMakeup",
 * 1-based), and per split N `trainlist0N.txt` ("Class/video.avi label") and `testlist0N.txt`
 * ("Class/video.avi", the label is optional and otherwise the class folder). A video gets one
 * subset per split. Bad lines are problems naming file and line; listed videos that are not
 * under `videoRoot` are planned as missing. A split whose list files are absent is a problem,
 * not an error. Throws `Error` when the class index cannot be read or defines no class.
 */
ImportPlan planUcf101Import(const Ucf101ImportOptions &options);

} // namespace as
