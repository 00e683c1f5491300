#pragma once

#include <array>
#include <string>

namespace as {

/**
 * What a model expects to be fed, from which the data pipeline is derived: the reference
 * recipe's clip length, frame interval, crop, resize and normalisation.
 */
struct InputSpec
{
    int clipLengthFrames = 4;
    int frameInterval = 12;
    int cropSize = 160;
    int shortSide = 182;
    std::array<double, 3> mean{0.45, 0.45, 0.45};  // RGB, [0,1] units
    std::array<double, 3> std{0.225, 0.225, 0.225};
    std::string layout = "NCTHW";
};

} // namespace as
