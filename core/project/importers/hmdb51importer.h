#pragma once

#include <string>
#include <vector>

#include "core/project/importers/importplan.h"

namespace as {

/** Where the HMDB51 split files and videos are. */
struct Hmdb51ImportOptions
{
    std::string splitDir;   // holds <class>_test_split{1,2,3}.txt
    std::string videoRoot;  // videos at <videoRoot>/<class>/<video>.avi
    std::vector<int> splits{1, 2, 3};
};

/**
 * Plans an HMDB51 import: each `<class>_test_split<N>.txt` names a class (from the file name)
 * and lists "<video>.avi <id>" lines, id 0 = unused, 1 = train, 2 = test (trailing spaces
 * allowed). Classes are in alphabetical order (as mmaction2's label map). Bad lines are
 * problems naming file and line; videos not on disk are planned as missing. Throws `Error`
 * when `splitDir` holds no split file.
 */
ImportPlan planHmdb51Import(const Hmdb51ImportOptions &options);

} // namespace as
