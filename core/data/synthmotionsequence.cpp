#include "core/data/synthmotionsequence.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/data/synthmotionrender.h"

namespace as {

namespace {

// Names are specific: this file shares a unity batch with synthmotion.cpp.

Error sequenceOptionError(const std::string &field, const std::string &why)
{
    return Error("synth.options", "SynthMotion sequence option " + field + " " + why, field);
}

int sequenceClassIndex(const std::string &name, std::size_t segment)
{
    const auto &classes = synthMotionClasses();
    const auto it = std::find(classes.begin(), classes.end(), name);
    if (it == classes.end())
        throw sequenceOptionError("segments[" + std::to_string(segment) + "].className",
                                  "\"" + name + "\" is not a SynthMotion class");
    return static_cast<int>(it - classes.begin());
}

/** The segments' frame ranges, checked; frames counted from the start of the video. */
std::vector<SynthSegment> planSequence(const SynthSequenceOptions &options)
{
    if (options.outputPath.empty())
        throw sequenceOptionError("outputPath", "is empty");
    if (!(options.synth.fps > 0.0 && options.synth.fps <= 1000.0))
        throw sequenceOptionError("synth.fps", "must be between 0 and 1000");
    if (options.segments.empty())
        throw sequenceOptionError("segments", "must list at least one segment");
    std::vector<SynthSegment> segments;
    std::int64_t frame = 0;
    for (std::size_t i = 0; i < options.segments.size(); ++i) {
        const SynthSegmentSpec &spec = options.segments[i];
        const std::int64_t frames = std::llround(spec.seconds * options.synth.fps);
        if (!(spec.seconds > 0.0) || frames < 1 || frames > 1000000)
            throw sequenceOptionError("segments[" + std::to_string(i) + "].seconds",
                                      "must be at least one frame and at most 10^6 frames long");
        SynthSegment segment;
        segment.className = spec.className;
        segment.classIndex = sequenceClassIndex(spec.className, i);
        segment.startFrame = frame;
        segment.endFrame = frame + frames;
        segment.startSeconds = static_cast<double>(segment.startFrame) / options.synth.fps;
        segment.endSeconds = static_cast<double>(segment.endFrame) / options.synth.fps;
        segments.push_back(segment);
        frame = segment.endFrame;
    }
    return segments;
}

} // namespace

SynthSequence writeSynthMotionSequence(const SynthSequenceOptions &options,
                                       const CancellationToken &token)
{
    SynthSequence sequence;
    sequence.path = options.outputPath;
    sequence.fps = options.synth.fps;
    sequence.width = options.synth.width;
    sequence.height = options.synth.height;
    sequence.segments = planSequence(options);
    sequence.frameCount = sequence.segments.back().endFrame;

    const std::filesystem::path out(options.outputPath);
    auto cannotWrite = [&](const std::string &why) {
        return Error("synth.write", "Cannot write the SynthMotion sequence " + options.outputPath
                                        + ": " + why, options.outputPath);
    };
    std::error_code ec;
    if (out.has_parent_path())
        std::filesystem::create_directories(out.parent_path(), ec);
    // A hidden sibling that keeps the extension the writer chooses its container by, renamed
    // when complete: a failed or cancelled call leaves no half-written video.
    const std::string partial =
        (out.parent_path() / ("." + out.filename().string() + ".partial" + out.extension().string()))
            .string();
    cv::VideoWriter writer;
    const int fourcc = cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    const cv::Size size(options.synth.width, options.synth.height);
    try {
        // FFmpeg first, OpenCV's own MJPEG only as the fallback (see generateSynthMotion).
        if (!writer.open(partial, cv::CAP_FFMPEG, fourcc, options.synth.fps, size, true))
            writer.open(partial, cv::CAP_OPENCV_MJPEG, fourcc, options.synth.fps, size, true);
    } catch (const cv::Exception &e) {
        throw cannotWrite(e.what());
    }
    if (!writer.isOpened())
        throw cannotWrite("the video writer cannot create it");

    try {
        // Held out: clip numbers from clipsPerClass on, one counter per class, so a class that
        // comes back in a later segment shows new clips.
        std::map<int, int> nextClip;
        for (const SynthSegment &segment : sequence.segments) {
            auto [it, inserted] = nextClip.emplace(segment.classIndex, options.synth.clipsPerClass);
            (void)inserted;
            for (std::int64_t frame = segment.startFrame; frame < segment.endFrame;) {
                token.throwIfCancelled();
                // Validates the size, frames and fps of options.synth on the first call.
                const std::vector<cv::Mat> clip =
                    renderSynthMotionClip(options.synth, segment.classIndex, it->second++);
                for (std::size_t t = 0; t < clip.size() && frame < segment.endFrame; ++t, ++frame)
                    writer.write(clip[t]);
            }
        }
        writer.release();
        commitTempFile(partial, options.outputPath);
    } catch (...) {
        writer.release();
        std::filesystem::remove(partial, ec);
        throw;
    }
    return sequence;
}

} // namespace as
