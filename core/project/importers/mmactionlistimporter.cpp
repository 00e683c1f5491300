#include "core/project/importers/mmactionlistimporter.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/project/importers/listfile.h"

namespace as {

namespace fs = std::filesystem;
using namespace listfile;

namespace {

/** One parsed line: where, how many frames (frame lists), which label. */
struct ListLine
{
    std::string relativePath;
    int totalFrames = 0;
    int label = 0;
};

/** Parses one line's fields; returns nothing after reporting why the line is skipped. */
std::optional<ListLine> parseLine(const std::vector<std::string> &f, const std::string &text,
                                  const MmactionListOptions &options, const std::string &list,
                                  int lineNo, std::vector<ErrorInfo> &problems)
{
    const std::size_t expected = options.frames ? (options.withOffset ? 4 : 3) : 2;
    const char *form = !options.frames        ? "<path> <label>"
                       : options.withOffset   ? "<frame_dir> <offset> <total_frames> <label>"
                                              : "<frame_dir> <total_frames> <label>";
    if (f.size() > expected) {
        problems.push_back(lineProblem("import.multilabel", list, lineNo,
                                       "has several labels (a multi-label line), which is not "
                                       "supported; it was skipped: \"" + text + "\"."));
        return std::nullopt;
    }
    std::vector<std::optional<int>> numbers;
    for (std::size_t i = 1; i < f.size(); ++i)
        numbers.push_back(parseInt(f[i]));
    const bool numeric = std::all_of(numbers.begin(), numbers.end(),
                                     [](const auto &n) { return n && *n >= 0; });
    if (f.size() < expected || !numeric) {
        problems.push_back(lineProblem("import.line", list, lineNo,
                                       std::string("is not \"") + form + "\" with whole numbers "
                                       "from 0: \"" + text + "\"."));
        return std::nullopt;
    }
    if (options.withOffset && *numbers[0] != 0) {
        problems.push_back(lineProblem("import.offset", list, lineNo,
                                       "starts its frames at offset " + f[1] +
                                           ", which is not supported (only offset 0); it was "
                                           "skipped."));
        return std::nullopt;
    }
    ListLine line;
    line.relativePath = f[0];
    line.label = *numbers.back();
    if (options.frames)
        line.totalFrames = *numbers[numbers.size() - 2];
    if (options.frames && line.totalFrames == 0) {
        problems.push_back(lineProblem("import.line", list, lineNo,
                                       "gives the frame folder " + f[0] + " 0 frames."));
        return std::nullopt;
    }
    return line;
}

} // namespace

ImportPlan planMmactionListImport(const MmactionListOptions &options)
{
    ImportPlan plan;
    plan.format = options.frames ? "mmaction-frames" : "mmaction-videos";
    std::map<int, std::string> labelMap;
    if (!options.labelMapPath.empty()) {
        labelMap = readLabelMap(options.labelMapPath, plan.problems);
        std::set<std::string> seen;
        for (auto it = labelMap.begin(); it != labelMap.end();) {
            if (!seen.insert(it->second).second) {
                plan.problems.push_back({"import.line",
                                         "The label map " + options.labelMapPath +
                                             " names two classes \"" + it->second +
                                             "\"; id " + std::to_string(it->first) +
                                             " was dropped.",
                                         options.labelMapPath, 0});
                it = labelMap.erase(it);
            } else {
                ++it;
            }
        }
        for (const auto &entry : labelMap)
            plan.classNames.push_back(entry.second);
    }
    std::set<int> idsSeen;  // without a label map: classes named by id, in id order

    for (const auto &[list, subset] : {std::pair{options.trainList, Subset::Train},
                                       std::pair{options.testList, Subset::Test}}) {
        if (list.empty())
            continue;
        const std::vector<std::string> lines = readLines(list);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const int lineNo = static_cast<int>(i) + 1;
            const std::vector<std::string> f = fields(lines[i]);
            if (f.empty())
                continue;
            const std::optional<ListLine> line =
                parseLine(f, lines[i], options, list, lineNo, plan.problems);
            if (!line)
                continue;
            std::string className = std::to_string(line->label);
            if (!labelMap.empty()) {
                const auto named = labelMap.find(line->label);
                if (named == labelMap.end()) {
                    plan.problems.push_back(lineProblem("import.line", list, lineNo,
                                                        "has the label " + f.back() +
                                                            ", which the label map does not "
                                                            "name."));
                    continue;
                }
                className = named->second;
            }
            const std::string path = absolutePath(fs::path(options.root) / line->relativePath);
            if (PlannedVideo *earlier = plan.find(path);
                earlier && (earlier->className != className || earlier->subsets.count(options.split))) {
                plan.problems.push_back(lineProblem("import.duplicate", list, lineNo,
                                                    "repeats " + line->relativePath +
                                                        " (first listed in " + earlier->listedIn +
                                                        ") and was skipped."));
                continue;
            }
            if (!plan.find(path)) {
                PlannedVideo &video = plan.add(path, className);
                video.listedIn = list + ":" + std::to_string(lineNo);
                video.listedFrames = line->totalFrames;
                std::error_code ec;
                video.missing = options.frames ? !fs::is_directory(path, ec)
                                               : !fs::is_regular_file(path, ec);
            }
            plan.find(path)->subsets[options.split] = subset;
            if (labelMap.empty())
                idsSeen.insert(line->label);
        }
    }
    if (labelMap.empty()) {
        for (const int id : idsSeen)
            plan.classNames.push_back(std::to_string(id));
    }
    return plan;
}

} // namespace as
