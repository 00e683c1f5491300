#include "core/models/statedict.h"

#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include <torch/serialize.h>
#include <torch/torch.h>

#include "core/common/error.h"

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

/** Turns a pickled dict of name → tensor into a StateDict; false when it is not one. */
bool toStateDict(const c10::IValue &value, StateDict &out)
{
    if (!value.isGenericDict())
        return false;
    const c10::Dict<c10::IValue, c10::IValue> dict = value.toGenericDict();
    StateDict result;
    result.reserve(dict.size());
    for (const auto &entry : dict) {
        if (!entry.key().isString() || !entry.value().isTensor())
            return false;
        result.emplace_back(entry.key().toStringRef(), entry.value().toTensor());
    }
    out = std::move(result);
    return true;
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
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("model.weights.unreadable", "Cannot open weights file " + path, path);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    if (bytes.empty())
        throw Error("model.weights.unreadable", "Weights file " + path + " is empty", path);

    const std::string hint =
        " LibTorch 1.13 can only read a state_dict saved as a plain dict. A checkpoint saved "
        "with torch.save(model.state_dict()) is an OrderedDict, which it cannot unpickle: "
        "convert it once in Python with torch.save(dict(torch.load(\"in.pt\")), \"out.pt\").";
    c10::IValue value;
    try {
        value = torch::pickle_load(bytes);
    } catch (const c10::Error &e) {
        // The first line of LibTorch's message is enough; the rest is a C++ stack trace.
        std::string what = e.what_without_backtrace();
        what = what.substr(0, what.find('\n'));
        throw Error("model.weights.format",
                    "Cannot read weights file " + path + " (" + what + ")." + hint, path);
    }

    StateDict dict;
    if (toStateDict(value, dict))
        return dict;
    // Training checkpoints often nest the weights one level down (PySlowFast "model_state",
    // Lightning/mmaction "state_dict", others "model").
    if (value.isGenericDict()) {
        const auto outer = value.toGenericDict();
        for (const char *key : {"state_dict", "model_state", "model"}) {
            const auto it = outer.find(c10::IValue(std::string(key)));
            if (it != outer.end() && toStateDict(it->value(), dict))
                return dict;
        }
    }
    throw Error("model.weights.format",
                "Weights file " + path + " does not hold a dict of name -> tensor (found " +
                    value.tagKind() + ")." + hint,
                path);
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
