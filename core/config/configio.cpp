#include "core/config/configio.h"
#include "core/config/configschema.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "core/common/fileutil.h"
#include "core/models/inputconstraints.h"
#include "core/models/modelregistry.h"

namespace as {

namespace {

std::string joinIssues(const std::string &path, const std::vector<ConfigIssue> &issues)
{
    std::ostringstream out;
    out << "Invalid config " << path << ":";
    for (const ConfigIssue &issue : issues) {
        out << "\n  " << issue.field;
        if (issue.line > 0)
            out << " (line " << issue.line << ")";
        out << ": " << issue.message;
    }
    return out.str();
}

/**
 * Reads one YAML mapping into a struct, field by field, collecting every problem instead of
 * stopping at the first: a user fixing a config wants the whole list at once.
 */
class SectionReader
{
public:
    SectionReader(const YAML::Node &node, std::string prefix, std::vector<ConfigIssue> &issues)
        : m_node(node)
        , m_prefix(std::move(prefix))
        , m_issues(issues)
    {
    }

    template<typename T> void read(const std::string &key, T &value)
    {
        m_known.insert(key);
        if (!m_node || !m_node[key])
            return;
        const YAML::Node child = m_node[key];
        try {
            value = child.as<T>();
        } catch (const YAML::Exception &) {
            m_issues.push_back({m_prefix + key, "expected " + typeName<T>() + ", got '" +
                                                    YAML::Dump(child) + "'",
                                child.Mark().line + 1});
        }
    }

    void readTriple(const std::string &key, std::array<double, 3> &value)
    {
        m_known.insert(key);
        if (!m_node || !m_node[key])
            return;
        const YAML::Node child = m_node[key];
        try {
            const auto list = child.as<std::vector<double>>();
            if (list.size() != 3)
                throw YAML::Exception(child.Mark(), "size");
            for (int i = 0; i < 3; ++i)
                value[i] = list[i];
        } catch (const YAML::Exception &) {
            m_issues.push_back({m_prefix + key, "expected a list of 3 numbers (R, G, B)",
                                child.Mark().line + 1});
        }
    }

    /** A list of class-name pairs such as [[move_left, move_right], [grow, shrink]]. */
    void readSwaps(const std::string &key, std::vector<ClassSwap> &value)
    {
        m_known.insert(key);
        if (!m_node || !m_node[key])
            return;
        const YAML::Node child = m_node[key];
        try {
            std::vector<ClassSwap> swaps;
            for (const YAML::Node &pair : child) {
                const auto names = pair.as<std::vector<std::string>>();
                if (names.size() != 2)
                    throw YAML::Exception(pair.Mark(), "size");
                swaps.emplace_back(names[0], names[1]);
            }
            value = std::move(swaps);
        } catch (const YAML::Exception &) {
            m_issues.push_back({m_prefix + key,
                                "expected a list of class-name pairs, e.g. "
                                "[[move_left, move_right], [grow, shrink]]",
                                child.Mark().line + 1});
        }
    }

    /** A nested mapping (e.g. augment.colour_jitter), or a null node when absent. */
    YAML::Node mapping(const std::string &key)
    {
        m_known.insert(key);
        if (!m_node || !m_node[key])
            return YAML::Node();
        const YAML::Node child = m_node[key];
        if (!child.IsMap()) {
            m_issues.push_back({m_prefix + key, "expected a mapping of fields",
                                child.Mark().line + 1});
            return YAML::Node();
        }
        return child;
    }

    /** Reports keys that no `read` asked for: a typo must not silently fall back to a default. */
    void rejectUnknown()
    {
        if (!m_node || !m_node.IsMap())
            return;
        for (const auto &entry : m_node) {
            const std::string key = entry.first.as<std::string>();
            if (!m_known.count(key))
                m_issues.push_back({m_prefix + key, "unknown field", entry.first.Mark().line + 1});
        }
    }

private:
    template<typename T> static std::string typeName()
    {
        if constexpr (std::is_same_v<T, bool>)
            return "true or false";
        else if constexpr (std::is_integral_v<T>)
            return "an integer";
        else if constexpr (std::is_floating_point_v<T>)
            return "a number";
        else
            return "a string";
    }

    YAML::Node m_node;
    std::string m_prefix;
    std::vector<ConfigIssue> &m_issues;
    std::set<std::string> m_known;
};

YAML::Node section(const YAML::Node &root, const std::string &key,
                   std::vector<ConfigIssue> &issues)
{
    if (!root[key])
        return YAML::Node();
    const YAML::Node node = root[key];
    if (!node.IsMap()) {
        issues.push_back({key, "expected a mapping of fields", node.Mark().line + 1});
        return YAML::Node();
    }
    return node;
}

std::vector<ConfigIssue> readConfig(const YAML::Node &root, ExperimentConfig &c)
{
    std::vector<ConfigIssue> issues;
    if (!root.IsMap()) {
        issues.push_back({"(top level)", "expected a mapping with sections model, input, "
                                         "augment, data, optim, loss, tricks, checkpoint, "
                                         "eval, run", root.Mark().line + 1});
        return issues;
    }
    {
        SectionReader r(section(root, "model", issues), "model.", issues);
        r.read("name", c.model.name);
        r.read("num_classes", c.model.numClasses);
        r.read("pretrained", c.model.pretrained);
        r.read("dropout", c.model.dropout);
        r.read("zero_init_final_bn", c.model.zeroInitFinalBn);
        r.rejectUnknown();
    }
    // Fields the file leaves out take the named model's reference recipe, so that
    // "model: {name: tsn_r50}" is fed 224 px ImageNet-normalised frames, not X3D's input.
    applyModelReferenceInput(c);
    {
        SectionReader r(section(root, "input", issues), "input.", issues);
        r.read("clip_length_frames", c.input.clipLengthFrames);
        r.read("frame_interval", c.input.frameInterval);
        r.read("short_side", c.input.shortSide);
        r.read("crop_size", c.input.cropSize);
        r.readTriple("mean", c.input.mean);
        r.readTriple("std", c.input.std);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "augment", issues), "augment.", issues);
        r.read("random_crop", c.augment.randomCrop);
        r.read("horizontal_flip", c.augment.horizontalFlip);
        r.readSwaps("flip_label_swaps", c.augment.flipLabelSwaps);
        r.read("time_reverse", c.augment.timeReverse);
        r.readSwaps("reverse_label_swaps", c.augment.reverseLabelSwaps);
        SectionReader jitter(r.mapping("colour_jitter"), "augment.colour_jitter.", issues);
        jitter.read("brightness", c.augment.jitterBrightness);
        jitter.read("contrast", c.augment.jitterContrast);
        jitter.read("saturation", c.augment.jitterSaturation);
        jitter.read("hue", c.augment.jitterHue);
        jitter.rejectUnknown();
        r.read("mixup_alpha", c.augment.mixupAlpha);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "data", issues), "data.", issues);
        r.read("project", c.data.project);
        r.read("split", c.data.split);
        r.read("cache_short_side", c.data.cacheShortSide);
        r.read("background_class", c.data.backgroundClass);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "optim", issues), "optim.", issues);
        r.read("epochs", c.optim.epochs);
        r.read("batch_size", c.optim.batchSize);
        r.read("optimizer", c.optim.optimizer);
        r.read("lr", c.optim.lr);
        r.read("momentum", c.optim.momentum);
        r.read("nesterov", c.optim.nesterov);
        r.read("weight_decay", c.optim.weightDecay);
        r.read("no_weight_decay_norm_bias", c.optim.noWeightDecayNormBias);
        r.read("classifier_lr_mult", c.optim.classifierLrMult);
        r.read("classifier_bias_lr_mult", c.optim.classifierBiasLrMult);
        r.read("schedule", c.optim.schedule);
        r.read("warmup_epochs", c.optim.warmupEpochs);
        r.read("warmup_start_lr", c.optim.warmupStartLr);
        r.read("min_lr", c.optim.minLr);
        r.read("milestones", c.optim.milestones);
        r.read("gamma", c.optim.gamma);
        r.read("grad_clip_norm", c.optim.gradClipNorm);
        r.read("accumulate_steps", c.optim.accumulateSteps);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "loss", issues), "loss.", issues);
        r.read("label_smoothing", c.loss.labelSmoothing);
        SectionReader distill(r.mapping("distill"), "loss.distill.", issues);
        distill.read("teacher_model", c.loss.teacherModel);
        distill.read("teacher_weights", c.loss.teacherWeights);
        distill.read("weight", c.loss.distillWeight);
        distill.read("temperature", c.loss.distillTemperature);
        distill.rejectUnknown();
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "tricks", issues), "tricks.", issues);
        r.read("precise_bn_batches", c.tricks.preciseBnBatches);
        r.read("ema_decay", c.tricks.emaDecay);
        r.read("mixed_precision", c.tricks.mixedPrecision);
        r.read("channels_last", c.tricks.channelsLast);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "checkpoint", issues), "checkpoint.", issues);
        r.read("every", c.checkpoint.every);
        r.read("keep_last", c.checkpoint.keepLast);
        r.read("keep_best", c.checkpoint.keepBest);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "eval", issues), "eval.", issues);
        r.read("final_test", c.eval.finalTest);
        r.read("test_clips", c.eval.testClips);
        r.read("test_crops", c.eval.testCrops);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "run", issues), "run.", issues);
        r.read("name", c.run.name);
        r.read("seed", c.run.seed);
        r.read("threads", c.run.threads);
        r.read("workers", c.run.workers);
        r.read("device", c.run.device);
        r.read("validate_every", c.run.validateEvery);
        r.rejectUnknown();
    }
    static const std::set<std::string> kSections{"model", "input", "augment", "data", "optim",
                                                 "loss", "tricks", "checkpoint", "eval", "run"};
    for (const auto &entry : root) {
        const std::string key = entry.first.as<std::string>();
        if (!kSections.count(key))
            issues.push_back({key, "unknown section (expected model, input, augment, data, "
                                   "optim, loss, tricks, checkpoint, eval or run)",
                              entry.first.Mark().line + 1});
    }
    return issues;
}

/** Finds the YAML line of a field path, so range errors point at the line too. */
int lineOf(const YAML::Node &root, const std::string &field)
{
    YAML::Node node;
    node.reset(root);
    std::size_t start = 0;
    while (node && node.IsMap()) {
        const std::size_t dot = field.find('.', start);
        const YAML::Node child = node[field.substr(start, dot == std::string::npos ? dot : dot - start)];
        if (!child)
            return 0;
        if (dot == std::string::npos)
            return child.Mark().line + 1;
        node.reset(child);  // re-point: operator= would overwrite the node's content
        start = dot + 1;
    }
    return 0;
}

} // namespace

ConfigError::ConfigError(const std::string &path, std::vector<ConfigIssue> issues)
    : Error("config.invalid", joinIssues(path, issues), path,
            issues.empty() ? 0 : issues.front().line)
    , m_issues(std::move(issues))
{
}

std::vector<ConfigIssue> validateConfig(const ExperimentConfig &c)
{
    std::vector<ConfigIssue> issues;
    auto require = [&issues](bool ok, const std::string &field, const std::string &message) {
        if (!ok)
            issues.push_back({field, message, 0});
    };
    std::string known;
    for (const std::string &name : modelNames())
        known += (known.empty() ? "" : ", ") + name;
    require(isKnownModel(c.model.name), "model.name",
            "unknown model '" + c.model.name + "' (known: " + known + ")");
    require(c.model.numClasses >= 2 && c.model.numClasses <= 100000, "model.num_classes",
            "must be between 2 and 100000");
    require(c.model.dropout >= 0.0 && c.model.dropout < 1.0, "model.dropout",
            "must be in [0, 1)");
    require(c.input.clipLengthFrames >= 1 && c.input.clipLengthFrames <= 256,
            "input.clip_length_frames", "must be between 1 and 256");
    require(c.input.frameInterval >= 1 && c.input.frameInterval <= 64, "input.frame_interval",
            "must be between 1 and 64");
    require(c.input.cropSize >= 16 && c.input.cropSize <= 1024, "input.crop_size",
            "must be between 16 and 1024");
    require(c.input.shortSide >= c.input.cropSize, "input.short_side",
            "must be at least input.crop_size (" + std::to_string(c.input.cropSize) + ")");
    for (int i = 0; i < 3; ++i)
        require(c.input.std[i] > 0.0, "input.std", "every value must be positive");
    auto requireDisjoint = [&require](const std::vector<ClassSwap> &swaps,
                                      const std::string &field) {
        std::set<std::string> named;
        for (const ClassSwap &swap : swaps) {
            require(!swap.first.empty() && !swap.second.empty(), field,
                    "class names must not be empty");
            if (swap.first == swap.second) {
                require(false, field, "'" + swap.first + "' is paired with itself");
                continue;
            }
            for (const std::string &name : {swap.first, swap.second})
                require(named.insert(name).second, field,
                        "'" + name + "' appears in more than one pair");
        }
    };
    requireDisjoint(c.augment.flipLabelSwaps, "augment.flip_label_swaps");
    requireDisjoint(c.augment.reverseLabelSwaps, "augment.reverse_label_swaps");
    for (const auto &[value, name] : {std::pair{c.augment.jitterBrightness, "brightness"},
                                      std::pair{c.augment.jitterContrast, "contrast"},
                                      std::pair{c.augment.jitterSaturation, "saturation"}})
        require(value >= 0.0 && value <= 1.0, std::string("augment.colour_jitter.") + name,
                "must be in [0, 1]");
    require(c.augment.jitterHue >= 0.0 && c.augment.jitterHue <= 0.5,
            "augment.colour_jitter.hue", "must be in [0, 0.5] (a fraction of the colour circle)");
    require(c.augment.mixupAlpha >= 0.0 && c.augment.mixupAlpha <= 10.0, "augment.mixup_alpha",
            "must be between 0 (off) and 10");
    require(c.data.split >= 1 && c.data.split <= 10, "data.split", "must be between 1 and 10");
    require(c.data.cacheShortSide >= 16 && c.data.cacheShortSide <= 2048,
            "data.cache_short_side", "must be between 16 and 2048");
    require(c.optim.epochs >= 1 && c.optim.epochs <= 100000, "optim.epochs",
            "must be between 1 and 100000");
    require(c.optim.batchSize >= 1 && c.optim.batchSize <= 4096, "optim.batch_size",
            "must be between 1 and 4096");
    require(c.optim.optimizer == "sgd" || c.optim.optimizer == "adamw", "optim.optimizer",
            "must be sgd or adamw");
    require(c.optim.lr > 0.0 && c.optim.lr < 100.0, "optim.lr", "must be positive");
    require(c.optim.momentum >= 0.0 && c.optim.momentum < 1.0, "optim.momentum",
            "must be in [0, 1)");
    require(c.optim.weightDecay >= 0.0 && c.optim.weightDecay < 1.0, "optim.weight_decay",
            "must be in [0, 1)");
    require(c.optim.warmupEpochs >= 0.0 && c.optim.warmupEpochs <= c.optim.epochs,
            "optim.warmup_epochs", "must be between 0 and optim.epochs");
    require(c.optim.warmupStartLr >= 0.0 && c.optim.warmupStartLr <= c.optim.lr,
            "optim.warmup_start_lr", "must be between 0 and optim.lr");
    require(c.optim.minLr >= 0.0 && c.optim.minLr <= c.optim.lr, "optim.min_lr",
            "must be between 0 and optim.lr");
    require(!c.optim.nesterov || (c.optim.optimizer == "sgd" && c.optim.momentum > 0.0),
            "optim.nesterov", "needs optim.optimizer sgd with a momentum above 0");
    require(c.optim.classifierLrMult > 0.0 && c.optim.classifierLrMult <= 1000.0,
            "optim.classifier_lr_mult", "must be in (0, 1000]");
    require(c.optim.classifierBiasLrMult > 0.0 && c.optim.classifierBiasLrMult <= 1000.0,
            "optim.classifier_bias_lr_mult", "must be in (0, 1000]");
    require(c.optim.schedule == "warmup_cosine" || c.optim.schedule == "cosine_annealing" ||
                c.optim.schedule == "multistep",
            "optim.schedule", "must be warmup_cosine, cosine_annealing or multistep");
    require(c.optim.schedule != "multistep" || !c.optim.milestones.empty(), "optim.milestones",
            "multistep needs at least one milestone (an epoch)");
    for (std::size_t i = 0; i < c.optim.milestones.size(); ++i) {
        require(c.optim.milestones[i] > 0.0 && c.optim.milestones[i] <= c.optim.epochs,
                "optim.milestones", "every milestone must be an epoch in (0, optim.epochs]");
        require(i == 0 || c.optim.milestones[i] > c.optim.milestones[i - 1], "optim.milestones",
                "milestones must increase");
    }
    require(c.optim.gamma > 0.0 && c.optim.gamma <= 1.0, "optim.gamma", "must be in (0, 1]");
    require(c.optim.gradClipNorm >= 0.0, "optim.grad_clip_norm", "must be 0 (off) or positive");
    require(c.optim.accumulateSteps >= 1 && c.optim.accumulateSteps <= 1024,
            "optim.accumulate_steps", "must be between 1 and 1024");
    require(c.loss.labelSmoothing >= 0.0 && c.loss.labelSmoothing < 1.0, "loss.label_smoothing",
            "must be in [0, 1)");
    if (!c.loss.teacherModel.empty()) {
        require(isKnownModel(c.loss.teacherModel), "loss.distill.teacher_model",
                "unknown model '" + c.loss.teacherModel + "' (known: " + known + ")");
        require(!c.loss.teacherWeights.empty(), "loss.distill.teacher_weights",
                "a teacher needs its trained weights");
    }
    require(c.loss.distillWeight >= 0.0 && c.loss.distillWeight <= 1.0, "loss.distill.weight",
            "must be in [0, 1]");
    require(c.loss.distillTemperature > 0.0 && c.loss.distillTemperature <= 100.0,
            "loss.distill.temperature", "must be in (0, 100]");
    require(c.tricks.preciseBnBatches >= 0 && c.tricks.preciseBnBatches <= 100000,
            "tricks.precise_bn_batches", "must be 0 (off) or a number of batches");
    require(c.tricks.emaDecay == 0.0 || (c.tricks.emaDecay > 0.0 && c.tricks.emaDecay < 1.0),
            "tricks.ema_decay", "must be 0 (off) or in (0, 1)");
    require(c.checkpoint.every >= 1, "checkpoint.every", "must be at least 1 epoch");
    require(c.checkpoint.keepLast >= 0 && c.checkpoint.keepLast <= 1000, "checkpoint.keep_last",
            "must be between 0 and 1000");
    for (const InputProblem &problem : modelInputProblems(
             c.model.name, c.input.clipLengthFrames, c.input.cropSize, c.eval.testClips))
        require(false, problem.field, problem.message);
    if (!c.loss.teacherModel.empty())
        for (const InputProblem &problem : modelInputProblems(
                 c.loss.teacherModel, c.input.clipLengthFrames, c.input.cropSize, 0))
            require(false, "loss.distill.teacher_model",
                    "the teacher gets the student's clips: " + problem.message);
    require(c.eval.testClips >= 0 && c.eval.testClips <= 1000, "eval.test_clips",
            "must be 0 (the model's protocol) or a number of clips");
    require(c.eval.testCrops == 0 || c.eval.testCrops == 1 || c.eval.testCrops == 3 ||
                c.eval.testCrops == 10,
            "eval.test_crops", "must be 0 (the model's protocol), 1, 3 or 10");
    require(c.run.threads >= 0 && c.run.threads <= 1024, "run.threads",
            "must be 0 (all cores) or a positive count");
    require(c.run.workers >= 1 && c.run.workers <= 64, "run.workers", "must be between 1 and 64");
    const bool deviceOk = c.run.device == "auto" || c.run.device == "cpu" ||
                          c.run.device == "cuda" || c.run.device.rfind("cuda:", 0) == 0;
    require(deviceOk, "run.device", "must be auto, cpu, cuda or cuda:N");
    require(c.run.validateEvery >= 1, "run.validate_every", "must be at least 1");
    for (char ch : c.run.name)
        require(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.',
                "run.name", "may contain only letters, digits, '-', '_' and '.'");
    // One message per field is enough.
    std::vector<ConfigIssue> unique;
    std::set<std::string> seen;
    for (auto &issue : issues)
        if (seen.insert(issue.field + issue.message).second)
            unique.push_back(issue);
    return unique;
}

ExperimentConfig parseConfig(const std::string &yamlText, const std::string &sourceName)
{
    YAML::Node root;
    try {
        root = YAML::Load(yamlText);
    } catch (const YAML::ParserException &e) {
        throw ConfigError(sourceName, {{"(syntax)", e.msg, e.mark.line + 1}});
    }
    ExperimentConfig config;
    if (!root || root.IsNull())
        throw ConfigError(sourceName, {{"(top level)", "the file is empty", 1}});
    std::vector<ConfigIssue> issues = readConfig(root, config);
    if (issues.empty()) {
        for (ConfigIssue issue : validateConfig(config)) {
            issue.line = lineOf(root, issue.field);
            issues.push_back(issue);
        }
    }
    if (!issues.empty())
        throw ConfigError(sourceName, std::move(issues));
    return config;
}

ExperimentConfig loadConfig(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw Error("config.unreadable", "Cannot read config file " + path, path);
    std::stringstream ss;
    ss << in.rdbuf();
    return parseConfig(ss.str(), path);
}

std::string configToYaml(const ExperimentConfig &c)
{
    YAML::Emitter out;
    auto key = [&out](const char *name) -> YAML::Emitter & { return out << YAML::Key << name << YAML::Value; };
    auto number = [&key](const char *name, double value) {
        key(name) << shortestNumberText(value);
    };
    auto triple = [&out](const std::array<double, 3> &v) {
        out << YAML::Flow << YAML::BeginSeq << shortestNumberText(v[0])
            << shortestNumberText(v[1]) << shortestNumberText(v[2]) << YAML::EndSeq;
    };
    auto swaps = [&out](const std::vector<ClassSwap> &list) {
        out << YAML::Flow << YAML::BeginSeq;
        for (const ClassSwap &swap : list)
            out << YAML::BeginSeq << swap.first << swap.second << YAML::EndSeq;
        out << YAML::EndSeq;
    };
    auto begin = [&key, &out](const char *name) { key(name) << YAML::BeginMap; };
    auto end = [&out] { out << YAML::EndMap; };

    out << YAML::BeginMap;
    begin("model");
    key("name") << c.model.name;
    key("num_classes") << c.model.numClasses;
    key("pretrained") << c.model.pretrained;
    number("dropout", c.model.dropout);
    key("zero_init_final_bn") << c.model.zeroInitFinalBn;
    end();
    begin("input");
    key("clip_length_frames") << c.input.clipLengthFrames;
    key("frame_interval") << c.input.frameInterval;
    key("short_side") << c.input.shortSide;
    key("crop_size") << c.input.cropSize;
    key("mean");
    triple(c.input.mean);
    key("std");
    triple(c.input.std);
    end();
    begin("augment");
    key("random_crop") << c.augment.randomCrop;
    key("horizontal_flip") << c.augment.horizontalFlip;
    key("flip_label_swaps");
    swaps(c.augment.flipLabelSwaps);
    key("time_reverse") << c.augment.timeReverse;
    key("reverse_label_swaps");
    swaps(c.augment.reverseLabelSwaps);
    begin("colour_jitter");
    number("brightness", c.augment.jitterBrightness);
    number("contrast", c.augment.jitterContrast);
    number("saturation", c.augment.jitterSaturation);
    number("hue", c.augment.jitterHue);
    end();
    number("mixup_alpha", c.augment.mixupAlpha);
    end();
    begin("data");
    key("project") << c.data.project;
    key("split") << c.data.split;
    key("cache_short_side") << c.data.cacheShortSide;
    key("background_class") << c.data.backgroundClass;
    end();
    begin("optim");
    key("epochs") << c.optim.epochs;
    key("batch_size") << c.optim.batchSize;
    key("optimizer") << c.optim.optimizer;
    number("lr", c.optim.lr);
    number("momentum", c.optim.momentum);
    key("nesterov") << c.optim.nesterov;
    number("weight_decay", c.optim.weightDecay);
    key("no_weight_decay_norm_bias") << c.optim.noWeightDecayNormBias;
    number("classifier_lr_mult", c.optim.classifierLrMult);
    number("classifier_bias_lr_mult", c.optim.classifierBiasLrMult);
    key("schedule") << c.optim.schedule;
    number("warmup_epochs", c.optim.warmupEpochs);
    number("warmup_start_lr", c.optim.warmupStartLr);
    number("min_lr", c.optim.minLr);
    key("milestones") << YAML::Flow << YAML::BeginSeq;
    for (double m : c.optim.milestones)
        out << shortestNumberText(m);
    out << YAML::EndSeq;
    number("gamma", c.optim.gamma);
    number("grad_clip_norm", c.optim.gradClipNorm);
    key("accumulate_steps") << c.optim.accumulateSteps;
    end();
    begin("loss");
    number("label_smoothing", c.loss.labelSmoothing);
    begin("distill");
    key("teacher_model") << c.loss.teacherModel;
    key("teacher_weights") << c.loss.teacherWeights;
    number("weight", c.loss.distillWeight);
    number("temperature", c.loss.distillTemperature);
    end();
    end();
    begin("tricks");
    key("precise_bn_batches") << c.tricks.preciseBnBatches;
    number("ema_decay", c.tricks.emaDecay);
    key("mixed_precision") << c.tricks.mixedPrecision;
    key("channels_last") << c.tricks.channelsLast;
    end();
    begin("checkpoint");
    key("every") << c.checkpoint.every;
    key("keep_last") << c.checkpoint.keepLast;
    key("keep_best") << c.checkpoint.keepBest;
    end();
    begin("eval");
    key("final_test") << c.eval.finalTest;
    key("test_clips") << c.eval.testClips;
    key("test_crops") << c.eval.testCrops;
    end();
    begin("run");
    key("name") << c.run.name;
    key("seed") << c.run.seed;
    key("threads") << c.run.threads;
    key("workers") << c.run.workers;
    key("device") << c.run.device;
    key("validate_every") << c.run.validateEvery;
    end();
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

void saveConfig(const ExperimentConfig &config, const std::string &path)
{
    writeFileAtomically(path, configToYaml(config));
}

} // namespace as
