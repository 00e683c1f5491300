#include "core/project/importers/kineticsimporter.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <regex>
#include <set>
#include <unordered_map>

#include <fmt/core.h>

#include "core/project/importers/listfile.h"
#include "core/video/videoinfo.h"

namespace as {

namespace fs = std::filesystem;
using namespace listfile;

std::string kineticsClipStem(const std::string &youtubeId, int startSeconds, int endSeconds)
{
    return fmt::format("{}_{:06}_{:06}", youtubeId, startSeconds, endSeconds);
}

namespace {

/** Column positions of one CSV; -1 when absent. */
struct Columns
{
    int label = -1;
    int youtubeId = -1;
    int start = -1;
    int end = -1;
    int split = -1;
    std::size_t count = 0;
};

/** From the header when there is one, else by the field count (5/6 with label, 4 without). */
std::optional<Columns> columnsOf(const std::vector<std::string> &first, bool &isHeader)
{
    Columns c;
    c.count = first.size();
    isHeader = std::find(first.begin(), first.end(), "youtube_id") != first.end();
    if (isHeader) {
        for (std::size_t i = 0; i < first.size(); ++i) {
            const int at = static_cast<int>(i);
            const std::string &name = first[i];
            if (name == "label")
                c.label = at;
            else if (name == "youtube_id")
                c.youtubeId = at;
            else if (name == "time_start")
                c.start = at;
            else if (name == "time_end")
                c.end = at;
            else if (name == "split")
                c.split = at;  // other columns (is_cc) are ignored
        }
    } else if (first.size() == 5 || first.size() == 6) {
        c = {0, 1, 2, 3, 4, first.size()};
    } else if (first.size() == 4) {
        c = {-1, 0, 1, 2, 3, first.size()};
    }
    if (c.youtubeId < 0 || c.start < 0 || c.end < 0)
        return std::nullopt;
    return c;
}

std::optional<int> seconds(const std::string &text)
{
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used != text.size() || !(value >= 0.0) || value > 1e7)
            return std::nullopt;
        return static_cast<int>(std::lround(value));
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

/** True for a name that ends like a Kinetics clip stem: `_000044_000054`. */
bool endsLikeClipStem(const std::string &stem)
{
    static const std::regex kTail(".+_[0-9]{6}_[0-9]{6}");
    return std::regex_match(stem, kTail);
}

/**
 * Every video file under `root` by its stem (the first one in path order wins), and every
 * folder of extracted frames named like a clip (`<stem>` or `<stem>.mp4`, as PaddleVideo and
 * mmaction2 write them); frame folders are not walked into.
 */
std::unordered_map<std::string, std::string> indexClips(const std::string &root)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path &path = it->path();
        if (it->is_directory(ec)) {
            const std::string name = path.filename().string();
            const std::string stem = hasVideoExtension(name) ? path.stem().string() : name;
            if (endsLikeClipStem(stem)) {
                files.push_back(path);
                it.disable_recursion_pending();
            }
        } else if (it->is_regular_file(ec) && hasVideoExtension(path.string())) {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end());
    std::unordered_map<std::string, std::string> byStem;
    for (const fs::path &file : files) {
        const std::string name = file.filename().string();
        byStem.emplace(hasVideoExtension(name) ? file.stem().string() : name, absolutePath(file));
    }
    return byStem;
}

} // namespace

ImportPlan planKineticsImport(const KineticsImportOptions &options)
{
    ImportPlan plan;
    plan.format = "kinetics";
    const std::string &csv = options.csvPath;
    const std::vector<std::string> lines = readLines(csv);
    if (lines.empty())
        throw Error("import.empty", "The Kinetics CSV " + csv + " is empty.", csv);
    bool isHeader = false;
    const auto header = parseCsvLine(lines.front());
    const std::optional<Columns> columns = header ? columnsOf(*header, isHeader) : std::nullopt;
    if (!columns)
        throw Error("import.header",
                    "The Kinetics CSV " + csv + " has neither the header "
                    "label,youtube_id,time_start,time_end,split nor 4 to 6 columns.",
                    csv, 1);
    const Columns &c = *columns;
    const std::unordered_map<std::string, std::string> clips = indexClips(options.videoRoot);

    std::set<std::string> labels;
    for (std::size_t i = isHeader ? 1 : 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        if (lines[i].find_first_not_of(" \t") == std::string::npos)
            continue;
        const auto row = parseCsvLine(lines[i]);
        if (!row || row->size() != c.count) {
            plan.problems.push_back(lineProblem(
                "import.line", csv, lineNo,
                row ? "has " + std::to_string(row->size()) + " fields instead of " +
                          std::to_string(c.count) + "."
                    : "has a quote that is not closed."));
            continue;
        }
        const auto field = [&](int at) { return at >= 0 ? (*row)[at] : std::string(); };
        const std::optional<int> start = seconds(field(c.start));
        const std::optional<int> end = seconds(field(c.end));
        const std::string id = field(c.youtubeId);
        if (id.empty() || !start || !end || *end < *start) {
            plan.problems.push_back(lineProblem("import.line", csv, lineNo,
                                                "has no YouTube id or no valid "
                                                "time_start/time_end: \"" + lines[i] + "\"."));
            continue;
        }
        const std::string splitName = field(c.split);
        Subset subset = Subset::Test;
        if (splitName == "train")
            subset = Subset::Train;
        else if (!splitName.empty() && splitName != "val" && splitName != "validate" &&
                 splitName != "test") {
            plan.problems.push_back(lineProblem("import.line", csv, lineNo,
                                                "has the split \"" + splitName +
                                                    "\" (not train, val or test)."));
            continue;
        }
        const std::string label = field(c.label);
        if (c.label >= 0 && label.empty()) {
            plan.problems.push_back(lineProblem("import.line", csv, lineNo, "has no label."));
            continue;
        }
        const std::string stem = kineticsClipStem(id, *start, *end);
        const auto found = clips.find(stem);
        const std::string path =
            found != clips.end()
                ? found->second
                : absolutePath(fs::path(options.videoRoot) / label / (stem + ".mp4"));
        if (PlannedVideo *earlier = plan.find(path)) {
            plan.problems.push_back(lineProblem("import.duplicate", csv, lineNo,
                                                "repeats the clip " + stem + " (first listed in " +
                                                    earlier->listedIn + ") and was skipped."));
            continue;
        }
        if (!label.empty())
            labels.insert(label);
        PlannedVideo &video = plan.add(path, label);
        video.listedIn = csv + ":" + std::to_string(lineNo);
        video.missing = found == clips.end();
        video.subsets[options.split] = subset;
    }
    plan.classNames.assign(labels.begin(), labels.end());
    return plan;
}

} // namespace as
