#include "core/video/seekbenchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <string>
#include <thread>

#include "core/common/error.h"
#include "core/data/clippreview.h"
#include "core/video/framesequence.h"
#include "core/video/readaheaddecoder.h"

namespace as {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/** Hashes of the first frames decoded in order: what a frame-accurate seek must give. */
struct Reference
{
    std::vector<std::size_t> hashes;
    int verified = 0;
    std::vector<int> mismatched;

    void check(int index, std::size_t hash)
    {
        if (index < 0 || index >= static_cast<int>(hashes.size()))
            return;
        ++verified;
        if (hashes[static_cast<std::size_t>(index)] != hash && mismatched.size() < 20)
            mismatched.push_back(index);
    }
};

std::size_t hashOf(const PreviewFrame &frame)
{
    return ReadAheadDecoder::hashFrame(frame.rgb.data(), frame.rgb.size());
}

/**
 * The simulated user of the player: jumps to a random frame, waits, then presses a key
 * `steps` times `intervalMs` apart, each press moving `direction` frames; records each
 * request -> decoded latency.
 */
struct User
{
    ReadAheadDecoder &decoder;
    Reference &reference;
    std::vector<double> jumpsMs;

    double show(int index)
    {
        const Clock::time_point start = Clock::now();
        decoder.request(index);
        std::size_t hash = 0;
        if (!decoder.waitFor(index, std::chrono::seconds(60), &hash))
            throw Error("video.unreadable",
                        "Frame " + std::to_string(index) + " took over a minute to decode");
        const double ms = msSince(start);
        reference.check(index, hash);
        return ms;
    }

    void session(int start, int steps, int direction, int intervalMs, std::vector<double> &out)
    {
        jumpsMs.push_back(show(start));
        for (int j = 1; j <= steps; ++j) {
            std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
            out.push_back(show(start + direction * j));
        }
    }
};

} // namespace

LatencyStats latencyStats(std::vector<double> valuesMs)
{
    LatencyStats stats;
    stats.count = static_cast<int>(valuesMs.size());
    if (valuesMs.empty())
        return stats;
    std::sort(valuesMs.begin(), valuesMs.end());
    const auto at = [&](double q) {
        const double pos = q * static_cast<double>(valuesMs.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, valuesMs.size() - 1);
        return valuesMs[lo] + (pos - static_cast<double>(lo)) * (valuesMs[hi] - valuesMs[lo]);
    };
    stats.medianMs = at(0.5);
    stats.p90Ms = at(0.9);
    stats.maxMs = valuesMs.back();
    return stats;
}

SeekBenchmarkResult benchmarkSeeking(const SeekBenchmarkOptions &options)
{
    SeekBenchmarkResult result;
    Reference reference;
    std::mt19937 rng(options.seed);
    const int steps = std::max(1, options.steps);
    const int perSession = std::max(1, options.stepsPerSession);

    // (b) Sequential decode, which is also the reference for frame accuracy, then
    // (c) random seeks and raw steps back on the same sequence.
    {
        FrameSequence sequence(options.path, options.knownFrameCount);
        result.frameCount = sequence.frameCount();
        result.fps = sequence.fps();
        result.width = sequence.width();
        result.height = sequence.height();
        const int used = std::min(result.frameCount, std::max(2, options.maxFrames));
        if (used < 2 * perSession + 2)
            throw Error("video.short",
                        "The video " + options.path + " is too short to benchmark seeking ("
                            + std::to_string(result.frameCount) + " frames)",
                        options.path);
        result.framesUsed = used;
        std::vector<double> sequentialMs;
        for (int i = 0; i < used; ++i) {
            const Clock::time_point start = Clock::now();
            const PreviewFrame frame = sequence.frame(i);
            sequentialMs.push_back(msSince(start));
            reference.hashes.push_back(hashOf(frame));
        }
        result.sequential = latencyStats(sequentialMs);

        std::uniform_int_distribution<int> anyFrame(1, used - 1);
        std::vector<double> seekMs;
        std::vector<double> backMs;
        const int seeks = std::min(steps, 20);
        for (int j = 0; j < seeks; ++j) {
            const int target = anyFrame(rng);
            Clock::time_point start = Clock::now();
            reference.check(target, hashOf(sequence.frame(target)));
            seekMs.push_back(msSince(start));
            start = Clock::now();
            reference.check(target - 1, hashOf(sequence.frame(target - 1)));
            backMs.push_back(msSince(start));
        }
        result.randomSeek = latencyStats(seekMs);
        result.stepBackRaw = latencyStats(backMs);
    }

    // (a), (d) The player: jumps to random frames, then steps on or back from there.
    ReadAheadDecoder decoder(options.path, options.knownFrameCount);
    User user {decoder, reference, {}};
    const int used = result.framesUsed;
    const int sessions = (steps + perSession - 1) / perSession;
    std::uniform_int_distribution<int> forwardStart(0, used - 1 - perSession);
    std::uniform_int_distribution<int> backStart(perSession, used - 1);
    std::vector<double> forwardMs;
    std::vector<double> heldMs;
    std::vector<double> backMs;
    for (int s = 0; s < sessions; ++s) {
        user.session(forwardStart(rng), perSession, +1, options.stepIntervalMs, forwardMs);
        user.session(backStart(rng), perSession, -1, options.stepIntervalMs, backMs);
    }
    // A held key: steps come faster than the read-ahead refills once it has drained.
    const int heldSteps = std::min(steps, used - 1);
    user.session(std::uniform_int_distribution<int>(0, used - 1 - heldSteps)(rng), heldSteps, +1,
                 options.heldKeyIntervalMs, heldMs);
    result.stepForward = latencyStats(forwardMs);
    result.stepBack = latencyStats(backMs);
    result.stepForwardHeld = latencyStats(heldMs);
    result.playerSeek = latencyStats(user.jumpsMs);
    result.verifiedFrames = reference.verified;
    result.mismatchedFrames = reference.mismatched;
    return result;
}

} // namespace as
