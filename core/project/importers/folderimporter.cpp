#include "core/project/importers/folderimporter.h"

#include <algorithm>
#include <filesystem>

#include "core/project/importers/listfile.h"
#include "core/video/framefoldersource.h"
#include "core/video/videoinfo.h"

namespace as {

namespace fs = std::filesystem;

namespace {

bool isHidden(const fs::path &path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

std::vector<fs::path> sortedEntries(const fs::path &dir, ImportPlan &plan)
{
    std::vector<fs::path> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!isHidden(it->path()))
            entries.push_back(it->path());
    }
    if (ec)
        plan.problems.push_back({"import.folder",
                                 "Could not list the folder " + dir.string() + ": " +
                                     ec.message() + ".",
                                 dir.string(), 0});
    std::sort(entries.begin(), entries.end());
    return entries;
}

bool isFrameFolder(const fs::path &dir)
{
    try {
        (void)FrameFolderSource::detectTemplate(dir.string());
        return true;
    } catch (const Error &) {
        return false;
    }
}

/** Adds the videos and frame folders under `dir` (recursively) to the class `className`. */
void collect(const fs::path &dir, const std::string &className, ImportPlan &plan)
{
    for (const fs::path &entry : sortedEntries(dir, plan)) {
        std::error_code ec;
        if (fs::is_directory(entry, ec)) {
            if (isFrameFolder(entry))
                plan.add(listfile::absolutePath(entry), className).listedIn = entry.string();
            else
                collect(entry, className, plan);
        } else if (hasVideoExtension(entry.string())) {
            plan.add(listfile::absolutePath(entry), className).listedIn = entry.string();
        } else {
            plan.problems.push_back({"import.notvideo",
                                     "The file " + entry.string() +
                                         " is not a video (by its extension) and was skipped.",
                                     entry.string(), 0});
        }
    }
}

} // namespace

ImportPlan planFolderTreeImport(const std::string &root)
{
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        throw Error("import.notfound", "The folder " + root + " to import does not exist.", root);
    ImportPlan plan;
    plan.format = "folder";
    for (const fs::path &entry : sortedEntries(root, plan)) {
        if (fs::is_directory(entry, ec)) {
            const std::size_t before = plan.videos.size();
            collect(entry, entry.filename().string(), plan);
            if (plan.videos.size() > before)
                plan.classNames.push_back(entry.filename().string());
        } else if (hasVideoExtension(entry.string())) {
            // Other loose files (classInd.txt, a README) are normal at the root; videos are not.
            plan.problems.push_back({"import.noclass",
                                     "The video " + entry.string() +
                                         " is not inside a class folder and was skipped.",
                                     entry.string(), 0});
        }
    }
    return plan;
}

} // namespace as
