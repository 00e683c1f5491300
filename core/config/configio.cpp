#include "core/config/configio.h"

#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "core/common/fileutil.h"
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
                                         "augment, data, optim, run", root.Mark().line + 1});
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
    if (isKnownModel(c.model.name)) {
        // Fields the file leaves out take the named model's reference recipe, so that
        // "model: {name: tsn_r50}" is fed 224 px ImageNet-normalised frames, not X3D's input.
        const InputSpec spec = referenceInputSpec(c.model.name);
        c.input.clipLengthFrames = spec.clipLengthFrames;
        c.input.frameInterval = spec.frameInterval;
        c.input.shortSide = spec.shortSide;
        c.input.cropSize = spec.cropSize;
        c.input.mean = spec.mean;
        c.input.std = spec.std;
    }
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
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "data", issues), "data.", issues);
        r.read("project", c.data.project);
        r.read("split", c.data.split);
        r.read("cache_short_side", c.data.cacheShortSide);
        r.rejectUnknown();
    }
    {
        SectionReader r(section(root, "optim", issues), "optim.", issues);
        r.read("epochs", c.optim.epochs);
        r.read("batch_size", c.optim.batchSize);
        r.read("optimizer", c.optim.optimizer);
        r.read("lr", c.optim.lr);
        r.read("momentum", c.optim.momentum);
        r.read("weight_decay", c.optim.weightDecay);
        r.read("warmup_epochs", c.optim.warmupEpochs);
        r.read("warmup_start_lr", c.optim.warmupStartLr);
        r.read("min_lr", c.optim.minLr);
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
                                                 "run"};
    for (const auto &entry : root) {
        const std::string key = entry.first.as<std::string>();
        if (!kSections.count(key))
            issues.push_back({key, "unknown section (expected model, input, augment, data, "
                                   "optim or run)",
                              entry.first.Mark().line + 1});
    }
    return issues;
}

/** Finds the YAML line of a field path, so range errors point at the line too. */
int lineOf(const YAML::Node &root, const std::string &field)
{
    const auto dot = field.find('.');
    if (dot == std::string::npos || !root.IsMap())
        return 0;
    const YAML::Node sectionNode = root[field.substr(0, dot)];
    if (!sectionNode || !sectionNode.IsMap())
        return 0;
    const YAML::Node leaf = sectionNode[field.substr(dot + 1)];
    return leaf ? leaf.Mark().line + 1 : 0;
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
    auto triple = [&out](const std::array<double, 3> &v) {
        out << YAML::Flow << YAML::BeginSeq << v[0] << v[1] << v[2] << YAML::EndSeq;
    };
    auto swaps = [&out](const std::vector<ClassSwap> &list) {
        out << YAML::Flow << YAML::BeginSeq;
        for (const ClassSwap &swap : list)
            out << YAML::BeginSeq << swap.first << swap.second << YAML::EndSeq;
        out << YAML::EndSeq;
    };
    out << YAML::BeginMap;
    out << YAML::Key << "model" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << c.model.name;
    out << YAML::Key << "num_classes" << YAML::Value << c.model.numClasses;
    out << YAML::Key << "pretrained" << YAML::Value << c.model.pretrained;
    out << YAML::Key << "dropout" << YAML::Value << c.model.dropout;
    out << YAML::Key << "zero_init_final_bn" << YAML::Value << c.model.zeroInitFinalBn;
    out << YAML::EndMap;
    out << YAML::Key << "input" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "clip_length_frames" << YAML::Value << c.input.clipLengthFrames;
    out << YAML::Key << "frame_interval" << YAML::Value << c.input.frameInterval;
    out << YAML::Key << "short_side" << YAML::Value << c.input.shortSide;
    out << YAML::Key << "crop_size" << YAML::Value << c.input.cropSize;
    out << YAML::Key << "mean" << YAML::Value;
    triple(c.input.mean);
    out << YAML::Key << "std" << YAML::Value;
    triple(c.input.std);
    out << YAML::EndMap;
    out << YAML::Key << "augment" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "random_crop" << YAML::Value << c.augment.randomCrop;
    out << YAML::Key << "horizontal_flip" << YAML::Value << c.augment.horizontalFlip;
    out << YAML::Key << "flip_label_swaps" << YAML::Value;
    swaps(c.augment.flipLabelSwaps);
    out << YAML::Key << "time_reverse" << YAML::Value << c.augment.timeReverse;
    out << YAML::Key << "reverse_label_swaps" << YAML::Value;
    swaps(c.augment.reverseLabelSwaps);
    out << YAML::Key << "colour_jitter" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "brightness" << YAML::Value << c.augment.jitterBrightness;
    out << YAML::Key << "contrast" << YAML::Value << c.augment.jitterContrast;
    out << YAML::Key << "saturation" << YAML::Value << c.augment.jitterSaturation;
    out << YAML::Key << "hue" << YAML::Value << c.augment.jitterHue;
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::Key << "data" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "project" << YAML::Value << c.data.project;
    out << YAML::Key << "split" << YAML::Value << c.data.split;
    out << YAML::Key << "cache_short_side" << YAML::Value << c.data.cacheShortSide;
    out << YAML::EndMap;
    out << YAML::Key << "optim" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "epochs" << YAML::Value << c.optim.epochs;
    out << YAML::Key << "batch_size" << YAML::Value << c.optim.batchSize;
    out << YAML::Key << "optimizer" << YAML::Value << c.optim.optimizer;
    out << YAML::Key << "lr" << YAML::Value << c.optim.lr;
    out << YAML::Key << "momentum" << YAML::Value << c.optim.momentum;
    out << YAML::Key << "weight_decay" << YAML::Value << c.optim.weightDecay;
    out << YAML::Key << "warmup_epochs" << YAML::Value << c.optim.warmupEpochs;
    out << YAML::Key << "warmup_start_lr" << YAML::Value << c.optim.warmupStartLr;
    out << YAML::Key << "min_lr" << YAML::Value << c.optim.minLr;
    out << YAML::EndMap;
    out << YAML::Key << "run" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << c.run.name;
    out << YAML::Key << "seed" << YAML::Value << c.run.seed;
    out << YAML::Key << "threads" << YAML::Value << c.run.threads;
    out << YAML::Key << "workers" << YAML::Value << c.run.workers;
    out << YAML::Key << "device" << YAML::Value << c.run.device;
    out << YAML::Key << "validate_every" << YAML::Value << c.run.validateEvery;
    out << YAML::EndMap;
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

void saveConfig(const ExperimentConfig &config, const std::string &path)
{
    writeFileAtomically(path, configToYaml(config));
}

} // namespace as
