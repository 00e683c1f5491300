#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/data/synthmotion.h"

namespace as {

/** One stretch of a SynthMotion sequence to write: a class played for some seconds. */
struct SynthSegmentSpec
{
    std::string className;  // one of synthMotionClasses()
    double seconds = 4.0;
};

/** What writeSynthMotionSequence writes. */
struct SynthSequenceOptions
{
    std::string outputPath;  // the video file (MJPG in an .avi)
    /**
     * The SynthMotion data the sequence is held out from: frame size, fps, seed, and `frames`,
     * the length of one motion, so that things move at the speed a model trained on that data
     * knows. Its `clipsPerClass` clips of each class are never used (see below); `outputDir`
     * and `testFraction` are ignored.
     */
    SynthMotionOptions synth;
    std::vector<SynthSegmentSpec> segments;
};

/** Where one class plays in a written sequence: the truth a live recognizer is checked on. */
struct SynthSegment
{
    std::string className;
    int classIndex = 0;           // in synthMotionClasses()
    std::int64_t startFrame = 0;  // first frame of the segment
    std::int64_t endFrame = 0;    // one past its last frame
    double startSeconds = 0.0;    // startFrame / fps
    double endSeconds = 0.0;      // endFrame / fps
};

/** A written sequence and its truth. */
struct SynthSequence
{
    std::string path;
    double fps = 0.0;
    int width = 0;
    int height = 0;
    std::int64_t frameCount = 0;
    std::vector<SynthSegment> segments;
};

/**
 * Writes one video that plays SynthMotion classes back to back, for testing recognition on a
 * stream (live recognition). A segment of class C is a run of whole SynthMotion clips of C,
 * each a fresh scene as a cut in real footage would show, the last one cut short where the
 * segment ends (round(seconds × fps) frames). The clips come from the same renderer and seed as
 * `generateSynthMotion(options.synth)` but are numbered from `clipsPerClass` on: the clips that
 * call would write next, so none of the data a model was trained or validated on reappears.
 * Deterministic from the options. Throws `Error` naming the option or the output file.
 */
SynthSequence writeSynthMotionSequence(const SynthSequenceOptions &options,
                                       const CancellationToken &token = {});

} // namespace as
