#include "core/project/importers/ucf101importer.h"

#include <filesystem>
#include <map>
#include <optional>

#include <fmt/core.h>

#include "core/project/importers/listfile.h"

namespace as {

namespace fs = std::filesystem;
using namespace listfile;

namespace {

/** classInd.txt: "<1-based index> <ClassName>" per line. */
struct ClassIndex
{
    std::map<int, std::string> byIndex;  // ordered: label indices follow the file's indices
    std::map<std::string, int> byName;
};

ClassIndex readClassIndex(const std::string &path, std::vector<ErrorInfo> &problems)
{
    ClassIndex index;
    const std::vector<std::string> lines = readLines(path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        const std::vector<std::string> f = fields(lines[i]);
        if (f.empty())
            continue;
        const std::optional<int> number = f.size() == 2 ? parseInt(f[0]) : std::nullopt;
        if (!number || *number < 1) {
            problems.push_back(lineProblem("import.line", path, lineNo,
                                           "is not \"<index> <ClassName>\" with an index from "
                                           "1: \"" + lines[i] + "\"."));
        } else if (index.byIndex.count(*number) || index.byName.count(f[1])) {
            problems.push_back(lineProblem("import.line", path, lineNo,
                                           "repeats the class index or name of an earlier line "
                                           "and was skipped."));
        } else {
            index.byIndex[*number] = f[1];
            index.byName[f[1]] = *number;
        }
    }
    if (index.byIndex.empty())
        throw Error("import.noclasses", "The class index " + path + " defines no class.", path);
    return index;
}

/** The class of one list line, or nothing (the problem is reported). */
std::optional<std::string> classOfLine(const std::vector<std::string> &f, const ClassIndex &index,
                                       const std::string &list, int lineNo,
                                       std::vector<ErrorInfo> &problems)
{
    const fs::path relative(f[0]);
    const std::string folder =
        relative.has_parent_path() ? relative.begin()->string() : std::string();
    if (f.size() == 1) {
        if (index.byName.count(folder))
            return folder;  // test lists carry no label: the class is the video's folder
        problems.push_back(lineProblem(
            "import.line", list, lineNo,
            "has no label and its folder \"" + folder + "\" is not a class of the class index."));
        return std::nullopt;
    }
    const std::optional<int> label = parseInt(f[1]);
    const auto named = label ? index.byIndex.find(*label) : index.byIndex.end();
    if (named == index.byIndex.end()) {
        problems.push_back(lineProblem("import.line", list, lineNo,
                                       "has the label \"" + f[1] +
                                           "\", which the class index does not define."));
        return std::nullopt;
    }
    if (index.byName.count(folder) && folder != named->second) {
        problems.push_back(lineProblem("import.line", list, lineNo,
                                       "has the label " + f[1] + " (" + named->second +
                                           ") but lies in the class folder \"" + folder + "\"."));
        return std::nullopt;
    }
    return named->second;
}

void readList(const std::string &list, int split, Subset subset, const ClassIndex &index,
              const fs::path &videoRoot, ImportPlan &plan)
{
    const std::vector<std::string> lines = readLines(list);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        const std::vector<std::string> f = fields(lines[i]);
        if (f.empty())
            continue;
        if (f.size() > 2) {
            plan.problems.push_back(lineProblem("import.line", list, lineNo,
                                                "is not \"<Class>/<video> [label]\": \"" +
                                                    lines[i] + "\"."));
            continue;
        }
        const std::optional<std::string> className =
            classOfLine(f, index, list, lineNo, plan.problems);
        if (!className)
            continue;
        const std::string path = absolutePath(videoRoot / f[0]);
        PlannedVideo *video = plan.find(path);
        if (video && video->className != *className) {
            plan.problems.push_back(lineProblem("import.line", list, lineNo,
                                                "gives the video " + f[0] + " the class " +
                                                    *className + ", but " + video->listedIn +
                                                    " gave it " + video->className + "."));
            continue;
        }
        if (video && video->subsets.count(split)) {
            plan.problems.push_back(lineProblem("import.duplicate", list, lineNo,
                                                "repeats the video " + f[0] + " of split " +
                                                    std::to_string(split) + " (first listed in " +
                                                    video->listedIn + ") and was skipped."));
            continue;
        }
        if (!video) {
            video = &plan.add(path, *className);
            video->listedIn = list + ":" + std::to_string(lineNo);
            std::error_code ec;
            video->missing = !fs::exists(path, ec);
        }
        video->subsets[split] = subset;
    }
}

} // namespace

ImportPlan planUcf101Import(const Ucf101ImportOptions &options)
{
    ImportPlan plan;
    plan.format = "ucf101";
    const std::string classInd = options.classIndPath.empty()
                                     ? (fs::path(options.listDir) / "classInd.txt").string()
                                     : options.classIndPath;
    const ClassIndex index = readClassIndex(classInd, plan.problems);
    for (const auto &entry : index.byIndex)
        plan.classNames.push_back(entry.second);

    for (const int split : options.splits) {
        for (const auto &[name, subset] : {std::pair{"trainlist", Subset::Train},
                                           std::pair{"testlist", Subset::Test}}) {
            const std::string list =
                (fs::path(options.listDir) / fmt::format("{}{:02}.txt", name, split)).string();
            std::error_code ec;
            if (!fs::is_regular_file(list, ec)) {
                plan.problems.push_back({"import.notfound",
                                         "The list " + list + " of split " +
                                             std::to_string(split) + " does not exist.",
                                         list, 0});
                continue;
            }
            readList(list, split, subset, index, options.videoRoot, plan);
        }
    }
    return plan;
}

} // namespace as
