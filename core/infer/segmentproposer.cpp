#include "core/infer/segmentproposer.h"

#include <algorithm>
#include <chrono>
#include <deque>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/infer/livewindowsampler.h"
#include "core/infer/modelwindowtiming.h"
#include "core/infer/recognizer.h"
#include "core/infer/shotcuts.h"
#include "core/train/backgroundsamples.h"
#include "core/video/videoreader.h"

namespace as {

struct SegmentProposer::Impl
{
    SegmentProposerOptions options;
    std::unique_ptr<Recognizer> recognizer;
    ModelWindowTiming timing;

    LiveWindowSampler samplerFor(double fps) const
    {
        return LiveWindowSampler(timing.spec, timing.training.fps, fps);
    }
    void scan(SegmentProposal &out, ProgressObserver &progress,
              const CancellationToken &token) const;
};

SegmentProposer::SegmentProposer(SegmentProposerOptions options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
    m_impl->options.strideFrames = std::max(1, m_impl->options.strideFrames);
    m_impl->recognizer
        = std::make_unique<Recognizer>(m_impl->options.source, m_impl->options.preferBest);
    m_impl->timing = modelWindowTiming(*m_impl->recognizer, m_impl->options.source);
}

SegmentProposer::~SegmentProposer() = default;

const std::vector<std::string> &SegmentProposer::classNames() const
{
    return m_impl->recognizer->classNames();
}

const SegmentProposerOptions &SegmentProposer::options() const
{
    return m_impl->options;
}

int SegmentProposer::windowSpanFrames(double fps) const
{
    return m_impl->samplerFor(fps).spanFrames();
}

/**
 * One pass over the video: the prepared frames of the last window span are kept, and every
 * `strideFrames` a window ends at the newest frame. A video shorter than one window still gets
 * one window, its missing frames taken as the first frame (as a clip sampler pads).
 */
void SegmentProposer::Impl::scan(SegmentProposal &out, ProgressObserver &progress,
                                 const CancellationToken &token) const
{
    VideoReader reader(out.videoPath);
    out.fps = reader.fps() > 0.0 ? reader.fps() : 25.0;
    const LiveWindowSampler sampler = samplerFor(out.fps);
    out.windowDescription = sampler.describe();
    const int span = sampler.spanFrames();
    const int stride = options.strideFrames;
    const std::int64_t claimed = std::max(0, reader.claimedFrameCount());

    std::deque<cv::Mat> recent; // prepared frames [newest - recent.size() + 1, newest]
    int newest = -1;
    std::vector<int> windowEnds; // the last frame of each window
    std::vector<double> differences; // mean absolute grey change from the frame before
    cv::Mat grey;
    cv::Mat previousGrey;
    auto runWindow = [&] {
        std::vector<cv::Mat> clip;
        const int oldestKept = newest - static_cast<int>(recent.size()) + 1;
        for (int offset : sampler.offsets()) {
            const int frame = std::max(oldestKept, newest + offset);
            clip.push_back(recent[static_cast<std::size_t>(frame - oldestKept)]);
        }
        WindowScore score;
        score.centreFrame = std::max(0.0, newest - (span - 1) / 2.0);
        score.probabilities = recognizer->classifyFrames(clip);
        out.windows.push_back(std::move(score));
        windowEnds.push_back(newest);
    };

    cv::Mat frame;
    while (reader.read(frame)) {
        token.throwIfCancelled();
        ++newest;
        cv::Mat prepared;
        recognizer->prepareFrame(frame, prepared);
        cv::cvtColor(prepared, grey, cv::COLOR_BGR2GRAY);
        differences.push_back(previousGrey.empty() ? 0.0
                                                   : cv::norm(grey, previousGrey, cv::NORM_L1)
                                      / static_cast<double>(grey.total()));
        std::swap(grey, previousGrey);
        recent.push_back(std::move(prepared));
        if (static_cast<int>(recent.size()) > span)
            recent.pop_front();
        if (newest >= span - 1 && (newest - (span - 1)) % stride == 0)
            runWindow();
        if (newest % 25 == 0)
            progress.onProgress("propose", newest + 1, std::max<std::int64_t>(claimed, newest + 1));
    }
    if (newest < 0)
        throw Error("video.unreadable",
                    "No frame of " + out.videoPath + " could be decoded (corrupt or not a video)",
                    out.videoPath);
    if (out.windows.empty())
        runWindow(); // shorter than one window
    out.frameCount = newest + 1;
    out.shotCuts = detectShotCuts(differences);
    for (std::size_t w = 0; w < out.windows.size(); ++w) {
        // Across a cut: the cut's frame and the one before it both lie in the window.
        const int first = windowEnds[w] - span + 1;
        const auto cut = std::upper_bound(out.shotCuts.begin(), out.shotCuts.end(), first);
        out.windows[w].acrossCut = cut != out.shotCuts.end() && *cut <= windowEnds[w];
    }
    progress.onProgress("propose", out.frameCount, out.frameCount);
}

SegmentProposal SegmentProposer::propose(const std::string &videoPath, ProgressObserver &progress,
                                         const CancellationToken &token) const
{
    const auto started = std::chrono::steady_clock::now();
    SegmentProposal out;
    out.videoPath = videoPath;
    try {
        // LibTorch's thread count is per calling thread: set it on this one.
        if (m_impl->options.threads > 0)
            torch::set_num_threads(m_impl->options.threads);
        m_impl->scan(out, progress, token);
    } catch (const Error &) {
        throw;
    } catch (const Cancelled &) {
        throw;
    } catch (const c10::Error &e) {
        throw Error("propose.model",
                    "The model failed on " + videoPath + ": " + e.what_without_backtrace(),
                    videoPath);
    } catch (const cv::Exception &e) {
        throw Error("propose.video", "Decoding " + videoPath + " failed: " + e.what(), videoPath);
    } catch (const std::exception &e) {
        throw Error("propose.failed",
                    "Proposing segments for " + videoPath + " failed: " + e.what(), videoPath);
    }

    ProposalOptions segmenting;
    segmenting.fps = out.fps;
    segmenting.smoothSeconds = m_impl->options.smoothSeconds;
    segmenting.minSegmentSeconds = m_impl->options.minSegmentSeconds;
    segmenting.minConfidence = m_impl->options.minConfidence;
    segmenting.acrossCutWeight = m_impl->options.acrossCutWeight;
    out.segments = proposalsFromWindowScores(out.windows, out.frameCount, segmenting);
    const std::vector<std::string> &names = classNames();
    for (ProposedSegment &segment : out.segments)
        segment.className = segment.classIndex < static_cast<int>(names.size())
            ? names[static_cast<std::size_t>(segment.classIndex)]
            : std::to_string(segment.classIndex);
    // A run trained with the background class says "no action" there: nothing to propose
    // (and no reason to add a "background" class to the project being labelled).
    out.segments.erase(std::remove_if(out.segments.begin(), out.segments.end(),
                                      [](const ProposedSegment &s) {
                                          return s.className == kBackgroundClassName;
                                      }),
                       out.segments.end());
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace as
