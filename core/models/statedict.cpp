#include "core/models/statedict.h"

#include <map>
#include <set>
#include <sstream>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/weightloader.h"

namespace as {

namespace {

/** PyTorch's `state_dict` order: a module's own parameters, its buffers, then each child. */
void collect(const torch::nn::Module &module, const std::string &prefix, StateDict &out)
{
    for (const auto &item : module.named_parameters(/*recurse=*/false)) {
        if (item.value().defined())
            out.emplace_back(prefix + item.key(), item.value());
    }
    for (const auto &item : module.named_buffers(/*recurse=*/false)) {
        if (item.value().defined())
            out.emplace_back(prefix + item.key(), item.value());
    }
    for (const auto &child : module.named_children())
        collect(*child.value(), prefix + child.key() + ".", out);
}

std::string shapeString(const torch::Tensor &t)
{
    return c10::str(t.sizes());
}

} // namespace

StateDict moduleStateDict(const torch::nn::Module &module)
{
    StateDict out;
    collect(module, "", out);
    return out;
}

StateDict loadPickledStateDict(const std::string &path)
{
    return readCheckpointTensors(path).tensors;
}

std::vector<std::string> applyStateDict(torch::nn::Module &module, const StateDict &dict,
                                        bool strict)
{
    const StateDict own = moduleStateDict(module);
    std::map<std::string, torch::Tensor> target;
    for (const auto &[key, tensor] : own)
        target.emplace(key, tensor);

    std::vector<std::string> unexpected;
    std::vector<std::string> mismatched;
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies; // (destination, source)
    std::vector<std::string> loaded;                             // keys of `copies`
    std::set<std::string> seen;
    for (const auto &[key, source] : dict) {
        const auto it = target.find(key);
        if (it == target.end()) {
            unexpected.push_back(key);
            continue;
        }
        seen.insert(key);
        if (!source.defined() || source.sizes() != it->second.sizes()) {
            mismatched.push_back(key + " (file " +
                                 (source.defined() ? shapeString(source) : "undefined") +
                                 ", model " + shapeString(it->second) + ")");
            continue;
        }
        copies.emplace_back(it->second, source);
        loaded.push_back(key);
    }
    std::vector<std::string> missing;
    for (const auto &[key, tensor] : own) {
        if (!seen.count(key))
            missing.push_back(key);
    }

    if (strict && (!missing.empty() || !unexpected.empty() || !mismatched.empty())) {
        std::ostringstream message;
        message << "The weights do not fit the model:";
        const auto list = [&message](const char *what, const std::vector<std::string> &keys) {
            if (keys.empty())
                return;
            message << "\n" << keys.size() << " " << what << ":";
            for (const auto &key : keys)
                message << "\n  " << key;
        };
        list("missing keys", missing);
        list("unexpected keys", unexpected);
        list("shape mismatches", mismatched);
        throw Error("model.weights.mismatch", message.str());
    }

    torch::NoGradGuard noGrad;
    for (auto &[destination, source] : copies)
        destination.copy_(source);
    return loaded;
}

} // namespace as
