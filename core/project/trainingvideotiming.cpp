#include "core/project/trainingvideotiming.h"

#include <exception>
#include <sstream>
#include <vector>

#include "core/common/statistics.h"
#include "core/project/project.h"

namespace as {

namespace {

std::string describe(const TrainingVideoTiming &timing, const std::string &source)
{
    std::ostringstream note;
    note.precision(3);
    note << "training videos: " << timing.fps << " fps, " << timing.medianSeconds
         << " s (medians, " << source << ")";
    return note.str();
}

} // namespace

TrainingVideoTiming trainingVideoTiming(const std::string &projectDir)
{
    TrainingVideoTiming result;
    try {
        const Project project = Project::open(projectDir);
        std::vector<double> fps;
        std::vector<double> seconds;
        for (const VideoRecord &video : project.videos()) {
            if (video.fps <= 0.0)
                continue;
            fps.push_back(video.fps);
            if (video.frameCount > 0)
                seconds.push_back(video.frameCount / video.fps);
        }
        if (fps.empty()) {
            result.note = "training frame rate unknown (no video of the project " + projectDir
                          + " has one): assuming 30 fps";
            return result;
        }
        result.fps = median(fps);
        if (!seconds.empty())
            result.medianSeconds = median(seconds);
        result.known = true;
        result.note = describe(result, std::to_string(fps.size()) + " videos of " + projectDir);
    } catch (const std::exception &e) {
        result.note = "training frame rate unknown (" + std::string(e.what())
                      + "): assuming 30 fps";
    }
    return result;
}

TrainingVideoTiming trainingVideoTiming(double fps, double medianSeconds,
                                        const std::string &source)
{
    TrainingVideoTiming result;
    if (fps <= 0.0) {
        result.note = "training frame rate unknown (" + source + " does not say): assuming 30 fps";
        return result;
    }
    result.fps = fps;
    if (medianSeconds > 0.0)
        result.medianSeconds = medianSeconds;
    result.known = true;
    result.note = describe(result, source);
    return result;
}

} // namespace as
