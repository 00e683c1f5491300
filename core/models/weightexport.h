#pragma once

#include <string>
#include <vector>

#include "core/models/inputspec.h"
#include "core/models/statedict.h"

namespace as {

/** What a user needs to know to use exported weights: the `<weights>.json` beside them. */
struct ModelCard
{
    std::string model; // registry name, e.g. "x3d_xs"
    std::vector<std::string> classes; // in logit order
    InputSpec input; // frames, interval, crop, normalisation, layout
    std::string sourceRun; // run folder the weights come from ("" = none)
    std::string checkpoint; // "best.pt" / "last.pt" of that run
    int keyCount = 0; // tensors in the state dict
};

/**
 * Writes `dict` as Python's `torch.save(state_dict)` does (the zip format: `data.pkl` with
 * protocol 2, one `data/<n>` record per tensor), so that `torch.load` in Python (any version
 * from 1.6, `weights_only=True` included), `torch::pickle_load` and `readTorchFile` read it. The
 * pickle is a plain dict (LibTorch 1.13 cannot read an OrderedDict); PyTorch's
 * `load_state_dict` accepts either. Tensors are written contiguous, on the CPU. Atomic; throws
 * `Error` naming the file.
 */
void writeTorchStateDict(const StateDict &dict, const std::string &path);

/** Writes the card as JSON to `path` (atomically). */
void writeModelCard(const ModelCard &card, const std::string &path);

/**
 * Exports a model's weights in the reference naming (our keys are the reference
 * implementations' keys: PyTorchVideo X3D/SlowFast, C3D, torchvision/timm TSN backbones) to
 * `path`, and its card to `path + ".json"`. Returns the card written.
 */
ModelCard exportModelWeights(const torch::nn::Module &model, const std::string &path,
                             ModelCard card);

} // namespace as
