#pragma once

#include <string>

#include "core/project/importers/importplan.h"

namespace as {

/**
 * Plans the import of a folder-per-class tree (`root/<class>/...`): every video file, and
 * every folder of extracted frames (a folder holding numbered images such as img_00001.jpg),
 * found under a class folder becomes a video of that class. Classes are the class folders in
 * sorted order. Other files are problems; so are videos lying directly in `root`. Throws
 * `Error` when `root` is not a folder.
 */
ImportPlan planFolderTreeImport(const std::string &root);

} // namespace as
