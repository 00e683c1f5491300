#pragma once

#include <string>
#include <utility>
#include <vector>

#include <torch/nn/module.h>
#include <torch/types.h>

namespace as {

/** An ordered list of (key, tensor), as PyTorch's `state_dict()`. */
using StateDict = std::vector<std::pair<std::string, torch::Tensor>>;

/** The module's parameters and buffers in registration order, keys as PyTorch names them. */
StateDict moduleStateDict(const torch::nn::Module &module);

/**
 * The tensors of a PyTorch checkpoint saved with `torch.save` (a state_dict as a dict or an
 * OrderedDict, or a training checkpoint holding one), in file order; see
 * `readCheckpointTensors` in weightloader.h. Throws `Error` naming the file when it cannot.
 */
StateDict loadPickledStateDict(const std::string &path);

/**
 * Copies `dict` into `module`. With `strict`, missing and unexpected keys and shape
 * mismatches are errors (all listed in one `Error`). Returns the keys that were loaded.
 */
std::vector<std::string> applyStateDict(torch::nn::Module &module, const StateDict &dict,
                                        bool strict = true);

} // namespace as
