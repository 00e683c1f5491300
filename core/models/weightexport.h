#pragma once

#include <string>
#include <vector>

#include "core/models/modelcard.h"
#include "core/models/statedict.h"

namespace as {

/**
 * Writes `dict` as Python's `torch.save(state_dict)` does (the zip format: `data.pkl` with
 * protocol 2, one `data/<n>` record per tensor), so that `torch.load` in Python (any version
 * from 1.6, `weights_only=True` included), `torch::pickle_load` and `readTorchFile` read it. The
 * pickle is a plain dict (LibTorch 1.13 cannot read an OrderedDict); PyTorch's
 * `load_state_dict` accepts either. Tensors are written contiguous, on the CPU. Atomic; throws
 * `Error` naming the file.
 */
void writeTorchStateDict(const StateDict &dict, const std::string &path);

/**
 * Exports a model's weights in the reference naming (our keys are the reference
 * implementations' keys: PyTorchVideo X3D/SlowFast, C3D, torchvision/timm TSN backbones) to
 * `path`, and its card to `path + ".json"`. Returns the card written.
 */
ModelCard exportModelWeights(const torch::nn::Module &model, const std::string &path,
                             ModelCard card);

} // namespace as
