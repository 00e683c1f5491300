#include "core/project/segmentcsv.h"

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <set>
#include <sstream>
#include <vector>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/project/importers/listfile.h"
#include "core/project/project.h"

namespace as {

namespace fs = std::filesystem;

namespace {

const char *const kHeader = "video,start_s,end_s,label";

/** A CSV field, quoted when it holds a comma, a quote or a line end (RFC 4180). */
std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string seconds(double value)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(3) << value;
    return out.str();
}

/** A number of seconds, or nothing (negative, not a number, trailing text). */
std::optional<double> parseSeconds(const std::string &text)
{
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used != text.size() || !std::isfinite(value) || value < 0.0)
            return std::nullopt;
        return value;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace

int exportSegmentsCsv(const Project &project, const std::string &csvPath)
{
    const fs::path folder = fs::absolute(csvPath).parent_path().lexically_normal();
    std::string text = std::string(kHeader) + "\n";
    int rows = 0;
    for (const VideoRecord &video : project.videos()) {
        const std::vector<SegmentRecord> segments = project.segments(video.id);
        if (segments.empty())
            continue;
        const fs::path relative = fs::path(video.path).lexically_relative(folder);
        const bool inside = !relative.empty() && *relative.begin() != "..";
        const std::string name = inside ? relative.generic_string() : video.path;
        for (const SegmentRecord &segment : segments) {
            const auto cls = segment.classId ? project.classById(segment.classId) : std::nullopt;
            if (!cls)
                continue;
            if (video.fps <= 0.0)
                throw Error("segments.export",
                            "Cannot write the segments of " + video.path
                                + ": its frame rate is unknown (the video was never probed)",
                            video.path);
            text += csvField(name) + "," + seconds(segment.startFrame / video.fps) + ","
                    + seconds(segment.endFrame / video.fps) + "," + csvField(cls->name) + "\n";
            ++rows;
        }
    }
    writeFileAtomically(csvPath, text);
    return rows;
}

SegmentCsvImport importSegmentsCsv(Project &project, const std::string &csvPath)
{
    const std::vector<std::string> lines = listfile::readLines(csvPath);
    const fs::path folder = fs::absolute(csvPath).parent_path();
    std::vector<ErrorInfo> problems;
    auto problem = [&](int line, const std::string &what) {
        problems.push_back(listfile::lineProblem("segments.csv", csvPath, line, what));
    };
    if (lines.empty() || lines.front() != kHeader)
        problem(1, std::string("must be the header \"") + kHeader + "\"");

    SegmentCsvImport result;
    std::set<std::int64_t> videos;
    const int classesBefore = static_cast<int>(project.classes().size());
    project.transaction([&] {
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const int line = static_cast<int>(i) + 1;
            if (lines[i].find_first_not_of(" \t") == std::string::npos)
                continue;
            const auto fields = listfile::parseCsvLine(lines[i]);
            if (!fields || fields->size() != 4) {
                problem(line, "must have 4 fields (video,start_s,end_s,label)");
                continue;
            }
            const std::string &name = (*fields)[0];
            const std::string path = listfile::absolutePath(
                fs::path(name).is_absolute() ? fs::path(name) : folder / name);
            const auto video = project.videoByPath(path);
            if (!video) {
                problem(line, "names the video " + path + ", which is not in the project "
                                  "(import it first)");
                continue;
            }
            const auto start = parseSeconds((*fields)[1]);
            const auto end = parseSeconds((*fields)[2]);
            if (!start || !end) {
                problem(line, "has a start_s or end_s that is not a number of seconds >= 0");
                continue;
            }
            if (video->fps <= 0.0) {
                problem(line, "names " + path + ", whose frame rate is unknown (not probed)");
                continue;
            }
            if ((*fields)[3].find_first_not_of(" \t") == std::string::npos) {
                problem(line, "has an empty label");
                continue;
            }
            SegmentRecord segment;
            segment.videoId = video->id;
            segment.startFrame = static_cast<int>(std::lround(*start * video->fps));
            segment.endFrame = static_cast<int>(std::lround(*end * video->fps));
            // Times rounded to milliseconds may land a frame past the end.
            if (video->frameCount > 0 && segment.endFrame == video->frameCount + 1)
                segment.endFrame = video->frameCount;
            try {
                segment.classId = project.ensureClass((*fields)[3]);
                project.addSegment(segment);
                ++result.segments;
                videos.insert(video->id);
            } catch (const Error &e) {
                problem(line, "cannot be added: " + std::string(e.what()));
            }
        }
        if (!problems.empty()) {
            std::string message = problems.front().message;
            const std::size_t shown = std::min<std::size_t>(problems.size(), 10);
            for (std::size_t k = 1; k < shown; ++k)
                message += "\n" + problems[k].message;
            if (problems.size() > shown)
                message += "\n(" + std::to_string(problems.size() - shown) + " more)";
            message += "\nNothing was imported.";
            ErrorInfo info = problems.front();
            info.message = message;
            throw Error(info); // rolls the transaction back
        }
    });
    result.videos = static_cast<int>(videos.size());
    result.classesAdded = static_cast<int>(project.classes().size()) - classesBefore;
    return result;
}

} // namespace as
