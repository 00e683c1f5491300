#pragma once

#include <set>
#include <string>
#include <vector>

namespace as {

/** Checkpoint keys renamed to a model's keys, and the naming convention that fitted best. */
struct KeyMapping
{
    std::string convention; // "pytorch", "mmaction2-resnet", "pyslowfast-x3d", ...
    std::vector<std::string> keys; // one per input key, in the same order
    int matched = 0; // how many of `keys` are model keys
};

/**
 * The naming conventions of reference checkpoints that we can rename to our keys. "pytorch" is
 * the identity: our models use PyTorchVideo's names for X3D and SlowFast, the C3D reference's
 * (jfzhang95) names, and torchvision's / timm's for the TSN backbones.
 */
std::vector<std::string> keyConventions();

/**
 * Renames one checkpoint key: strips wrapper prefixes (`module.` of DataParallel, `model.`,
 * `_orig_mod.` of torch.compile), then applies the first matching rule of `convention`.
 * Throws `Error` for an unknown convention.
 */
std::string mapCheckpointKey(const std::string &key, const std::string &convention);

/**
 * Renames all keys with the convention under which most of them become model keys. A key that
 * is already a model key as it stands keeps its name when the renamed one is not.
 */
KeyMapping mapCheckpointKeys(const std::vector<std::string> &keys,
                             const std::set<std::string> &modelKeys);

} // namespace as
