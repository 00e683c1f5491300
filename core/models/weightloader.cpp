#include "core/models/weightloader.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/torchpickle.h"
#include "core/models/weightnamemap.h"

namespace as {

namespace {

/** Where training scripts put the weights: Lightning/mmaction "state_dict", PySlowFast
 *  "model_state", torchvision references "model", others "model_state_dict". */
const char *const kWrapperKeys[] = {"state_dict", "model_state_dict", "model_state", "model"};

/** A dict of string keys whose values are mostly tensors. */
bool isStateDict(const PickleValue &value)
{
    if (!value.isDict())
        return false;
    std::size_t tensors = 0;
    for (const auto &[key, item] : value.entries) {
        if (!key->isString())
            return false;
        tensors += item->isTensor() ? 1 : 0;
    }
    return tensors > 0 && 2 * tensors >= value.entries.size();
}

PickleValuePtr findStateDict(const PickleValuePtr &root, std::string &where, bool nested)
{
    if (!root->isDict())
        return nullptr;
    for (const char *wrapper : kWrapperKeys) {
        const PickleValuePtr value = root->find(wrapper);
        if (!value)
            continue;
        if (isStateDict(*value)) {
            where = wrapper;
            return value;
        }
        std::string inner;
        if (!nested) {
            if (PickleValuePtr found = findStateDict(value, inner, true)) {
                where = std::string(wrapper) + "." + inner;
                return found;
            }
        }
    }
    if (!nested && isStateDict(*root)) {
        where.clear();
        return root;
    }
    return nullptr;
}

bool isScriptModule(const PickleValue &value)
{
    return value.kind == PickleValue::Kind::Object && value.text.rfind("__torch__.", 0) == 0
        && value.state && value.state->isDict();
}

/** A LibTorch module archive (nested objects, one per submodule) as flat name -> tensor. */
void flattenScriptModule(const PickleValue &module, const std::string &prefix, PickleValue &out)
{
    for (const auto &[key, value] : module.state->entries) {
        if (!key->isString())
            continue;
        if (value->isTensor()) {
            auto name = std::make_shared<PickleValue>();
            name->kind = PickleValue::Kind::String;
            name->text = prefix + key->text;
            out.entries.emplace_back(name, value);
        } else if (isScriptModule(*value)) {
            flattenScriptModule(*value, prefix + key->text + ".", out);
        }
    }
}

/**
 * ActionStudio's own checkpoints (`saveCheckpoint`, `torch::save(module)`) are LibTorch
 * archives: a module object whose attributes are the parameters, buffers and submodules; a
 * training checkpoint holds the weights in its "model" submodule.
 */
PickleValuePtr fromScriptModule(const PickleValuePtr &root, std::string &where)
{
    if (!isScriptModule(*root))
        return nullptr;
    PickleValuePtr module = root;
    where.clear();
    const PickleValuePtr model = root->state->find("model");
    if (model && isScriptModule(*model)) {
        module = model;
        where = "model";
    }
    auto dict = std::make_shared<PickleValue>();
    dict->kind = PickleValue::Kind::Dict;
    flattenScriptModule(*module, "", *dict);
    return dict->entries.empty() ? nullptr : dict;
}

std::string shapeString(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

/** The shape without trailing 1s: a Linear [out, in] equals a 1x1x1 Conv3d [out, in, 1, 1, 1]. */
std::vector<std::int64_t> withoutTrailingOnes(std::vector<std::int64_t> shape)
{
    while (!shape.empty() && shape.back() == 1)
        shape.pop_back();
    return shape;
}

void listKeys(std::ostringstream &out, const std::string &title,
              const std::vector<std::string> &keys)
{
    if (keys.empty())
        return;
    out << "\n" << keys.size() << " " << title << ":";
    const std::size_t shown = std::min<std::size_t>(keys.size(), 20);
    for (std::size_t i = 0; i < shown; ++i)
        out << "\n  " << keys[i];
    if (shown < keys.size())
        out << "\n  ... and " << keys.size() - shown << " more";
}

} // namespace

std::string WeightLoadReport::summary() const
{
    std::ostringstream out;
    out << "Loaded " << loaded.size() << " of "
        << (loaded.size() + missing.size() + mismatched.size()) << " model tensors";
    if (!path.empty())
        out << " from " << path;
    if (!wrapperKey.empty())
        out << " (state dict under '" << wrapperKey << "')";
    if (renamedKeys > 0)
        out << "; " << renamedKeys << " keys renamed from " << convention << " names";
    if (classifierReplaced) {
        out << "\nClassifier replaced (another class count; it keeps its new initialisation):";
        for (const ShapeMismatch &m : mismatched)
            out << "\n  " << m.key << " file " << shapeString(m.fileShape) << ", model "
                << shapeString(m.modelShape);
    }
    listKeys(out, "missing keys (left as initialised)", missing);
    listKeys(out, "unexpected keys (ignored)", unexpected);
    if (!classifierReplaced && !mismatched.empty()) {
        std::vector<std::string> lines;
        for (const ShapeMismatch &m : mismatched)
            lines.push_back(m.key + " (file " + shapeString(m.fileShape) + ", model "
                            + shapeString(m.modelShape) + ")");
        listKeys(out, "shape mismatches (left as initialised)", lines);
    }
    return out.str();
}

CheckpointTensors readCheckpointTensors(const std::string &path)
{
    const PickleValuePtr root = readTorchFile(path);
    CheckpointTensors result;
    PickleValuePtr dict = findStateDict(root, result.wrapperKey, false);
    if (!dict)
        dict = fromScriptModule(root, result.wrapperKey);
    if (!dict) {
        std::string found = root->typeName();
        if (root->isDict()) {
            found += " with keys";
            for (std::size_t i = 0; i < root->entries.size() && i < 8; ++i) {
                const PickleValue &key = *root->entries[i].first;
                found += (i ? ", " : " ") + (key.isString() ? key.text : key.typeName());
            }
        }
        throw Error("model.weights.format",
                    "Weights file " + path
                        + " does not hold a state dict (a dict of name -> "
                          "tensor, or one under 'state_dict', 'model', 'model_state' or "
                          "'model_state_dict'); found "
                        + found,
                    path);
    }
    for (const auto &[key, value] : dict->entries) {
        if (value->isTensor())
            result.tensors.emplace_back(key->text, value->tensor);
        else
            ++result.skippedEntries;
    }
    return result;
}

std::vector<std::string> classifierKeys(const torch::nn::Module &model)
{
    std::string last;
    std::string named;
    static const std::set<std::string> classifierNames
        = {"proj",          "fc",      "fc8",      "classifier.6", "classifier.1", "blocks.5.proj",
           "blocks.6.proj", "head.fc", "head.proj"};
    for (const auto &item : model.named_modules(std::string(), /*include_self=*/false)) {
        if (item.value()->as<torch::nn::Linear>())
            last = item.key();
        if (classifierNames.count(item.key()))
            named = item.key();
    }
    const std::string name = last.empty() ? named : last;
    std::vector<std::string> keys;
    if (name.empty())
        return keys;
    for (const auto &param : model.named_parameters(/*recurse=*/true)) {
        if (param.key() == name + ".weight" || param.key() == name + ".bias")
            keys.push_back(param.key());
    }
    return keys;
}

WeightLoadReport applyCheckpoint(torch::nn::Module &model, const StateDict &dict, bool strict,
                                 const std::string &path)
{
    WeightLoadReport report;
    report.path = path;
    const StateDict own = moduleStateDict(model);
    std::map<std::string, torch::Tensor> target;
    std::set<std::string> modelKeys;
    for (const auto &[key, tensor] : own) {
        target.emplace(key, tensor);
        modelKeys.insert(key);
    }
    std::vector<std::string> fileKeys;
    for (const auto &entry : dict)
        fileKeys.push_back(entry.first);
    const KeyMapping mapping = mapCheckpointKeys(fileKeys, modelKeys);
    report.convention = mapping.convention;

    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies; // (destination, source)
    std::set<std::string> seen;
    for (std::size_t i = 0; i < dict.size(); ++i) {
        const std::string &key = mapping.keys[i];
        const torch::Tensor &source = dict[i].second;
        report.renamedKeys += key != fileKeys[i] ? 1 : 0;
        const auto it = target.find(key);
        if (it == target.end() || seen.count(key) || !source.defined()) {
            report.unexpected.push_back(fileKeys[i]);
            continue;
        }
        seen.insert(key);
        const torch::Tensor &destination = it->second;
        if (source.sizes() == destination.sizes()) {
            copies.emplace_back(destination, source);
        } else if (source.numel() == destination.numel()
                   && withoutTrailingOnes(source.sizes().vec())
                       == withoutTrailingOnes(destination.sizes().vec())) {
            copies.emplace_back(destination, source.reshape(destination.sizes()));
        } else {
            report.mismatched.push_back({key, source.sizes().vec(), destination.sizes().vec()});
            continue;
        }
        report.loaded.push_back(key);
    }
    for (const auto &[key, tensor] : own) {
        if (!seen.count(key))
            report.missing.push_back(key);
    }

    const std::vector<std::string> classifier = classifierKeys(model);
    report.classifierReplaced = !report.mismatched.empty();
    for (const ShapeMismatch &m : report.mismatched) {
        const bool isClassifier
            = std::find(classifier.begin(), classifier.end(), m.key) != classifier.end();
        const bool otherClassCount = !m.fileShape.empty()
            && m.fileShape.size() == m.modelShape.size() && m.fileShape[0] != m.modelShape[0]
            && std::equal(m.fileShape.begin() + 1, m.fileShape.end(), m.modelShape.begin() + 1);
        report.classifierReplaced = report.classifierReplaced && isClassifier && otherClassCount;
    }

    if (copies.empty())
        throw Error("model.weights.mismatch",
                    "None of the " + std::to_string(dict.size()) + " tensors"
                        + (path.empty() ? std::string() : " in " + path)
                        + " fits the model: is it a checkpoint of another architecture?\n"
                        + report.summary(),
                    path);
    if (strict && !report.complete())
        throw Error("model.weights.mismatch",
                    "The weights do not fit the model: " + report.summary(), path);

    torch::NoGradGuard noGrad;
    for (auto &[destination, source] : copies)
        destination.copy_(source);
    return report;
}

WeightLoadReport loadCheckpointInto(torch::nn::Module &model, const std::string &path, bool strict)
{
    const CheckpointTensors file = readCheckpointTensors(path);
    WeightLoadReport report = applyCheckpoint(model, file.tensors, strict, path);
    report.wrapperKey = file.wrapperKey;
    return report;
}

} // namespace as
