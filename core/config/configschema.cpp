#include "core/config/configschema.h"

#include <array>
#include <charconv>
#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <type_traits>

#include <yaml-cpp/yaml.h>

#include "core/common/error.h"
#include "core/models/modelregistry.h"

namespace as {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/** A field's valid range as validateConfig checks it; see ConfigField. */
struct Range
{
    double min = -kInf;
    double max = kInf;
    bool minExclusive = false;
    bool maxExclusive = false;
};

Range closed(double min, double max)
{
    return {min, max, false, false};
}
Range rightOpen(double min, double max)
{
    return {min, max, false, true};
} // [min, max)
Range leftOpen(double min, double max)
{
    return {min, max, true, false};
} // (min, max]
Range atLeast(double min)
{
    return {min, kInf, false, false};
}
Range positive()
{
    return {0.0, kInf, true, false};
}

/** One schema entry and how to read, write and compare its member of ExperimentConfig. */
struct Binding
{
    ConfigField field;
    std::function<ConfigValue(const ExperimentConfig &)> get;
    std::function<void(ExperimentConfig &, const ConfigValue &)> set;
    std::function<bool(const ExperimentConfig &, const ExperimentConfig &)> equal;
};

[[noreturn]] void fieldError(const std::string &path, const std::string &message)
{
    throw Error("config.field", "Config field " + path + ": " + message, path);
}

ConfigValue toValue(bool v, const std::string &)
{
    return v;
}
ConfigValue toValue(int v, const std::string &)
{
    return static_cast<long long>(v);
}
ConfigValue toValue(double v, const std::string &)
{
    return v;
}
ConfigValue toValue(const std::string &v, const std::string &)
{
    return v;
}
ConfigValue toValue(const std::vector<double> &v, const std::string &)
{
    return v;
}
ConfigValue toValue(const std::vector<ClassSwap> &v, const std::string &)
{
    return v;
}
ConfigValue toValue(const std::array<double, 3> &v, const std::string &)
{
    return std::vector<double>(v.begin(), v.end());
}
ConfigValue toValue(std::uint64_t v, const std::string &path)
{
    if (v > static_cast<std::uint64_t>(LLONG_MAX))
        fieldError(path, "the value " + std::to_string(v) + " is above 2^63 - 1");
    return static_cast<long long>(v);
}

/** The value's alternative `A`, or an error naming the path and the expected type. */
template<typename A>
const A &alternative(const ConfigValue &value, const std::string &path, const char *expected)
{
    const A *v = std::get_if<A>(&value);
    if (!v)
        fieldError(path, std::string("expected ") + expected);
    return *v;
}

void fromValue(const ConfigValue &value, bool &member, const std::string &path)
{
    member = alternative<bool>(value, path, "true or false (bool)");
}

void fromValue(const ConfigValue &value, int &member, const std::string &path)
{
    const long long v = alternative<long long>(value, path, "an integer (long long)");
    if (v < INT_MIN || v > INT_MAX)
        fieldError(path, "the integer " + std::to_string(v) + " is out of range");
    member = static_cast<int>(v);
}

void fromValue(const ConfigValue &value, std::uint64_t &member, const std::string &path)
{
    const long long v = alternative<long long>(value, path, "an integer (long long)");
    if (v < 0)
        fieldError(path, "must not be negative");
    member = static_cast<std::uint64_t>(v);
}

void fromValue(const ConfigValue &value, double &member, const std::string &path)
{
    member = alternative<double>(value, path, "a number (double)");
}

void fromValue(const ConfigValue &value, std::string &member, const std::string &path)
{
    member = alternative<std::string>(value, path, "text (std::string)");
}

void fromValue(const ConfigValue &value, std::vector<double> &member, const std::string &path)
{
    member = alternative<std::vector<double>>(value, path, "a list of numbers");
}

void fromValue(const ConfigValue &value, std::vector<ClassSwap> &member, const std::string &path)
{
    member = alternative<std::vector<ClassSwap>>(value, path, "a list of class-name pairs");
}

void fromValue(const ConfigValue &value, std::array<double, 3> &member, const std::string &path)
{
    const auto &list = alternative<std::vector<double>>(value, path, "a list of 3 numbers");
    if (list.size() != 3)
        fieldError(path, "expected 3 numbers (R, G, B), got " + std::to_string(list.size()));
    for (int i = 0; i < 3; ++i)
        member[i] = list[i];
}

/** Field descriptions that share one shape, to keep the table below one line per field. */
struct Spec
{
    const char *label;
    const char *help;
    Range range = {};
    std::vector<std::string> choices = {};
    bool openChoice = false;
};

template<typename S, typename T>
Binding bindField(S ExperimentConfig::*section, T S::*member, const std::string &path,
                  FieldType type, Spec spec)
{
    Binding b;
    b.field.path = path;
    b.field.section = path.substr(0, path.find('.'));
    b.field.label = spec.label;
    b.field.help = spec.help;
    b.field.type = type;
    b.field.min = spec.range.min;
    b.field.max = spec.range.max;
    b.field.minExclusive = spec.range.minExclusive;
    b.field.maxExclusive = spec.range.maxExclusive;
    b.field.choices = std::move(spec.choices);
    b.field.openChoice = spec.openChoice;
    b.get = [section, member, path](const ExperimentConfig &c) {
        return toValue(c.*section.*member, path);
    };
    b.set = [section, member, path](ExperimentConfig &c, const ConfigValue &value) {
        fromValue(value, c.*section.*member, path);
    };
    b.equal = [section, member](const ExperimentConfig &x, const ExperimentConfig &y) {
        return x.*section.*member == y.*section.*member;
    };
    return b;
}

std::vector<Binding> makeBindings()
{
    using E = ExperimentConfig;
    using F = FieldType;
    const std::vector<std::string> models = modelNames();
    std::vector<std::string> teachers {""};
    teachers.insert(teachers.end(), models.begin(), models.end());

    std::vector<Binding> b;
    // model
    b.push_back(bindField(&E::model, &ModelConfig::name, "model.name", F::Choice,
                          {"Model", "A model from the registry.", {}, models}));
    b.push_back(
        bindField(&E::model, &ModelConfig::numClasses, "model.num_classes", F::Int,
                  {"Classes", "Number of classes the classifier predicts.", closed(2, 100000)}));
    b.push_back(bindField(&E::model, &ModelConfig::pretrained, "model.pretrained", F::File,
                          {"Pretrained weights", "Optional state_dict file to start from."}));
    b.push_back(bindField(&E::model, &ModelConfig::dropout, "model.dropout", F::Real,
                          {"Dropout", "Dropout before the classifier.", rightOpen(0, 1)}));
    b.push_back(bindField(&E::model, &ModelConfig::zeroInitFinalBn, "model.zero_init_final_bn",
                          F::Bool,
                          {"Zero-init final BN",
                           "X3D: each bottleneck's last BatchNorm starts at 0 (reference) or 1."}));
    // input
    b.push_back(
        bindField(&E::input, &InputConfig::clipLengthFrames, "input.clip_length_frames", F::Int,
                  {"Clip length (frames)", "Frames per clip fed to the model.", closed(1, 256)}));
    b.push_back(
        bindField(&E::input, &InputConfig::frameInterval, "input.frame_interval", F::Int,
                  {"Frame interval", "Take every n-th frame of the video.", closed(1, 64)}));
    b.push_back(
        bindField(&E::input, &InputConfig::shortSide, "input.short_side", F::Int,
                  {"Short side (px)", "Short-edge resize before cropping; at least the crop size.",
                   atLeast(16)}));
    b.push_back(bindField(&E::input, &InputConfig::cropSize, "input.crop_size", F::Int,
                          {"Crop size (px)", "Square crop fed to the model.", closed(16, 1024)}));
    b.push_back(bindField(&E::input, &InputConfig::mean, "input.mean", F::RealTriple,
                          {"Mean (RGB)", "Per-channel mean subtracted, in [0, 1] units."}));
    b.push_back(bindField(
        &E::input, &InputConfig::std, "input.std", F::RealTriple,
        {"Std (RGB)", "Per-channel standard deviation divided by, in [0, 1] units.", positive()}));
    // augment
    b.push_back(bindField(&E::augment, &AugmentConfig::randomCrop, "augment.random_crop", F::Bool,
                          {"Random crop", "Crop at a random position instead of the centre."}));
    b.push_back(bindField(&E::augment, &AugmentConfig::horizontalFlip, "augment.horizontal_flip",
                          F::Bool, {"Horizontal flip", "Mirror half the training clips."}));
    b.push_back(bindField(&E::augment, &AugmentConfig::flipLabelSwaps, "augment.flip_label_swaps",
                          F::ClassPairs,
                          {"Flip label swaps",
                           "Classes that a mirror image turns into each other (move_left, "
                           "move_right)."}));
    b.push_back(bindField(&E::augment, &AugmentConfig::timeReverse, "augment.time_reverse", F::Bool,
                          {"Time reverse",
                           "Play half the training clips backwards; only for classes whose reverse "
                           "is a valid clip."}));
    b.push_back(
        bindField(&E::augment, &AugmentConfig::reverseLabelSwaps, "augment.reverse_label_swaps",
                  F::ClassPairs,
                  {"Reverse label swaps",
                   "Classes that playing backwards turns into each other (grow, shrink)."}));
    b.push_back(bindField(&E::augment, &AugmentConfig::jitterBrightness,
                          "augment.colour_jitter.brightness", F::Real,
                          {"Brightness jitter",
                           "Brightness factor drawn in [1 - s, 1 + s]; 0 = off.", closed(0, 1)}));
    b.push_back(bindField(
        &E::augment, &AugmentConfig::jitterContrast, "augment.colour_jitter.contrast", F::Real,
        {"Contrast jitter", "Contrast factor drawn in [1 - s, 1 + s]; 0 = off.", closed(0, 1)}));
    b.push_back(bindField(&E::augment, &AugmentConfig::jitterSaturation,
                          "augment.colour_jitter.saturation", F::Real,
                          {"Saturation jitter",
                           "Saturation factor drawn in [1 - s, 1 + s]; 0 = off.", closed(0, 1)}));
    b.push_back(bindField(&E::augment, &AugmentConfig::jitterHue, "augment.colour_jitter.hue",
                          F::Real,
                          {"Hue jitter", "Hue shifted by up to this fraction of the colour circle.",
                           closed(0, 0.5)}));
    b.push_back(bindField(&E::augment, &AugmentConfig::mixupAlpha, "augment.mixup_alpha", F::Real,
                          {"Mix-up alpha",
                           "Video Mix-up over each batch, lambda ~ Beta(alpha, alpha); 0 = off.",
                           closed(0, 10)}));
    // data
    b.push_back(
        bindField(&E::data, &DataConfig::project, "data.project", F::Folder,
                  {"Project", "Project folder; may be given on the command line instead."}));
    b.push_back(bindField(&E::data, &DataConfig::split, "data.split", F::Int,
                          {"Split", "Which train/test split of the project.", closed(1, 10)}));
    b.push_back(bindField(&E::data, &DataConfig::cacheShortSide, "data.cache_short_side", F::Int,
                          {"Cache short side (px)",
                           "Short side of frames stored in the frame cache.", closed(16, 2048)}));
    b.push_back(bindField(&E::data, &DataConfig::backgroundClass, "data.background_class", F::Bool,
                          {"Background class",
                           "Train an extra class \"background\" (no action) on the unlabelled "
                           "stretches of fully reviewed videos, so live recognition stays quiet "
                           "between actions."}));
    // optim
    b.push_back(bindField(&E::optim, &OptimConfig::epochs, "optim.epochs", F::Int,
                          {"Epochs", "Passes over the training set.", closed(1, 100000)}));
    b.push_back(bindField(&E::optim, &OptimConfig::batchSize, "optim.batch_size", F::Int,
                          {"Batch size", "Clips per batch.", closed(1, 4096)}));
    b.push_back(bindField(
        &E::optim, &OptimConfig::optimizer, "optim.optimizer", F::Choice,
        {"Optimiser", "SGD with momentum, or AdamW (momentum is beta1).", {}, {"sgd", "adamw"}}));
    b.push_back(bindField(
        &E::optim, &OptimConfig::lr, "optim.lr", F::Real,
        {"Learning rate", "Peak learning rate, reached after warm-up.", {0, 100, true, true}}));
    b.push_back(bindField(&E::optim, &OptimConfig::momentum, "optim.momentum", F::Real,
                          {"Momentum", "SGD momentum or AdamW beta1.", rightOpen(0, 1)}));
    b.push_back(bindField(&E::optim, &OptimConfig::nesterov, "optim.nesterov", F::Bool,
                          {"Nesterov", "Nesterov momentum (SGD with a momentum above 0 only)."}));
    b.push_back(bindField(&E::optim, &OptimConfig::weightDecay, "optim.weight_decay", F::Real,
                          {"Weight decay", "L2 weight decay.", rightOpen(0, 1)}));
    b.push_back(bindField(&E::optim, &OptimConfig::noWeightDecayNormBias,
                          "optim.no_weight_decay_norm_bias", F::Bool,
                          {"No decay on norms and biases",
                           "Norm-layer parameters and every bias get no weight decay (X3D)."}));
    b.push_back(bindField(&E::optim, &OptimConfig::classifierLrMult, "optim.classifier_lr_mult",
                          F::Real,
                          {"Classifier weight LR x",
                           "Learning-rate multiplier of the classifier's "
                           "weight (PP-TSN: 5).",
                           leftOpen(0, 1000)}));
    b.push_back(bindField(&E::optim, &OptimConfig::classifierBiasLrMult,
                          "optim.classifier_bias_lr_mult", F::Real,
                          {"Classifier bias LR x",
                           "Learning-rate multiplier of the classifier's "
                           "bias (PP-TSN: 10).",
                           leftOpen(0, 1000)}));
    b.push_back(bindField(&E::optim, &OptimConfig::schedule, "optim.schedule", F::Choice,
                          {"Schedule",
                           "Learning-rate schedule, stepped per iteration: warm-up then cosine, "
                           "pySlowFast's cosine, or steps at milestones.",
                           {},
                           {"warmup_cosine", "cosine_annealing", "multistep"}}));
    b.push_back(
        bindField(&E::optim, &OptimConfig::warmupEpochs, "optim.warmup_epochs", F::Real,
                  {"Warm-up epochs", "Epochs of linear warm-up; at most the epochs.", atLeast(0)}));
    b.push_back(bindField(&E::optim, &OptimConfig::warmupStartLr, "optim.warmup_start_lr", F::Real,
                          {"Warm-up start LR",
                           "Learning rate the warm-up starts from; at most the learning rate.",
                           atLeast(0)}));
    b.push_back(bindField(
        &E::optim, &OptimConfig::minLr, "optim.min_lr", F::Real,
        {"Minimum LR", "End or floor of the cosine; at most the learning rate.", atLeast(0)}));
    b.push_back(bindField(&E::optim, &OptimConfig::milestones, "optim.milestones", F::RealList,
                          {"Milestones",
                           "Multistep: increasing epochs at which the rate is "
                           "multiplied by gamma.",
                           positive()}));
    b.push_back(
        bindField(&E::optim, &OptimConfig::gamma, "optim.gamma", F::Real,
                  {"Gamma", "Multistep: factor applied at each milestone.", leftOpen(0, 1)}));
    b.push_back(bindField(
        &E::optim, &OptimConfig::gradClipNorm, "optim.grad_clip_norm", F::Real,
        {"Gradient clip norm", "Clip the global gradient L2 norm to this; 0 = off.", atLeast(0)}));
    b.push_back(
        bindField(&E::optim, &OptimConfig::accumulateSteps, "optim.accumulate_steps", F::Int,
                  {"Accumulate steps", "Batches whose gradients add up before one optimiser step.",
                   closed(1, 1024)}));
    // loss
    b.push_back(bindField(&E::loss, &LossConfig::labelSmoothing, "loss.label_smoothing", F::Real,
                          {"Label smoothing",
                           "Epsilon: 1 - epsilon on the label, epsilon / classes "
                           "everywhere.",
                           rightOpen(0, 1)}));
    b.push_back(bindField(&E::loss, &LossConfig::teacherModel, "loss.distill.teacher_model",
                          F::Choice,
                          {"Teacher model",
                           "Registry name of the distillation teacher; empty = off.",
                           {},
                           teachers}));
    b.push_back(bindField(&E::loss, &LossConfig::teacherWeights, "loss.distill.teacher_weights",
                          F::File,
                          {"Teacher weights", "The teacher's checkpoint or state_dict file."}));
    b.push_back(bindField(
        &E::loss, &LossConfig::distillWeight, "loss.distill.weight", F::Real,
        {"Distillation weight", "Share w of the distillation term in the loss.", closed(0, 1)}));
    b.push_back(bindField(
        &E::loss, &LossConfig::distillTemperature, "loss.distill.temperature", F::Real,
        {"Temperature", "Both logits are divided by T before the KL term.", leftOpen(0, 100)}));
    // tricks
    b.push_back(
        bindField(&E::tricks, &TricksConfig::preciseBnBatches, "tricks.precise_bn_batches", F::Int,
                  {"Precise BN batches",
                   "Recompute BatchNorm statistics over this many batches after each epoch; "
                   "0 = off.",
                   closed(0, 100000)}));
    b.push_back(bindField(&E::tricks, &TricksConfig::emaDecay, "tricks.ema_decay", F::Real,
                          {"EMA decay",
                           "Exponential moving average of the weights (typical 0.999 - 0.9999); "
                           "0 = off.",
                           rightOpen(0, 1)}));
    b.push_back(bindField(&E::tricks, &TricksConfig::mixedPrecision, "tricks.mixed_precision",
                          F::Bool,
                          {"Mixed precision", "CUDA: float16 autocast; ignored on the CPU."}));
    b.push_back(bindField(&E::tricks, &TricksConfig::channelsLast, "tricks.channels_last", F::Bool,
                          {"Channels last",
                           "Channels-last (3-D) memory format for weights and "
                           "clips."}));
    // checkpoint
    b.push_back(
        bindField(&E::checkpoint, &CheckpointConfig::every, "checkpoint.every", F::Int,
                  {"Every (epochs)", "Epochs between checkpoints; the last epoch always has one.",
                   atLeast(1)}));
    b.push_back(bindField(
        &E::checkpoint, &CheckpointConfig::keepLast, "checkpoint.keep_last", F::Int,
        {"Keep last", "Epoch checkpoints kept besides last.pt, newest first.", closed(0, 1000)}));
    b.push_back(
        bindField(&E::checkpoint, &CheckpointConfig::keepBest, "checkpoint.keep_best", F::Bool,
                  {"Keep best", "Keep best.pt, the epoch with the highest validation top-1."}));
    // eval
    b.push_back(bindField(&E::eval, &EvalConfig::finalTest, "eval.final_test", F::Bool,
                          {"Final test",
                           "After the last epoch, test the best checkpoint on the test "
                           "subset."}));
    b.push_back(bindField(&E::eval, &EvalConfig::testClips, "eval.test_clips", F::Int,
                          {"Test clips",
                           "Clips (dense) or segments per test video; 0 = the model's protocol.",
                           closed(0, 1000)}));
    b.push_back(bindField(&E::eval, &EvalConfig::testCrops, "eval.test_crops", F::Int,
                          {"Test crops",
                           "1 (centre), 3 (three-crop) or 10 (ten-crop); 0 = the model's protocol.",
                           closed(0, 10),
                           {"0", "1", "3", "10"}}));
    // run
    b.push_back(bindField(&E::run, &RunConfig::name, "run.name", F::Text,
                          {"Run name",
                           "Run folder name under runs/ (letters, digits, '-', '_', "
                           "'.'); generated when empty."}));
    b.push_back(bindField(&E::run, &RunConfig::seed, "run.seed", F::Int,
                          {"Seed", "Random seed of the run.", closed(0, 9223372036854775807.0)}));
    b.push_back(bindField(&E::run, &RunConfig::threads, "run.threads", F::Int,
                          {"Threads", "Intra-op threads; 0 = all cores.", closed(0, 1024)}));
    b.push_back(bindField(&E::run, &RunConfig::workers, "run.workers", F::Int,
                          {"Loader workers", "Clip loader threads.", closed(1, 64)}));
    b.push_back(
        bindField(&E::run, &RunConfig::device, "run.device", F::Choice,
                  {"Device", "auto, cpu, cuda or cuda:N.", {}, {"auto", "cpu", "cuda"}, true}));
    b.push_back(bindField(&E::run, &RunConfig::validateEvery, "run.validate_every", F::Int,
                          {"Validate every (epochs)", "Epochs between validations.", atLeast(1)}));
    return b;
}

struct Schema
{
    std::vector<Binding> bindings;
    std::vector<ConfigField> fields;
    std::map<std::string, std::size_t> index;
};

const Schema &schema()
{
    static const Schema s = [] {
        Schema result;
        result.bindings = makeBindings();
        for (std::size_t i = 0; i < result.bindings.size(); ++i) {
            result.fields.push_back(result.bindings[i].field);
            result.index.emplace(result.bindings[i].field.path, i);
        }
        return result;
    }();
    return s;
}

const Binding &binding(const std::string &path)
{
    const Schema &s = schema();
    const auto it = s.index.find(path);
    if (it == s.index.end())
        throw Error("config.field", "Unknown config field " + path, path);
    return s.bindings[it->second];
}

} // namespace

std::string shortestNumberText(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".eni") == std::string::npos)
        text += ".0";  // keep a float a float when read by other YAML tools
    return text;
}

bool ConfigField::inRange(double value) const
{
    const bool aboveMin = minExclusive ? value > min : value >= min;
    const bool belowMax = maxExclusive ? value < max : value <= max;
    return aboveMin && belowMax;
}

const std::vector<ConfigSection> &configSections()
{
    static const std::vector<ConfigSection> sections {
        {"model", "Model", "Which model and how many classes."},
        {"input", "Input", "What one training sample looks like: sampling and spatial size."},
        {"augment", "Augmentation", "Training-time augmentation."},
        {"data", "Data", "Data source: a project and the split of it to use."},
        {"optim", "Optimiser and schedule",
         "Optimiser, parameter groups and the learning-rate schedule (stepped per iteration)."},
        {"loss", "Loss", "Cross-entropy with optional label smoothing and knowledge distillation."},
        {"tricks", "Tricks",
         "Training tricks that change how the weights are updated or evaluated."},
        {"checkpoint", "Checkpoints", "When checkpoints are written and which are kept."},
        {"eval", "Final test",
         "After the last epoch, the best checkpoint on the test subset with several views per "
         "video."},
        {"run", "Run", "Run-level settings: name, seed, threads and device."},
    };
    return sections;
}

const std::vector<ConfigField> &configSchema()
{
    return schema().fields;
}

const ConfigField *findConfigField(const std::string &path)
{
    const Schema &s = schema();
    const auto it = s.index.find(path);
    return it == s.index.end() ? nullptr : &s.fields[it->second];
}

ConfigValue getField(const ExperimentConfig &config, const std::string &path)
{
    return binding(path).get(config);
}

void setField(ExperimentConfig &config, const std::string &path, const ConfigValue &value)
{
    binding(path).set(config, value);
}

std::string fieldText(const ConfigValue &value)
{
    // The same emitter calls as configToYaml, so that the text matches the file's.
    YAML::Emitter out;
    std::visit(
        [&out](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, double>) {
                out << shortestNumberText(v);
            } else if constexpr (std::is_same_v<T, std::vector<double>>) {
                out << YAML::Flow << YAML::BeginSeq;
                for (double x : v)
                    out << shortestNumberText(x);
                out << YAML::EndSeq;
            } else if constexpr (std::is_same_v<T, std::vector<ClassSwap>>) {
                out << YAML::Flow << YAML::BeginSeq;
                for (const ClassSwap &swap : v)
                    out << YAML::BeginSeq << swap.first << swap.second << YAML::EndSeq;
                out << YAML::EndSeq;
            } else {
                out << v;
            }
        },
        value);
    return out.c_str();
}

std::vector<std::string> differingFields(const ExperimentConfig &a, const ExperimentConfig &b)
{
    std::vector<std::string> paths;
    for (const Binding &entry : schema().bindings)
        if (!entry.equal(a, b))
            paths.push_back(entry.field.path);
    return paths;
}

bool applyModelReferenceInput(ExperimentConfig &config)
{
    if (!isKnownModel(config.model.name))
        return false;
    const InputSpec spec = referenceInputSpec(config.model.name);
    config.input.clipLengthFrames = spec.clipLengthFrames;
    config.input.frameInterval = spec.frameInterval;
    config.input.shortSide = spec.shortSide;
    config.input.cropSize = spec.cropSize;
    config.input.mean = spec.mean;
    config.input.std = spec.std;
    return true;
}

} // namespace as
