#include "core/infer/livewindowsampler.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/data/tsnsegmentsampler.h"

namespace as {

LiveWindowSampler::LiveWindowSampler(const LiveWindowSpec &spec, double trainingFps,
                                     double sourceFps)
    : m_spec(spec)
    , m_trainingFps(trainingFps > 0.0 ? trainingFps : 30.0)
    , m_sourceFps(sourceFps > 0.0 ? sourceFps : 30.0)
{
    // The window in frames of the training rate: fed frame indices and the last frame.
    std::vector<int> trainingFrames;
    int last = 0;
    if (m_spec.segments) {
        const int spanFrames =
            std::max(1, static_cast<int>(std::lround(m_spec.segmentSpanSeconds * m_trainingFps)));
        trainingFrames = TsnSegmentSampler(std::max(1, m_spec.numSegments),
                                           std::max(1, m_spec.framesPerSegment))
                             .sampleMiddle(spanFrames);
        last = spanFrames - 1;
    } else {
        const int clip = std::max(1, m_spec.clipLengthFrames);
        const int interval = std::max(1, m_spec.frameInterval);
        for (int i = 0; i < clip; ++i)
            trainingFrames.push_back(i * interval);
        last = trainingFrames.back();
    }
    // Nearest source frame in time; rounding the distance back from the newest frame keeps
    // the spacing symmetric (no half-frame bias towards the past).
    const double ratio = m_sourceFps / m_trainingFps;
    for (int frame : trainingFrames)
        m_offsets.push_back(-static_cast<int>(std::lround((last - frame) * ratio)));
    m_spanFrames = 1 + static_cast<int>(std::lround(last * ratio));
}

std::string LiveWindowSampler::describe() const
{
    std::ostringstream text;
    text.precision(3);
    if (m_spec.segments)
        text << m_spec.numSegments << " segments over " << m_spec.segmentSpanSeconds << " s";
    else
        text << m_spec.clipLengthFrames << " frames every " << m_spec.frameInterval;
    text << " at " << m_trainingFps << " fps -> source frames";
    for (int offset : m_offsets)
        text << ' ' << offset;
    text << " at " << m_sourceFps << " fps";
    return text.str();
}

} // namespace as
