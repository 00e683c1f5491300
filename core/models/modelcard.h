#pragma once

#include <string>
#include <vector>

#include "core/models/inputspec.h"

namespace as {

/**
 * What a user needs to know to use exported weights: the `<weights>.json` beside them. It is
 * enough to run the weights without their run folder (live recognition, prediction): model,
 * classes, input, and the frame rate, length and cached frame size of the training videos.
 */
struct ModelCard
{
    std::string model; // registry name, e.g. "x3d_xs"
    std::vector<std::string> classes; // in logit order
    InputSpec input; // frames, interval, crop, normalisation, layout
    std::string sourceRun; // run folder the weights come from ("" = none)
    std::string checkpoint; // "best.pt" / "last.pt" of that run
    int keyCount = 0; // tensors in the state dict
    double trainingFps = 0.0; // median frame rate of the training videos (0 = unknown)
    double trainingMedianSeconds = 0.0; // their median duration (0 = unknown)
    int frameShortSide = 0; // short side the training frames were cached at (0 = input's)
};

/** Writes the card as JSON to `path` (atomically). */
void writeModelCard(const ModelCard &card, const std::string &path);

/**
 * Reads a card written by `writeModelCard` (cards of version 1, without the training videos'
 * numbers, read too). Throws `Error` naming the file and the field that is missing or wrong.
 */
ModelCard readModelCard(const std::string &path);

} // namespace as
