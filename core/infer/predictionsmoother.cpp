#include "core/infer/predictionsmoother.h"

#include <algorithm>

namespace as {

PredictionSmoother::PredictionSmoother(SmootherOptions options)
    : m_options(options)
{
    m_options.windows = std::max(1, m_options.windows);
    m_options.hysteresisWindows = std::max(1, m_options.hysteresisWindows);
}

void PredictionSmoother::reset()
{
    m_history.clear();
    m_label = -1;
    m_candidate = -1;
    m_candidateWins = 0;
}

SmoothedScores PredictionSmoother::add(const std::vector<float> &probabilities)
{
    if (!m_history.empty() && m_history.front().size() != probabilities.size())
        reset(); // another model or class list: old windows mean nothing now
    m_history.push_back(probabilities);
    while (static_cast<int>(m_history.size()) > m_options.windows)
        m_history.pop_front();

    SmoothedScores result;
    result.mean.assign(probabilities.size(), 0.0F);
    for (const std::vector<float> &window : m_history)
        for (std::size_t c = 0; c < window.size(); ++c)
            result.mean[c] += window[c] / static_cast<float>(m_history.size());
    if (!result.mean.empty())
        result.best = static_cast<int>(std::max_element(result.mean.begin(), result.mean.end())
                                       - result.mean.begin());

    const bool action = result.best >= 0 && result.best != m_options.backgroundIndex
                        && result.mean[static_cast<std::size_t>(result.best)]
                               >= m_options.threshold;
    const int candidate = action ? result.best : -1;
    if (candidate == m_label) {
        m_candidateWins = 0;
    } else {
        m_candidateWins = candidate == m_candidate ? m_candidateWins + 1 : 1;
        m_candidate = candidate;
        if (m_candidateWins >= m_options.hysteresisWindows) {
            m_label = candidate;
            m_candidateWins = 0;
        }
    }
    result.label = m_label;
    const int shown = m_label >= 0 ? m_label : result.best;
    result.confidence = shown >= 0 ? result.mean[static_cast<std::size_t>(shown)] : 0.0;
    return result;
}

} // namespace as
