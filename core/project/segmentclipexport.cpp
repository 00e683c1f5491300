#include "core/project/segmentclipexport.h"

#include <cctype>
#include <filesystem>
#include <iomanip>
#include <map>
#include <memory>
#include <utility>
#include <sstream>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/fileutil.h"
#include "core/project/project.h"
#include "core/video/videoreader.h"

namespace as {

namespace fs = std::filesystem;

namespace {

/** One line of the lists: a segment to cut, or a video labelled as a whole. */
struct ClipEntry
{
    const VideoRecord *video = nullptr;
    int startFrame = 0;
    int endFrame = 0; // one past the last frame
    bool cut = false; // a segment (cut into clips/...), not a whole video
    std::string listed; // the path written in the list
    std::string className;
    int label = 0;
    Subset subset = Subset::Train;
    bool failed = false; // could not be cut: left out of the lists
};

/** Letters, digits, '-', '_' and '.' kept; anything else (spaces, slashes) becomes '_'. */
std::string safeName(const std::string &text)
{
    std::string name;
    for (const char c : text) {
        const bool keep
            = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
        name += keep ? c : '_';
    }
    return name.empty() || name == "." || name == ".." ? "_" + name : name;
}

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

/** Seconds with millisecond precision; empty when the frame rate is unknown. */
std::string seconds(int frame, double fps)
{
    if (fps <= 0.0)
        return {};
    std::ostringstream out;
    out << std::fixed << std::setprecision(3) << frame / fps;
    return out.str();
}

Error cannotWrite(const std::string &path, const std::string &why)
{
    return Error("segments.export", "Cannot write " + path + ": " + why, path);
}

/** Opens an MJPG writer for `path`: FFmpeg first, OpenCV's own MJPEG as the fallback. */
void openWriter(cv::VideoWriter &writer, const std::string &partial, const std::string &path,
                double fps, cv::Size size)
{
    const int fourcc = cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    try {
        if (!writer.open(partial, cv::CAP_FFMPEG, fourcc, fps, size, true))
            writer.open(partial, cv::CAP_OPENCV_MJPEG, fourcc, fps, size, true);
    } catch (const cv::Exception &e) {
        throw cannotWrite(path, e.what());
    }
    if (!writer.isOpened())
        throw cannotWrite(path, "the video writer cannot create it");
}

/** Progress of the cutting, and where the clips go. */
struct CutContext
{
    fs::path outDir;
    ProgressObserver &observer;
    const CancellationToken &token;
    SegmentClipExportReport &report;
    std::int64_t done = 0;
    std::int64_t total = 0;
};

/**
 * Cuts `clips` (segments of one video, in frame order, not overlapping) in one decode pass.
 * A clip the video cannot give is marked failed and reported; output errors throw.
 */
void cutVideo(const VideoRecord &video, const std::vector<ClipEntry *> &clips, CutContext &ctx)
{
    auto fail = [&](std::size_t from, const std::string &why) {
        for (std::size_t i = from; i < clips.size(); ++i) {
            clips[i]->failed = true;
            ctx.report.problems.push_back({"segments.export.clip",
                                           "The clip " + clips[i]->listed + " was left out: " + why,
                                           video.path, 0});
        }
    };
    std::unique_ptr<VideoReader> reader;
    try {
        reader = std::make_unique<VideoReader>(video.path);
    } catch (const Error &e) {
        fail(0, e.what());
        return;
    }
    const double fps = video.fps > 0.0 ? video.fps : reader->fps() > 0.0 ? reader->fps() : 25.0;
    cv::VideoWriter writer;
    std::string partial;
    std::string target;
    std::size_t next = 0;
    int frame = 0;
    cv::Mat image;
    try {
        while (next < clips.size() && reader->read(image)) {
            ctx.token.throwIfCancelled();
            ClipEntry &clip = *clips[next];
            if (frame == clip.startFrame) {
                target = (ctx.outDir / clip.listed).string();
                std::error_code ec;
                fs::create_directories(fs::path(target).parent_path(), ec);
                const fs::path t(target);
                partial = (t.parent_path()
                           / ("." + t.filename().string() + ".partial" + t.extension().string()))
                              .string();
                openWriter(writer, partial, target, fps, image.size());
            }
            if (frame >= clip.startFrame && frame < clip.endFrame)
                writer.write(image);
            if (frame == clip.endFrame - 1) {
                writer.release();
                commitTempFile(partial, target);
                partial.clear();
                ++ctx.report.clipsWritten;
                ++next;
                ctx.observer.onProgress("export", ++ctx.done, ctx.total);
            }
            ++frame;
        }
    } catch (const cv::Exception &e) {
        writer.release();
        std::error_code ec;
        if (!partial.empty())
            fs::remove(partial, ec);
        throw cannotWrite(target, e.what());
    } catch (...) {
        writer.release();
        std::error_code ec;
        if (!partial.empty())
            fs::remove(partial, ec);
        throw;
    }
    writer.release();
    std::error_code ec;
    if (!partial.empty())
        fs::remove(partial, ec);
    if (next < clips.size()) {
        fail(next, video.path + " ends at frame " + std::to_string(frame) + ", before the clip");
        ctx.done += static_cast<std::int64_t>(clips.size() - next);
        ctx.observer.onProgress("export", ctx.done, ctx.total);
    }
}

/** The list entries of one subset, in video then frame order. */
void collect(const Project &project, int split, Subset subset,
             const std::vector<VideoRecord> &videos,
             const std::map<std::int64_t, ClassInfo> &classes,
             std::map<std::string, std::int64_t> &owners, std::vector<ClipEntry> &entries)
{
    for (const VideoRecord &video : videos) {
        if (video.status == VideoStatus::Error || project.subset(split, video.id) != subset)
            continue;
        const std::string stem = safeName(fs::path(video.path).stem().string());
        bool segmentLabels = false;
        for (const SegmentRecord &segment : project.segments(video.id)) {
            const auto cls = classes.find(segment.classId);
            if (segment.source != SegmentSource::Manual || cls == classes.end())
                continue;
            ClipEntry entry;
            entry.video = &video;
            entry.startFrame = segment.startFrame;
            entry.endFrame = segment.endFrame;
            entry.cut = true;
            entry.className = cls->second.name;
            entry.label = cls->second.index;
            entry.subset = subset;
            const std::string folder = "clips/" + safeName(entry.className) + "/";
            const std::string frames = "_" + std::to_string(segment.startFrame) + "_"
                + std::to_string(segment.endFrame) + kSegmentClipExtension;
            entry.listed = folder + stem + frames;
            const auto owner = owners.emplace(entry.listed, video.id).first;
            if (owner->second != video.id) // another video of the same name
                entry.listed = folder + stem + "_v" + std::to_string(video.id) + frames;
            entries.push_back(std::move(entry));
            segmentLabels = true;
        }
        const auto cls = classes.find(video.classId);
        if (segmentLabels || cls == classes.end())
            continue;
        ClipEntry entry;
        entry.video = &video;
        entry.endFrame = video.frameCount;
        entry.listed = video.path;
        entry.className = cls->second.name;
        entry.label = cls->second.index;
        entry.subset = subset;
        entries.push_back(std::move(entry));
    }
}

} // namespace

SegmentClipExportReport exportSegmentClips(const Project &project,
                                           const SegmentClipExportOptions &options,
                                           ProgressObserver &observer,
                                           const CancellationToken &token)
{
    SegmentClipExportReport report;
    const fs::path outDir = fs::absolute(options.outDir).lexically_normal();
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec || !fs::is_directory(outDir))
        throw Error("segments.export",
                    "Cannot create the export folder " + outDir.string() + ": "
                        + (ec ? ec.message() : std::string("a file of that name exists")),
                    outDir.string());

    std::map<std::int64_t, ClassInfo> classes;
    std::vector<std::string> names;
    for (const ClassInfo &c : project.classes()) {
        classes[c.id] = c;
        if (names.size() <= static_cast<std::size_t>(c.index))
            names.resize(static_cast<std::size_t>(c.index) + 1);
        names[static_cast<std::size_t>(c.index)] = c.name;
    }
    const std::vector<VideoRecord> videos = project.videos();
    std::map<std::string, std::int64_t> owners;
    std::vector<ClipEntry> entries;
    collect(project, options.split, Subset::Train, videos, classes, owners, entries);
    collect(project, options.split, Subset::Test, videos, classes, owners, entries);

    if (options.writeClips) {
        CutContext ctx {outDir, observer, token, report};
        std::map<std::int64_t, std::vector<ClipEntry *>> byVideo;
        for (ClipEntry &entry : entries)
            if (entry.cut) {
                byVideo[entry.video->id].push_back(&entry);
                ++ctx.total;
            }
        observer.onProgress("export", 0, ctx.total);
        for (auto &[id, clips] : byVideo)
            cutVideo(*clips.front()->video, clips, ctx);
    }

    std::string labelMap;
    for (const std::string &name : names)
        labelMap += name + "\n";
    std::string train;
    std::string val;
    std::string csv = "clip,video,start_s,end_s,start_frame,end_frame,label,subset\n";
    for (const ClipEntry &entry : entries) {
        if (entry.failed)
            continue;
        if (entry.listed.find_first_of(" \t") != std::string::npos)
            report.problems.push_back(
                {"segments.export.space",
                 "The listed path " + entry.listed
                     + " holds whitespace, which mmaction2's list format splits lines on",
                 entry.video->path, 0});
        const bool isTrain = entry.subset == Subset::Train;
        (isTrain ? train : val) += entry.listed + " " + std::to_string(entry.label) + "\n";
        ++(isTrain ? report.train : report.val);
        const double fps = entry.video->fps;
        csv += csvField(entry.listed) + "," + csvField(entry.video->path) + ","
            + seconds(entry.startFrame, fps) + "," + seconds(entry.endFrame, fps) + ","
            + std::to_string(entry.startFrame) + "," + std::to_string(entry.endFrame) + ","
            + csvField(entry.className) + "," + (isTrain ? "train" : "val") + "\n";
    }
    const std::pair<const char *, const std::string *> files[] = {{"label_map.txt", &labelMap},
                                                                  {"train.txt", &train},
                                                                  {"val.txt", &val},
                                                                  {"clips.csv", &csv}};
    for (const auto &[name, text] : files) {
        const std::string path = (outDir / name).string();
        writeFileAtomically(path, *text);
        report.files.push_back(path);
    }
    return report;
}

} // namespace as
