#pragma once

#include <string>

namespace as {

/** What `exportRunWeights` wrote. */
struct RunWeightsExport
{
    std::string weightsPath;
    std::string cardPath; // weightsPath + ".json"
    std::string checkpoint; // the run checkpoint exported (best.pt or last.pt)
    std::string model;
    int numClasses = 0;
    int keyCount = 0;
};

/**
 * Exports a run's weights for Python: the best (or last) checkpoint of `runDir` as a
 * `torch.save`-format state dict in the reference naming at `outPath`, plus its model card
 * (`outPath + ".json"`: model, classes, input spec, source run). With `preferBest`, a run
 * without best.pt falls back to last.pt. Throws `Error` naming the run or file.
 */
RunWeightsExport exportRunWeights(const std::string &runDir, bool preferBest,
                                  const std::string &outPath);

} // namespace as
