#include "core/project/importers/hmdb51importer.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "core/project/importers/listfile.h"

namespace as {

namespace fs = std::filesystem;
using namespace listfile;

namespace {

struct SplitFile
{
    std::string path;
    std::string className;
    int split = 0;
};

std::vector<SplitFile> findSplitFiles(const Hmdb51ImportOptions &options)
{
    static const std::regex kName(R"((.+)_test_split([0-9]+)\.txt)");
    std::vector<SplitFile> files;
    std::error_code ec;
    for (fs::directory_iterator it(options.splitDir, ec), end; !ec && it != end;
         it.increment(ec)) {
        std::smatch match;
        const std::string name = it->path().filename().string();
        if (!std::regex_match(name, match, kName))
            continue;
        const int split = std::stoi(match[2].str());
        if (std::find(options.splits.begin(), options.splits.end(), split) != options.splits.end())
            files.push_back({it->path().string(), match[1].str(), split});
    }
    if (ec || files.empty())
        throw Error("import.notfound",
                    "The folder " + options.splitDir +
                        " holds no HMDB51 split file (<class>_test_split<N>.txt).",
                    options.splitDir);
    std::sort(files.begin(), files.end(),
              [](const SplitFile &a, const SplitFile &b) { return a.path < b.path; });
    return files;
}

} // namespace

ImportPlan planHmdb51Import(const Hmdb51ImportOptions &options)
{
    ImportPlan plan;
    plan.format = "hmdb51";
    const std::vector<SplitFile> files = findSplitFiles(options);
    std::set<std::string> classes;
    for (const SplitFile &file : files)
        classes.insert(file.className);
    plan.classNames.assign(classes.begin(), classes.end());

    for (const SplitFile &file : files) {
        const std::vector<std::string> lines = readLines(file.path);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const int lineNo = static_cast<int>(i) + 1;
            const std::vector<std::string> f = fields(lines[i]);
            if (f.empty())
                continue;
            const std::optional<int> id = f.size() == 2 ? parseInt(f[1]) : std::nullopt;
            if (!id || *id < 0 || *id > 2) {
                plan.problems.push_back(lineProblem("import.line", file.path, lineNo,
                                                    "is not \"<video> <0|1|2>\" (0 unused, 1 "
                                                    "train, 2 test): \"" + lines[i] + "\"."));
                continue;
            }
            const std::string path =
                absolutePath(fs::path(options.videoRoot) / file.className / f[0]);
            PlannedVideo *video = plan.find(path);
            if (video && (video->className != file.className || video->subsets.count(file.split))) {
                plan.problems.push_back(lineProblem("import.duplicate", file.path, lineNo,
                                                    "repeats the video " + f[0] +
                                                        " (first listed in " + video->listedIn +
                                                        ") and was skipped."));
                continue;
            }
            if (!video) {
                video = &plan.add(path, file.className);
                video->listedIn = file.path + ":" + std::to_string(lineNo);
                std::error_code ec;
                video->missing = !fs::exists(path, ec);
            }
            video->subsets[file.split] = static_cast<Subset>(*id);
        }
    }
    return plan;
}

} // namespace as
