#pragma once

#include <deque>
#include <vector>

namespace as {

/** How PredictionSmoother turns window scores into a shown label. */
struct SmootherOptions
{
    int windows = 3; // mean of the probabilities of the last k windows
    double threshold = 0.4; // below it: "no action"
    int hysteresisWindows = 2; // a new label must win this many windows in a row
    int backgroundIndex = -1; // a class meaning "no action"; -1: none
};

/** What the smoother shows after one window. */
struct SmoothedScores
{
    std::vector<float> mean; // mean probabilities over the last k windows, [classes]
    int best = -1; // argmax of `mean`
    /** The shown label: a class index, or -1 for "no action". */
    int label = -1;
    double confidence = 0.0; // mean probability of `label`, or of `best` when no action
};

/**
 * Smooths the per-window class probabilities of live recognition: the mean of the last k
 * windows; its best class is the candidate when it reaches the threshold and is not the
 * background class, otherwise the candidate is "no action". The shown label changes only when
 * one candidate has won `hysteresisWindows` windows in a row, so a label does not flicker when
 * two classes alternate. Torch- and OpenCV-free.
 */
class PredictionSmoother
{
public:
    explicit PredictionSmoother(SmootherOptions options = {});

    /** Adds one window's probabilities (all windows must have the same class count). */
    SmoothedScores add(const std::vector<float> &probabilities);
    /** Forgets the history (a new source): the label goes back to "no action". */
    void reset();
    int label() const { return m_label; }
    const SmootherOptions &options() const { return m_options; }

private:
    SmootherOptions m_options;
    std::deque<std::vector<float>> m_history;
    int m_label = -1;
    int m_candidate = -1;
    int m_candidateWins = 0;
};

} // namespace as
