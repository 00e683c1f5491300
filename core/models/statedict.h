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
 * Reads a PyTorch checkpoint saved as a plain dict (`torch.save(dict(sd))`) with
 * `torch::pickle_load`. Throws `Error` naming the file when it cannot be read (e.g. an
 * OrderedDict checkpoint, which LibTorch 1.13 cannot unpickle; the message says so).
 */
StateDict loadPickledStateDict(const std::string &path);

/**
 * Copies `dict` into `module`. With `strict`, missing and unexpected keys and shape
 * mismatches are errors (all listed in one `Error`). Returns the keys that were loaded.
 */
std::vector<std::string> applyStateDict(torch::nn::Module &module, const StateDict &dict,
                                        bool strict = true);

} // namespace as
