#pragma once

#include <string>
#include <vector>

namespace as {

/** What to measure: the video and how a user moves through it. */
struct SeekBenchmarkOptions
{
    std::string path;
    int knownFrameCount = 0; // > 0: the real frame count (containers lie)
    int steps = 60; // timed steps of each kind (forward, back, held key, seeks)
    int stepsPerSession = 10; // steps after each jump to a random frame
    int stepIntervalMs = 100; // a user tapping the arrow key: the worker reads ahead meanwhile
    int heldKeyIntervalMs = 33; // a held arrow key (auto-repeat at about 30 Hz)
    int maxFrames = 600; // only the first frames are used (a reference decode of each)
    unsigned seed = 1;
};

/** Latencies of one kind of move, in milliseconds. */
struct LatencyStats
{
    int count = 0;
    double medianMs = 0.0;
    double p90Ms = 0.0;
    double maxMs = 0.0;
};

/** The numbers the `bench seek` command prints. */
struct SeekBenchmarkResult
{
    int frameCount = 0; // of the video
    int framesUsed = 0; // the first frames the benchmark moved in
    double fps = 0.0;
    int width = 0;
    int height = 0;
    // The player's mechanism (ReadAheadDecoder): request -> frame decoded.
    LatencyStats stepForward; // paused, one frame on, stepIntervalMs apart
    LatencyStats stepForwardHeld; // the same at heldKeyIntervalMs (the read-ahead drains)
    LatencyStats stepBack; // paused, one frame back after a jump
    LatencyStats playerSeek; // a jump to a random frame (plus the frames read behind it)
    // FrameSequence alone, no read-ahead: what a step costs when nothing was decoded ahead.
    LatencyStats sequential; // the next frame, decoding straight through
    LatencyStats randomSeek; // a random frame (a key-frame seek and decoding up to it)
    LatencyStats stepBackRaw; // the frame before the one just decoded (always a seek)
    // Frame accuracy: every frame reached by a seek or a step compared with the same index
    // decoded sequentially.
    int verifiedFrames = 0;
    std::vector<int> mismatchedFrames; // indices that came out different (at most 20)
};

/** Latency statistics of `valuesMs` (median, 90th percentile, maximum). */
LatencyStats latencyStats(std::vector<double> valuesMs);

/**
 * Measures how fast the video player shows a frame after a step or a seek in `options.path`:
 * through the player's read-ahead decode loop (ReadAheadDecoder, the same ReadAheadPlan as
 * ui's FrameDecoder) with a simulated user who jumps to random frames and steps from there
 * with pauses between key presses, and through FrameSequence alone for the cost without
 * read-ahead. Every frame shown is checked against a sequential decode of the same index, so
 * the numbers are only quoted for frame-accurate seeking. Throws `Error` naming the video.
 */
SeekBenchmarkResult benchmarkSeeking(const SeekBenchmarkOptions &options);

} // namespace as
