#pragma once

#include <string>

namespace as {

/**
 * The frame rate and length of the videos a model was trained on. Live recognition needs them
 * to take a window's frames at the time spacing of training (and TSN segments over the same
 * span), whatever the source's own frame rate; exported model cards carry them.
 */
struct TrainingVideoTiming
{
    double fps = 30.0;           // median frame rate (30 when unknown)
    double medianSeconds = 2.0;  // median duration (2 s when unknown)
    bool known = false;          // false: the defaults above, and `note` says why
    std::string note;            // one line for the user: where the numbers come from
};

/** Medians over the videos of the project at `projectDir`; never throws (see `known`). */
TrainingVideoTiming trainingVideoTiming(const std::string &projectDir);

/** From a model card's numbers (`fps` <= 0: unknown, the defaults), `source` in the note. */
TrainingVideoTiming trainingVideoTiming(double fps, double medianSeconds,
                                        const std::string &source);

} // namespace as
