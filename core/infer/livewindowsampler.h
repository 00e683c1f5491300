#pragma once

#include <string>
#include <vector>

namespace as {

/** The numbers of a model's input that decide which frames a window takes (InputSpec-like). */
struct LiveWindowSpec
{
    bool segments = false; // false: dense clip (X3D, C3D, SlowFast's fast clip); true: TSN
    int clipLengthFrames = 4; // dense: frames fed to the model
    int frameInterval = 1; // dense: training frames between two fed frames
    int numSegments = 3; // segments: one pick (or framesPerSegment picks) per segment
    int framesPerSegment = 1;
    /** Segments: the time the segments spread over (training: a whole video). */
    double segmentSpanSeconds = 2.0;
};

/**
 * Which source frames a live window takes so that they are spaced in time as the model's
 * training frames were: the window is laid out in frames of the training frame rate (dense:
 * `clipLengthFrames` frames `frameInterval` apart; segments: the middle of each of
 * `numSegments` equal parts of `segmentSpanSeconds`, as TsnSegmentSampler tests), and each
 * training frame is mapped to the source frame nearest in time. A 30 fps source for a model
 * trained at 25 fps with interval 2 thus takes every 2.4th frame, rounded.
 *
 * Offsets are relative to the window's last frame (the newest, offset 0), oldest first.
 * Torch- and OpenCV-free.
 */
class LiveWindowSampler
{
public:
    LiveWindowSampler(const LiveWindowSpec &spec, double trainingFps, double sourceFps);

    /**
     * Source frame offsets of the fed frames, ≤ 0, ascending (equal neighbours when the
     * source is slower than the training rate). Dense: the last is 0; segments: the picks lie
     * inside the span, which ends at offset 0.
     */
    const std::vector<int> &offsets() const { return m_offsets; }
    /** Source frames the window spans (ending at offset 0): it is complete after as many. */
    int spanFrames() const { return m_spanFrames; }
    /** Frames fed to the model. */
    int clipFrames() const { return static_cast<int>(m_offsets.size()); }
    double trainingFps() const { return m_trainingFps; }
    double sourceFps() const { return m_sourceFps; }
    /** For messages: "4 frames every 2 at 25 fps → source frames -7 -5 -2 0 at 30 fps". */
    std::string describe() const;

private:
    LiveWindowSpec m_spec;
    double m_trainingFps;
    double m_sourceFps;
    std::vector<int> m_offsets;
    int m_spanFrames = 1;
};

} // namespace as
