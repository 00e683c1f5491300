#pragma once

#include <string>
#include <vector>

#include "core/models/statedict.h"
#include "core/models/weightloadreport.h"

namespace as {

/** The tensors of a checkpoint file, in file order, and where in the file they were. */
struct CheckpointTensors
{
    StateDict tensors;
    std::string wrapperKey; // "", "state_dict", "model_state", "checkpoint.state_dict" ...
    int skippedEntries = 0; // non-tensor entries of the state dict (left out)
};

/**
 * Reads a `torch.save` checkpoint (see `readTorchFile`): a state_dict (dict or OrderedDict of
 * name -> tensor), or a dict holding one under `state_dict`, `model`, `model_state`,
 * `model_state_dict` (also one level deeper); or an ActionStudio checkpoint (a LibTorch
 * archive written by `saveCheckpoint`). Keeps only the tensors, in file order.
 * Throws `Error` naming the file when it holds no state dict.
 */
CheckpointTensors readCheckpointTensors(const std::string &path);

/**
 * The final classifier's keys (weight and bias) of a model: those of the last Linear
 * registered (X3D blocks.5.proj, SlowFast blocks.6.proj, C3D fc8, ResNet fc, VGG classifier.6),
 * else of the last module named like a classifier.
 */
std::vector<std::string> classifierKeys(const torch::nn::Module &model);

/**
 * Copies the tensors of `dict` into `model` after renaming them from the reference naming (see
 * `mapCheckpointKeys`). Only tensors that fit are copied; the report lists the rest. With
 * `strict`, anything but a complete load (see `WeightLoadReport::complete`, a replaced
 * classifier included) throws `Error` and copies nothing. A load that fits no tensor at all
 * always throws.
 */
WeightLoadReport applyCheckpoint(torch::nn::Module &model, const StateDict &dict,
                                 bool strict = false, const std::string &path = {});

/** `readCheckpointTensors` + `applyCheckpoint`; the report names the file and wrapper key. */
WeightLoadReport loadCheckpointInto(torch::nn::Module &model, const std::string &path,
                                    bool strict = false);

} // namespace as
