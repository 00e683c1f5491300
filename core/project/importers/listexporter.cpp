#include "core/project/importers/listexporter.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include <fmt/core.h>

#include "core/common/fileutil.h"
#include "core/project/project.h"
#include "core/video/framefoldersource.h"

namespace as {

namespace fs = std::filesystem;

namespace {

/** `path` relative to `root` when it lies under it, else unchanged (absolute). */
std::string listedPath(const std::string &path, const std::string &root)
{
    if (root.empty())
        return path;
    const fs::path relative =
        fs::path(path).lexically_relative(fs::absolute(root).lexically_normal());
    if (relative.empty() || *relative.begin() == "..")
        return path;
    return relative.generic_string();
}

/** The labelled videos of one subset, with their class's 0-based index. */
std::vector<std::pair<VideoRecord, int>> labelled(const Project &project, int split,
                                                  Subset subset,
                                                  const std::unordered_map<std::int64_t, int> &index,
                                                  ListExportReport &report)
{
    std::vector<std::pair<VideoRecord, int>> result;
    for (VideoRecord &video : project.videosIn(split, subset)) {
        const auto it = index.find(video.classId);
        if (it == index.end()) {
            report.problems.push_back({"export.unlabelled",
                                       "The video " + video.path +
                                           " has no class and was left out of the lists.",
                                       video.path, 0});
            continue;
        }
        result.emplace_back(std::move(video), it->second);
    }
    return result;
}

std::unordered_map<std::int64_t, int> classIndices(const Project &project)
{
    std::unordered_map<std::int64_t, int> index;
    for (const ClassInfo &c : project.classes())
        index[c.id] = c.index;
    return index;
}

std::string outPath(const ListExportOptions &options, const std::string &name,
                    ListExportReport &report)
{
    std::error_code ec;
    fs::create_directories(options.outDir, ec);
    const std::string path = (fs::path(options.outDir) / name).string();
    report.files.push_back(path);
    return path;
}

} // namespace

ListExportReport exportUcf101Lists(const Project &project, const ListExportOptions &options)
{
    ListExportReport report;
    const std::unordered_map<std::int64_t, int> index = classIndices(project);
    std::map<int, std::string> names;  // by 0-based index
    std::string classInd;
    for (const ClassInfo &c : project.classes()) {
        std::string name = c.name;
        std::replace(name.begin(), name.end(), ' ', '_');
        if (name != c.name)
            report.problems.push_back({"export.name",
                                       "The class \"" + c.name + "\" is written as \"" + name +
                                           "\": UCF101 lists cannot hold spaces in names.",
                                       {}, 0});
        names[c.index] = name;
        classInd += fmt::format("{} {}\n", c.index + 1, name);
    }
    writeFileAtomically(outPath(options, "classInd.txt", report), classInd);

    std::string train;
    for (const auto &[video, label] : labelled(project, options.split, Subset::Train, index, report)) {
        train += fmt::format("{} {}\n", listedPath(video.path, options.videoRoot), label + 1);
        ++report.train;
    }
    std::string test;
    for (const auto &[video, label] : labelled(project, options.split, Subset::Test, index, report)) {
        const std::string path = listedPath(video.path, options.videoRoot);
        const fs::path relative(path);
        const bool folderIsClass = relative.is_relative() && relative.has_parent_path() &&
                                   relative.begin()->string() == names[label];
        test += folderIsClass ? path + "\n" : fmt::format("{} {}\n", path, label + 1);
        ++report.test;
    }
    writeFileAtomically(outPath(options, fmt::format("trainlist{:02}.txt", options.split), report),
                        train);
    writeFileAtomically(outPath(options, fmt::format("testlist{:02}.txt", options.split), report),
                        test);
    return report;
}

ListExportReport exportMmactionLists(const Project &project, const ListExportOptions &options)
{
    ListExportReport report;
    const std::unordered_map<std::int64_t, int> index = classIndices(project);
    std::string labelMap;
    for (const ClassInfo &c : project.classes())
        labelMap += c.name + "\n";
    writeFileAtomically(outPath(options, "label_map.txt", report), labelMap);

    for (const auto &[subset, name] : {std::pair{Subset::Train, "train"},
                                       std::pair{Subset::Test, "val"}}) {
        std::string videos;
        std::string frames;
        for (const auto &[video, label] : labelled(project, options.split, subset, index, report)) {
            const std::string path = listedPath(video.path, options.videoRoot);
            if (FrameFolderSource::isFrameFolder(video.path))
                frames += fmt::format("{} {} {}\n", path, video.frameCount, label);
            else
                videos += fmt::format("{} {}\n", path, label);
            ++(subset == Subset::Train ? report.train : report.test);
        }
        writeFileAtomically(
            outPath(options, fmt::format("{}_split_{}_videos.txt", name, options.split), report),
            videos);
        if (!frames.empty())
            writeFileAtomically(outPath(options,
                                        fmt::format("{}_split_{}_rawframes.txt", name,
                                                    options.split),
                                        report),
                                frames);
    }
    return report;
}

} // namespace as
