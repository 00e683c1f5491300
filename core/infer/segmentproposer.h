#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/progress.h"
#include "core/infer/proposalsegmenter.h"

namespace as {

/** What SegmentProposer loads and how it scans videos. */
struct SegmentProposerOptions
{
    std::string source; // a run folder, or an exported weights file (Recognizer)
    bool preferBest = true;
    /** A window ends every this many source frames (1: every frame; at least 1). */
    int strideFrames = 2;
    double smoothSeconds = 1.0;
    double minSegmentSeconds = 1.0;
    double minConfidence = 0.5;
    /**
     * How much a window across a shot cut counts against one within a shot (1: alike). The
     * model never saw two scenes in one clip and reads a cut as motion.
     */
    double acrossCutWeight = 0.01;
    /** LibTorch threads of the calling thread while it scans; 0 leaves them as they are. */
    int threads = 0;
};

/** The proposals for one video, with the evidence they came from. */
struct SegmentProposal
{
    std::string videoPath;
    double fps = 0.0;
    int frameCount = 0; // frames decoded
    /** Each window's probabilities at its centre frame, in frame order. */
    std::vector<WindowScore> windows;
    /** The frames that start a new shot (detectShotCuts), ascending. */
    std::vector<int> shotCuts;
    /** By start frame; `className` filled in. */
    std::vector<ProposedSegment> segments;
    /** For messages: the frames a window takes (LiveWindowSampler::describe). */
    std::string windowDescription;
    double seconds = 0.0; // wall time of the scan
};

/**
 * Model-assisted labelling: runs a trained model over a whole video with a sliding window and
 * turns the confident stretches into proposed segments (proposalsFromWindowScores). Windows
 * are built as live recognition builds them (the model's own frame spacing, mapped from the
 * training videos' frame rate to the video's), from one sequential decode: no seeking, each
 * frame decoded and resized once. Shot cuts are found from the change between frames, and
 * windows across one count (almost) only where no window within a shot is near, so that
 * boundaries fall on cuts, where real footage changes action too. Loads the model once for
 * any number of videos.
 *
 * propose() runs on the calling thread (a worker: it takes seconds to minutes), checks the
 * token between windows (throws `Cancelled`), and turns LibTorch and OpenCV failures into
 * `Error`s naming the video.
 */
class SegmentProposer
{
public:
    /** Throws `Error` naming the run or weights file when the model cannot be loaded. */
    explicit SegmentProposer(SegmentProposerOptions options);
    ~SegmentProposer();
    SegmentProposer(const SegmentProposer &) = delete;
    SegmentProposer &operator=(const SegmentProposer &) = delete;

    SegmentProposal propose(const std::string &videoPath, ProgressObserver &progress,
                            const CancellationToken &token) const;

    const std::vector<std::string> &classNames() const;
    const SegmentProposerOptions &options() const;
    /** Source frames one window spans at `fps` (its evidence sits at the span's centre). */
    int windowSpanFrames(double fps) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
