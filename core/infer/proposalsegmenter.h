#pragma once

#include <string>
#include <vector>

namespace as {

/** The class probabilities of one window of a video, placed at the window's centre. */
struct WindowScore
{
    /**
     * The centre of the frames the window spans (may be a half frame): evidence placed there
     * moves a class boundary by no more than the smoothing does, where the window's end would
     * move it half a window late.
     */
    double centreFrame = 0.0;
    std::vector<float> probabilities; // [classes], summing to 1
    /**
     * The window's frames span a shot cut (detectShotCuts): two scenes the model never saw
     * joined in one clip, which it reads as motion (a jump: often "move left"). Such windows
     * count only where no window within one shot is near.
     */
    bool acrossCut = false;
};

/** How window scores become proposed segments (see proposalsFromWindowScores). */
struct ProposalOptions
{
    double fps = 25.0;
    /** Windows whose centres lie within ±half this of a frame are averaged for it (0: none). */
    double smoothSeconds = 1.0;
    /** Runs shorter than this are absorbed into a neighbour (a cut read as motion, a blip). */
    double minSegmentSeconds = 1.0;
    /** Runs whose confidence is below this are not proposed: the frames stay unlabelled. */
    double minConfidence = 0.5;
    /** The weight of a window across a cut against 1 for a window within one shot. */
    double acrossCutWeight = 0.01;
};

/** A stretch of a video that the model proposes as one class. */
struct ProposedSegment
{
    int startFrame = 0;
    int endFrame = 0; // one past the last frame
    int classIndex = 0; // in the model's class list
    std::string className; // filled by the caller that knows the names (SegmentProposer)
    /**
     * The (weighted) mean probability of the class over the windows centred in the segment
     * (over its smoothed frames when none is centred in it): how sure the model is, for review.
     */
    double confidence = 0.0;
};

/**
 * Turns per-window class probabilities of a video of `frameCount` frames into segments:
 *  1. each frame takes the mean probabilities of the windows centred within ±smoothSeconds/2
 *     of it (the nearest window when none is), so frames before the first window's centre
 *     and after the last one's take the edge windows'; windows across a cut weigh
 *     acrossCutWeight, so that at a cut the windows of either shot decide and the boundary
 *     falls on the cut;
 *  2. runs of frames with the same best class;
 *  3. the shortest run under minSegmentSeconds, repeatedly, joins the neighbour whose class
 *     has the higher mean (smoothed) probability over it; equal neighbours merge;
 *  4. runs with confidence below minConfidence are dropped.
 * Segments come out by start frame, never overlapping, inside [0, frameCount). Pure: no
 * model, no video; the unit tests feed it synthetic scores.
 */
std::vector<ProposedSegment> proposalsFromWindowScores(const std::vector<WindowScore> &windows,
                                                       int frameCount,
                                                       const ProposalOptions &options);

} // namespace as
