#include "core/infer/proposalsegmenter.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace as {

namespace {

/** A run of frames [start, end) with one best class. */
struct Run
{
    int start = 0;
    int end = 0;
    int cls = 0;
    int length() const { return end - start; }
};

/** Per frame, the mean probabilities of the windows around it: [frames][classes]. */
std::vector<std::vector<float>> smoothedFrames(const std::vector<WindowScore> &windows,
                                               int frameCount, double halfFrames,
                                               double acrossCutWeight)
{
    const std::size_t classes = windows.front().probabilities.size();
    std::vector<std::vector<float>> frames(static_cast<std::size_t>(frameCount),
                                           std::vector<float>(classes, 0.0f));
    std::size_t first = 0; // first window whose centre is >= t - half (windows are sorted)
    for (int t = 0; t < frameCount; ++t) {
        while (first < windows.size() && windows[first].centreFrame < t - halfFrames)
            ++first;
        std::vector<float> &sum = frames[static_cast<std::size_t>(t)];
        double weights = 0.0;
        std::size_t count = 0;
        for (std::size_t w = first; w < windows.size() && windows[w].centreFrame <= t + halfFrames;
             ++w, ++count) {
            const double weight = windows[w].acrossCut ? acrossCutWeight : 1.0;
            for (std::size_t c = 0; c < classes; ++c)
                sum[c] += static_cast<float>(weight * windows[w].probabilities[c]);
            weights += weight;
        }
        if (count == 0 || weights <= 0.0) {
            // Between sparse windows or beyond the edge windows: the nearest one.
            std::size_t nearest = std::min(first, windows.size() - 1);
            if (nearest > 0
                && std::abs(windows[nearest - 1].centreFrame - t)
                    <= std::abs(windows[nearest].centreFrame - t))
                --nearest;
            sum = windows[nearest].probabilities;
            continue;
        }
        for (float &p : sum)
            p = static_cast<float>(p / weights);
    }
    return frames;
}

int argmax(const std::vector<float> &values)
{
    return static_cast<int>(std::max_element(values.begin(), values.end()) - values.begin());
}

double meanOver(const std::vector<std::vector<float>> &frames, int start, int end, int cls)
{
    double sum = 0.0;
    for (int t = start; t < end; ++t)
        sum += frames[static_cast<std::size_t>(t)][static_cast<std::size_t>(cls)];
    return end > start ? sum / (end - start) : 0.0;
}

/** Joins neighbouring runs of one class. */
void coalesce(std::vector<Run> &runs)
{
    std::vector<Run> out;
    for (const Run &run : runs) {
        if (!out.empty() && out.back().cls == run.cls)
            out.back().end = run.end;
        else
            out.push_back(run);
    }
    runs.swap(out);
}

} // namespace

std::vector<ProposedSegment> proposalsFromWindowScores(const std::vector<WindowScore> &input,
                                                       int frameCount,
                                                       const ProposalOptions &options)
{
    if (input.empty() || frameCount <= 0 || input.front().probabilities.empty())
        return {};
    std::vector<WindowScore> windows = input;
    std::stable_sort(
        windows.begin(), windows.end(),
        [](const WindowScore &a, const WindowScore &b) { return a.centreFrame < b.centreFrame; });
    const double fps = options.fps > 0.0 ? options.fps : 25.0;
    const auto frames
        = smoothedFrames(windows, frameCount, std::max(0.0, options.smoothSeconds) * fps / 2.0,
                         std::clamp(options.acrossCutWeight, 0.0, 1.0));

    std::vector<Run> runs;
    for (int t = 0; t < frameCount; ++t) {
        const int cls = argmax(frames[static_cast<std::size_t>(t)]);
        if (!runs.empty() && runs.back().cls == cls)
            runs.back().end = t + 1;
        else
            runs.push_back({t, t + 1, cls});
    }

    // Shortest first: a blip inside a long run goes before a short run that borders it is
    // judged, so the short run is weighed against its real neighbours.
    const int minFrames = static_cast<int>(std::lround(options.minSegmentSeconds * fps));
    while (runs.size() > 1) {
        std::size_t shortest = 0;
        for (std::size_t i = 1; i < runs.size(); ++i)
            if (runs[i].length() < runs[shortest].length())
                shortest = i;
        Run &run = runs[shortest];
        if (run.length() >= minFrames)
            break;
        int into = -1;
        double best = -1.0;
        for (std::size_t neighbour : {shortest - 1, shortest + 1}) {
            if (neighbour >= runs.size()) // shortest - 1 wraps around at 0
                continue;
            const int cls = runs[neighbour].cls;
            const double score = meanOver(frames, run.start, run.end, cls);
            if (score > best) {
                best = score;
                into = cls;
            }
        }
        run.cls = into;
        coalesce(runs);
    }

    std::vector<ProposedSegment> out;
    for (const Run &run : runs) {
        double sum = 0.0;
        double weights = 0.0;
        for (const WindowScore &w : windows) {
            if (w.centreFrame >= run.start && w.centreFrame < run.end) {
                const double weight = w.acrossCut ? options.acrossCutWeight : 1.0;
                sum += weight * w.probabilities[static_cast<std::size_t>(run.cls)];
                weights += weight;
            }
        }
        ProposedSegment segment;
        segment.startFrame = run.start;
        segment.endFrame = run.end;
        segment.classIndex = run.cls;
        segment.confidence
            = weights > 0.0 ? sum / weights : meanOver(frames, run.start, run.end, run.cls);
        if (segment.confidence >= options.minConfidence)
            out.push_back(segment);
    }
    return out;
}

} // namespace as
