// Tests of the config schema the config editor builds its form from: it covers exactly the
// fields configToYaml writes, reads and writes each of them, shows them as the YAML does, lists
// what differs from a preset, and agrees with validateConfig on choices and ranges.

#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include <QtTest>

#include "core/config/configio.h"
#include "core/config/configschema.h"
#include "core/models/modelregistry.h"
#include "core/project/demoproject.h"

using namespace as;

namespace {

/** The leaf paths of a YAML document in document order: nested maps become dotted paths. */
void leafPaths(const YAML::Node &node, const std::string &prefix, std::vector<std::string> &out)
{
    for (const auto &entry : node) {
        const std::string path = prefix + entry.first.as<std::string>();
        if (entry.second.IsMap())
            leafPaths(entry.second, path + ".", out);
        else
            out.push_back(path);
    }
}

/**
 * The value text of every leaf line of configToYaml's output ("  lr: 0.1" under "optim:"),
 * by indentation, so that fieldText is compared with the file's own characters.
 */
std::map<std::string, std::string> leafTexts(const std::string &yaml)
{
    std::map<std::string, std::string> texts;
    std::vector<std::pair<std::size_t, std::string>> open; // indent, key of enclosing maps
    std::istringstream in(yaml);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t indent = line.find_first_not_of(' ');
        const std::size_t colon = line.find(':', indent);
        if (indent == std::string::npos || colon == std::string::npos)
            continue;
        while (!open.empty() && open.back().first >= indent)
            open.pop_back();
        std::string path;
        for (const auto &entry : open)
            path += entry.second + ".";
        path += line.substr(indent, colon - indent);
        if (colon + 1 == line.size())
            open.emplace_back(indent, line.substr(indent, colon - indent));
        else
            texts[path] = line.substr(colon + 2);
    }
    return texts;
}

/** A valid config with no field at an extreme, from which each test changes one field. */
ExperimentConfig baseConfig()
{
    ExperimentConfig c = demoExperimentConfig("/p");
    c.loss.teacherWeights = "/t.pt"; // so that naming a teacher alone stays valid
    return c;
}

/** For each field, a valid value other than baseConfig's. */
std::map<std::string, ConfigValue> changedValues()
{
    using Pairs = std::vector<ClassSwap>;
    using Reals = std::vector<double>;
    const ExperimentConfig base = baseConfig();
    return {
        {"model.name", std::string("x3d_m")},
        {"model.num_classes", 7LL},
        {"model.pretrained", std::string("/w/x3d.pt")},
        {"model.dropout", 0.3},
        {"model.zero_init_final_bn", !base.model.zeroInitFinalBn},
        {"input.clip_length_frames", 6LL},
        {"input.frame_interval", 3LL},
        {"input.short_side", 64LL},
        {"input.crop_size", 40LL},
        {"input.mean", Reals {0.4, 0.5, 0.6}},
        {"input.std", Reals {0.2, 0.25, 0.3}},
        {"augment.random_crop", !base.augment.randomCrop},
        {"augment.horizontal_flip", !base.augment.horizontalFlip},
        {"augment.flip_label_swaps", Pairs {{"move_left", "move_right"}}},
        {"augment.time_reverse", !base.augment.timeReverse},
        {"augment.reverse_label_swaps", Pairs {{"grow", "shrink"}}},
        {"augment.colour_jitter.brightness", 0.4},
        {"augment.colour_jitter.contrast", 0.3},
        {"augment.colour_jitter.saturation", 0.2},
        {"augment.colour_jitter.hue", 0.1},
        {"augment.mixup_alpha", 0.2},
        {"data.project", std::string("/other project")},
        {"data.split", 2LL},
        {"data.cache_short_side", 96LL},
        {"data.background_class", true},
        {"optim.epochs", 40LL},
        {"optim.batch_size", 4LL},
        {"optim.optimizer", std::string("adamw")},
        {"optim.lr", 0.05},
        {"optim.momentum", 0.8},
        {"optim.nesterov", !base.optim.nesterov},
        {"optim.weight_decay", 1e-4},
        {"optim.no_weight_decay_norm_bias", !base.optim.noWeightDecayNormBias},
        {"optim.classifier_lr_mult", 5.0},
        {"optim.classifier_bias_lr_mult", 10.0},
        {"optim.schedule", std::string("cosine_annealing")},
        {"optim.warmup_epochs", 2.5},
        {"optim.warmup_start_lr", 0.001},
        {"optim.min_lr", 0.001},
        {"optim.milestones", Reals {10, 20.5}},
        {"optim.gamma", 0.5},
        {"optim.grad_clip_norm", 40.0},
        {"optim.accumulate_steps", 2LL},
        {"loss.label_smoothing", 0.1},
        {"loss.distill.teacher_model", std::string("x3d_m")},
        {"loss.distill.teacher_weights", std::string("/u.pt")},
        {"loss.distill.weight", 0.7},
        {"loss.distill.temperature", 2.0},
        {"tricks.precise_bn_batches", 10LL},
        {"tricks.ema_decay", 0.999},
        {"tricks.mixed_precision", !base.tricks.mixedPrecision},
        {"tricks.channels_last", !base.tricks.channelsLast},
        {"checkpoint.every", 2LL},
        {"checkpoint.keep_last", 3LL},
        {"checkpoint.keep_best", !base.checkpoint.keepBest},
        {"eval.final_test", !base.eval.finalTest},
        {"eval.test_clips", 5LL},
        {"eval.test_crops", 3LL},
        {"run.name", std::string("my-run.2")},
        {"run.seed", 1234567890123LL},
        {"run.threads", 3LL},
        {"run.workers", 3LL},
        {"run.device", std::string("cuda:1")},
        {"run.validate_every", 2LL},
    };
}

bool hasIssue(const ExperimentConfig &c, const std::string &field)
{
    for (const ConfigIssue &issue : validateConfig(c))
        if (issue.field == field)
            return true;
    return false;
}

/** Runs `action` and checks that it throws a config.field Error about `path`. */
void expectFieldError(const std::function<void()> &action, const std::string &path)
{
    try {
        action();
    } catch (const Error &e) {
        QCOMPARE(e.code(), std::string("config.field"));
        QCOMPARE(e.path(), path);
        QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
        return;
    }
    QFAIL(("no error for " + path).c_str());
}

} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaCoversEveryYamlKeyOnce()
    {
        std::vector<std::string> yamlPaths;
        leafPaths(YAML::Load(configToYaml(baseConfig())), "", yamlPaths);
        std::vector<std::string> schemaPaths;
        for (const ConfigField &field : configSchema())
            schemaPaths.push_back(field.path);
        // Both ways and in the same order: a field added to the config without a schema entry,
        // or a schema entry the YAML does not have, fails here.
        QCOMPARE(schemaPaths, yamlPaths);
        QCOMPARE(std::set<std::string>(schemaPaths.begin(), schemaPaths.end()).size(),
                 schemaPaths.size());

        std::vector<std::string> sectionKeys;
        for (const ConfigSection &section : configSections())
            sectionKeys.push_back(section.key);
        std::vector<std::string> yamlSections;
        for (const auto &entry : YAML::Load(configToYaml(baseConfig())))
            yamlSections.push_back(entry.first.as<std::string>());
        QCOMPARE(sectionKeys, yamlSections);
        for (const ConfigField &field : configSchema()) {
            QCOMPARE(field.path.substr(0, field.path.find('.')), field.section);
            QVERIFY2(!field.label.empty() && !field.help.empty(), field.path.c_str());
            QCOMPARE(findConfigField(field.path), &field);
        }
        QVERIFY(!findConfigField("optim.learning_rate"));
    }

    void everyFieldRoundTripsThroughYaml()
    {
        const ExperimentConfig base = baseConfig();
        QVERIFY(validateConfig(base).empty());
        const std::map<std::string, ConfigValue> values = changedValues();
        QCOMPARE(values.size(), configSchema().size());
        for (const ConfigField &field : configSchema()) {
            const auto it = values.find(field.path);
            QVERIFY2(it != values.end(), ("no test value for " + field.path).c_str());
            const ConfigValue &value = it->second;
            QVERIFY2(getField(base, field.path) != value, field.path.c_str());
            ExperimentConfig changed = base;
            setField(changed, field.path, value);
            QVERIFY2(getField(changed, field.path) == value, field.path.c_str());
            // setField touched that field and no other.
            QCOMPARE(differingFields(base, changed), std::vector<std::string> {field.path});
            try {
                const ExperimentConfig back = parseConfig(configToYaml(changed), field.path);
                QVERIFY2(getField(back, field.path) == value, field.path.c_str());
                QVERIFY2(differingFields(back, changed).empty(), field.path.c_str());
            } catch (const Error &e) {
                QFAIL(e.what());
            }
        }
    }

    void fieldTextIsTheYamlText()
    {
        ExperimentConfig c = baseConfig();
        for (const auto &[path, value] : changedValues())
            setField(c, path, value);
        c.model.pretrained.clear(); // an empty string, written ""
        c.input.mean = {0.5, 1.0, 0.25};
        for (const ExperimentConfig &config : {baseConfig(), c}) {
            const std::map<std::string, std::string> texts = leafTexts(configToYaml(config));
            QCOMPARE(texts.size(), configSchema().size());
            for (const ConfigField &field : configSchema())
                QCOMPARE(fieldText(getField(config, field.path)), texts.at(field.path));
        }
        QCOMPARE(fieldText(0.1), std::string("0.1"));
        QCOMPARE(fieldText(2.0), std::string("2.0"));
        QCOMPARE(fieldText(true), std::string("true"));
        QCOMPARE(fieldText(std::string()), std::string("\"\""));
        QCOMPARE(fieldText(std::vector<ClassSwap> {{"a", "b"}, {"c", "d"}}),
                 std::string("[[a, b], [c, d]]"));
    }

    void differingFieldsAgainstPreset()
    {
        const ExperimentConfig preset = loadConfig(std::string(ACTIONSTUDIO_SOURCE_DIR)
                                                   + "/resources/presets/pptsn_r50vd_k400.yaml");
        QVERIFY(differingFields(preset, preset).empty());
        ExperimentConfig edited = preset;
        setField(edited, "optim.lr", 0.02);
        setField(edited, "augment.mixup_alpha", 0.4);
        QCOMPARE(differingFields(preset, edited),
                 (std::vector<std::string> {"augment.mixup_alpha", "optim.lr"}));
        QCOMPARE(differingFields(edited, preset), differingFields(preset, edited));
        // Setting a field back to the preset's value makes it equal again.
        setField(edited, "optim.lr", getField(preset, "optim.lr"));
        QCOMPARE(differingFields(preset, edited), std::vector<std::string> {"augment.mixup_alpha"});
    }

    void setFieldRejectsUnknownPathsAndWrongTypes()
    {
        ExperimentConfig c = baseConfig();
        const ExperimentConfig before = c;
        expectFieldError([&] { setField(c, "optim.learning_rate", 0.1); }, "optim.learning_rate");
        expectFieldError([&] { getField(c, "optim"); }, "optim");
        expectFieldError([&] { setField(c, "optim.lr", std::string("0.1")); }, "optim.lr");
        expectFieldError([&] { setField(c, "optim.epochs", 3.0); }, "optim.epochs");
        expectFieldError([&] { setField(c, "model.name", 1LL); }, "model.name");
        expectFieldError([&] { setField(c, "optim.nesterov", 1LL); }, "optim.nesterov");
        expectFieldError(
            [&] {
                setField(c, "input.mean", std::vector<double> {0.5, 0.5});
            },
            "input.mean");
        expectFieldError([&] { setField(c, "augment.flip_label_swaps", std::vector<double> {}); },
                         "augment.flip_label_swaps");
        expectFieldError([&] { setField(c, "model.num_classes", 1LL << 40); }, "model.num_classes");
        expectFieldError([&] { setField(c, "run.seed", -1LL); }, "run.seed");
        QVERIFY(differingFields(before, c).empty());

        c.run.seed = ~0ULL; // valid YAML, but no long long
        expectFieldError([&] { getField(c, "run.seed"); }, "run.seed");
        QCOMPARE(differingFields(before, c), std::vector<std::string> {"run.seed"});
    }

    void choicesAgreeWithTheRegistryAndValidator()
    {
        QCOMPARE(findConfigField("model.name")->choices, modelNames());
        std::vector<std::string> teachers {""};
        for (const std::string &name : modelNames())
            teachers.push_back(name);
        QCOMPARE(findConfigField("loss.distill.teacher_model")->choices, teachers);
        QCOMPARE(findConfigField("eval.test_crops")->choices,
                 (std::vector<std::string> {"0", "1", "3", "10"}));

        for (const ConfigField &field : configSchema()) {
            if (field.type != FieldType::Choice && field.choices.empty())
                continue;
            QVERIFY2(!field.choices.empty(), field.path.c_str());
            for (const std::string &choice : field.choices) {
                ExperimentConfig c = baseConfig();
                if (field.type == FieldType::Int)
                    setField(c, field.path, std::stoll(choice));
                else
                    setField(c, field.path, choice);
                // Each model, as student or teacher, fed the clips of its own recipe.
                if (field.path == "loss.distill.teacher_model" && !choice.empty())
                    c.model.name = choice;
                if (field.path == "model.name" || field.path == "loss.distill.teacher_model")
                    QVERIFY(applyModelReferenceInput(c) || choice.empty());
                QVERIFY2(!hasIssue(c, field.path), (field.path + " = " + choice).c_str());
            }
            if (field.openChoice)
                continue;
            ExperimentConfig c = baseConfig();
            if (field.type == FieldType::Int)
                setField(c, field.path, 2LL);
            else
                setField(c, field.path, std::string("bogus"));
            QVERIFY2(hasIssue(c, field.path), field.path.c_str());
        }
    }

    void rangesAgreeWithValidator()
    {
        int checked = 0;
        for (const ConfigField &field : configSchema()) {
            if (field.type != FieldType::Int && field.type != FieldType::Real)
                continue;
            for (const bool lower : {true, false}) {
                const double bound = lower ? field.min : field.max;
                const bool exclusive = lower ? field.minExclusive : field.maxExclusive;
                if (std::isinf(bound) || field.path == "run.seed")
                    continue; // the seed's range is what a long long holds, not validated
                const double step = field.type == FieldType::Int ? 1.0 : 0.0;
                const double away = lower ? -kHuge : kHuge;
                const double outside = exclusive
                    ? bound
                    : (step > 0 ? bound + (lower ? -step : step) : std::nextafter(bound, away));
                const double inside = !exclusive
                    ? bound
                    : (step > 0 ? bound + (lower ? step : -step) : std::nextafter(bound, -away));
                QVERIFY2(!field.inRange(outside) && field.inRange(inside), field.path.c_str());
                const std::string what = field.path + (lower ? " min" : " max");
                ExperimentConfig c = baseConfig();
                set(c, field, outside);
                QVERIFY2(hasIssue(c, field.path), ("accepted outside: " + what).c_str());
                if (field.path == "input.short_side")
                    continue; // also at least input.crop_size
                c = baseConfig();
                set(c, field, inside);
                QVERIFY2(!hasIssue(c, field.path), ("rejected inside: " + what).c_str());
                ++checked;
            }
        }
        QVERIFY(checked > 40);

        // Element ranges of lists.
        ExperimentConfig c = baseConfig();
        QVERIFY(!findConfigField("input.std")->inRange(0.0));
        setField(c, "input.std", std::vector<double> {0.2, 0.0, 0.3});
        QVERIFY(hasIssue(c, "input.std"));
        c = baseConfig();
        QVERIFY(!findConfigField("optim.milestones")->inRange(0.0));
        setField(c, "optim.milestones", std::vector<double> {0.0, 5.0});
        QVERIFY(hasIssue(c, "optim.milestones"));
    }

    void modelReferenceInput()
    {
        ExperimentConfig c = baseConfig();
        setField(c, "model.name", std::string("c3d"));
        QVERIFY(hasIssue(c, "input.clip_length_frames") || hasIssue(c, "input.crop_size"));
        QVERIFY(applyModelReferenceInput(c));
        QCOMPARE(c.input.clipLengthFrames, referenceInputSpec("c3d").clipLengthFrames);
        QCOMPARE(c.input.cropSize, referenceInputSpec("c3d").cropSize);
        QVERIFY(validateConfig(c).empty());
        c.model.name = "nonexistent";
        const ExperimentConfig before = c;
        QVERIFY(!applyModelReferenceInput(c));
        QVERIFY(differingFields(before, c).empty());
    }

private:
    static constexpr double kHuge = 1e300;

    /** Sets an Int or Real field from a double. */
    static void set(ExperimentConfig &c, const ConfigField &field, double value)
    {
        if (field.type == FieldType::Int)
            setField(c, field.path, static_cast<long long>(value));
        else
            setField(c, field.path, value);
    }
};

QTEST_APPLESS_MAIN(TestConfigSchema)
#include "testconfigschema.moc"
