// Tests of the experiment config: YAML round trip, per-field validation with line numbers,
// and the presets shipped in resources/presets.

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QtTest>

#include "core/config/configio.h"
#include "core/data/datapipeline.h"
#include "core/models/modelregistry.h"
#include "core/project/demoproject.h"
#include "testutil.h"

using namespace as;

class TestConfig : public QObject
{
    Q_OBJECT

private:
    static const ConfigIssue *find(const ConfigError &e, const std::string &field)
    {
        for (const ConfigIssue &i : e.issues())
            if (i.field == field)
                return &i;
        return nullptr;
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        ExperimentConfig c = demoExperimentConfig("/tmp/p");
        c.model.name = "c3d";
        c.input.clipLengthFrames = 16;  // the one input C3D takes
        c.input.cropSize = 112;
        c.input.shortSide = 128;
        c.input.mean = {0.1, 0.2, 0.3};
        c.optim.lr = 0.0125;
        c.run.seed = 1234567890123ULL;
        c.augment.horizontalFlip = true;
        c.optim.optimizer = "adamw";
        c.model.zeroInitFinalBn = false;
        c.augment.flipLabelSwaps = {{"move_left", "move_right"}};
        c.augment.timeReverse = !c.augment.timeReverse;
        c.augment.reverseLabelSwaps = {{"grow", "shrink"}, {"move_up", "move_down"}};
        const ExperimentConfig back = parseConfig(configToYaml(c), "mem");
        QCOMPARE(configToYaml(back), configToYaml(c));
        QCOMPARE(back.model.name, std::string("c3d"));
        QCOMPARE(back.input.mean[2], 0.3);
        QCOMPARE(back.optim.lr, 0.0125);
        QCOMPARE(back.run.seed, 1234567890123ULL);
        QVERIFY(back.augment.horizontalFlip);
        QCOMPARE(back.optim.optimizer, std::string("adamw"));
        QVERIFY(!back.model.zeroInitFinalBn);
        QCOMPARE(back.augment.timeReverse, c.augment.timeReverse);
        QCOMPARE(back.augment.reverseLabelSwaps, c.augment.reverseLabelSwaps);
        QCOMPARE(back.augment.flipLabelSwaps.size(), std::size_t(1));
        QCOMPARE(back.augment.flipLabelSwaps[0].second, std::string("move_right"));
    }

    void recipeFieldsRoundTrip()
    {
        // Every field of the training-engine sections survives YAML both ways.
        ExperimentConfig c = demoExperimentConfig("/tmp/p");
        c.augment.mixupAlpha = 0.2;
        c.optim.nesterov = true;
        c.optim.noWeightDecayNormBias = true;
        c.optim.classifierLrMult = 5;
        c.optim.classifierBiasLrMult = 10;
        c.optim.schedule = "multistep";
        c.optim.milestones = {30, 60};
        c.optim.gamma = 0.2;
        c.optim.gradClipNorm = 40;
        c.optim.accumulateSteps = 4;
        c.optim.epochs = 90;
        c.loss.labelSmoothing = 0.1;
        c.loss.teacherModel = "x3d_m";
        c.loss.teacherWeights = "/w/teacher.pt";
        c.loss.distillWeight = 0.7;
        c.loss.distillTemperature = 2.5;
        c.tricks.preciseBnBatches = 200;
        c.tricks.emaDecay = 0.9998;
        c.tricks.mixedPrecision = true;
        c.tricks.channelsLast = true;
        c.checkpoint.every = 5;
        c.checkpoint.keepLast = 3;
        c.checkpoint.keepBest = false;
        c.eval.finalTest = false;
        c.eval.testClips = 25;
        c.eval.testCrops = 10;
        const std::string yaml = configToYaml(c);
        const ExperimentConfig back = parseConfig(yaml, "mem");
        QCOMPARE(configToYaml(back), yaml);
        QCOMPARE(back.augment.mixupAlpha, 0.2);
        QVERIFY(back.optim.nesterov && back.optim.noWeightDecayNormBias);
        QCOMPARE(back.optim.classifierBiasLrMult, 10.0);
        QCOMPARE(back.optim.milestones, (std::vector<double>{30, 60}));
        QCOMPARE(back.optim.accumulateSteps, 4);
        QCOMPARE(back.loss.teacherModel, std::string("x3d_m"));
        QCOMPARE(back.loss.distillTemperature, 2.5);
        QCOMPARE(back.tricks.emaDecay, 0.9998);
        QVERIFY(back.tricks.channelsLast && !back.checkpoint.keepBest && !back.eval.finalTest);
        QCOMPARE(back.eval.testCrops, 10);
        // Numbers are written as the shortest text that reads back exactly: 0.1, not
        // 0.10000000000000001, and 1/3 still comes back bit for bit.
        QVERIFY2(yaml.find("label_smoothing: 0.1\n") != std::string::npos, yaml.c_str());
        c.optim.lr = 1.0 / 3.0;
        QCOMPARE(parseConfig(configToYaml(c), "mem").optim.lr, 1.0 / 3.0);
    }

    void recipeFieldErrorsAreNamed()
    {
        // Range errors: found once the file reads; a misspelt nested key is found while
        // reading, so it is reported alone, with its line.
        const std::string ranges = "optim:\n"
                                   "  schedule: step\n"
                                   "  accumulate_steps: 0\n"
                                   "loss:\n"
                                   "  label_smoothing: 1.5\n"
                                   "  distill:\n"
                                   "    teacher_model: x3d_q\n"
                                   "eval:\n"
                                   "  test_crops: 5\n";
        std::string misspelt = ranges;
        misspelt.insert(misspelt.find("eval:"), "    temprature: 3\n");
        try {
            parseConfig(misspelt, "bad.yaml");
            QFAIL("a bad config was accepted");
        } catch (const ConfigError &e) {
            QVERIFY(find(e, "loss.distill.temprature"));
            QCOMPARE(find(e, "loss.distill.temprature")->line, 8);
        }
        try {
            parseConfig(ranges, "bad.yaml");
            QFAIL("a bad config was accepted");
        } catch (const ConfigError &e) {
            for (const char *field : {"optim.schedule", "optim.accumulate_steps",
                                      "loss.label_smoothing", "loss.distill.teacher_model",
                                      "loss.distill.teacher_weights", "eval.test_crops"})
                QVERIFY2(find(e, field), field);
            QCOMPARE(find(e, "optim.schedule")->line, 2);
            QCOMPARE(find(e, "loss.distill.teacher_model")->line, 7);  // nested fields too
            QCOMPARE(find(e, "eval.test_crops")->line, 9);
        }
        ExperimentConfig c;
        c.optim.schedule = "multistep";
        c.optim.epochs = 10;
        c.optim.milestones = {8, 4};
        c.optim.nesterov = true;
        c.optim.optimizer = "adamw";
        std::vector<std::string> fields;
        for (const ConfigIssue &i : validateConfig(c))
            fields.push_back(i.field);
        QVERIFY(std::count(fields.begin(), fields.end(), "optim.milestones") >= 1);
        QVERIFY(std::count(fields.begin(), fields.end(), "optim.nesterov") == 1);

        // Inputs a model cannot take are caught before training: C3D's fixed fc6, SlowFast's
        // alpha, TSM's test segments.
        auto problems = [](const ExperimentConfig &config) {
            std::vector<std::string> found;
            for (const ConfigIssue &i : validateConfig(config))
                found.push_back(i.field);
            return found;
        };
        ExperimentConfig c3d;
        c3d.model.name = "c3d";
        c3d.input.clipLengthFrames = 8;
        c3d.input.cropSize = 64;
        c3d.input.shortSide = 72;
        const auto c3dFields = problems(c3d);
        QVERIFY(std::count(c3dFields.begin(), c3dFields.end(), "input.clip_length_frames") == 1);
        QVERIFY(std::count(c3dFields.begin(), c3dFields.end(), "input.crop_size") == 1);
        ExperimentConfig slowfast;
        slowfast.model.name = "slowfast_r50_4x16";
        slowfast.input.clipLengthFrames = 20;
        QVERIFY(problems(slowfast) == std::vector<std::string>{"input.clip_length_frames"});
        ExperimentConfig tsm;
        tsm.model.name = "tsm_mobilenetv2";
        tsm.input.clipLengthFrames = 8;
        tsm.eval.testClips = 2;
        QVERIFY(problems(tsm) == std::vector<std::string>{"eval.test_clips"});
        tsm.eval.testClips = 8;
        QVERIFY(problems(tsm).empty());
    }

    void badLabelSwapsAreNamed()
    {
        // Not pairs (line 3), then a class in two pairs and a class paired with itself.
        const std::string shape = "augment:\n"
                                  "  time_reverse: true\n"
                                  "  reverse_label_swaps: [[grow, shrink, still]]\n";
        try {
            parseConfig(shape, "swaps.yaml");
            QFAIL("a triple was accepted as a pair");
        } catch (const ConfigError &e) {
            QVERIFY(find(e, "augment.reverse_label_swaps"));
            QCOMPARE(find(e, "augment.reverse_label_swaps")->line, 3);
        }
        const std::string twice = "augment:\n"
                                  "  flip_label_swaps: [[a, b], [b, c]]\n"
                                  "  reverse_label_swaps: [[d, d]]\n";
        try {
            parseConfig(twice, "swaps.yaml");
            QFAIL("overlapping swaps were accepted");
        } catch (const ConfigError &e) {
            const std::string message = e.what();
            QVERIFY(find(e, "augment.flip_label_swaps"));
            QCOMPARE(find(e, "augment.flip_label_swaps")->line, 2);
            QVERIFY(message.find("'b' appears in more than one pair") != std::string::npos);
            QVERIFY(find(e, "augment.reverse_label_swaps"));
            QVERIFY(message.find("'d' is paired with itself") != std::string::npos);
        }
    }

    void missingFieldsTakeDefaults()
    {
        const ExperimentConfig c = parseConfig("model:\n  name: x3d_xs\n", "mem");
        QCOMPARE(c.optim.momentum, ExperimentConfig().optim.momentum);
        QCOMPARE(c.input.cropSize, 160);
    }

    /** Input fields a file leaves out come from the named model's reference recipe. */
    void inputDefaultsFollowTheModel()
    {
        const ExperimentConfig tsn = parseConfig("model:\n  name: tsn_r50\n", "mem");
        QCOMPARE(tsn.input.cropSize, 224);
        QCOMPARE(tsn.input.shortSide, 256);
        QCOMPARE(tsn.input.clipLengthFrames, 3);  // 3 segments × 1 frame
        QCOMPARE(tsn.input.mean[0], 0.485);       // ImageNet
        QCOMPARE(tsn.input.std[2], 0.225);
        const ExperimentConfig slowFast =
            parseConfig("model:\n  name: slowfast_r50_4x16\ninput:\n  crop_size: 112\n", "mem");
        QCOMPARE(slowFast.input.clipLengthFrames, 32);
        QCOMPARE(slowFast.input.frameInterval, 2);
        QCOMPARE(slowFast.input.cropSize, 112);  // the file's value wins
        QCOMPARE(slowFast.input.mean[1], 0.45);
        // Every registered model is a valid model.name.
        for (const char *name : {"c3d", "tsn_vgg16", "pptsn_r50vd", "tsm_mobilenetv2",
                                 "slowfast_r50_8x8", "x3d_l"}) {
            const ExperimentConfig c =
                parseConfig(std::string("model:\n  name: ") + name + "\n", "mem");
            QCOMPARE(c.model.name, std::string(name));
        }
    }

    void colourJitterIsReadCheckedAndFed()
    {
        const ExperimentConfig c = parseConfig(
            "augment:\n  colour_jitter: {brightness: 0.4, contrast: 0.3, saturation: 0.2, hue: 0.1}\n",
            "mem");
        QCOMPARE(c.augment.jitterBrightness, 0.4);
        QCOMPARE(c.augment.jitterHue, 0.1);
        const ExperimentConfig again = parseConfig(configToYaml(c), "again");
        QCOMPARE(again.augment.jitterContrast, 0.3);
        QCOMPARE(again.augment.jitterSaturation, 0.2);
        // The training pipeline gets the jitter; the test pipeline never does.
        const InputSpec spec = referenceInputSpec(c.model.name);
        QCOMPARE(buildDataPipeline(spec, c, true).transform.colourJitter.brightness, 0.4);
        QVERIFY(!buildDataPipeline(spec, c, false).transform.colourJitter.enabled());

        try {
            parseConfig("augment:\n  colour_jitter:\n    hue: 0.7\n    contrast: -1\n", "j.yaml");
            QFAIL("a bad jitter was accepted");
        } catch (const ConfigError &e) {
            QVERIFY(find(e, "augment.colour_jitter.hue"));
            QVERIFY(find(e, "augment.colour_jitter.contrast"));
        }
        try {
            parseConfig("augment:\n  colour_jitter:\n    hue: 0.1\n    brightnes: 0.1\n", "j.yaml");
            QFAIL("a misspelt jitter field was accepted");
        } catch (const ConfigError &e) {
            const ConfigIssue *typo = find(e, "augment.colour_jitter.brightnes");
            QVERIFY(typo);
            QCOMPARE(typo->line, 4);
        }
    }

    void everyBadFieldIsNamedWithItsLine()
    {
        const std::string yaml = "model:\n"
                                 "  name: resnet9000\n"       // line 2: unknown model
                                 "  num_clases: 10\n"         // line 3: typo
                                 "optim:\n"
                                 "  lr: fast\n"               // line 5: not a number
                                 "  epochs: 3\n"
                                 "bogus: 1\n";                // line 7: unknown section
        try {
            parseConfig(yaml, "bad.yaml");
            QFAIL("a bad config was accepted");
        } catch (const ConfigError &e) {
            const std::string message = e.what();
            QVERIFY(message.find("bad.yaml") != std::string::npos);
            const ConfigIssue *typo = find(e, "model.num_clases");
            QVERIFY(typo);
            QCOMPARE(typo->line, 3);
            const ConfigIssue *lr = find(e, "optim.lr");
            QVERIFY(lr);
            QCOMPARE(lr->line, 5);
            const ConfigIssue *section = find(e, "bogus");
            QVERIFY(section);
            QCOMPARE(section->line, 7);
        }
    }

    void rangeErrorsAreReportedTogether()
    {
        const std::string yaml = "model:\n  name: resnet9000\n"
                                 "input:\n  crop_size: 200\n  short_side: 100\n"
                                 "optim:\n  batch_size: 0\n  optimizer: adam\n";
        try {
            parseConfig(yaml, "range.yaml");
            QFAIL("a bad config was accepted");
        } catch (const ConfigError &e) {
            QVERIFY(find(e, "model.name"));
            QCOMPARE(find(e, "model.name")->line, 2);
            QVERIFY(find(e, "input.short_side"));
            QVERIFY(find(e, "optim.batch_size"));
            QCOMPARE(find(e, "optim.batch_size")->line, 7);
            QVERIFY(find(e, "optim.optimizer"));
            QCOMPARE(find(e, "optim.optimizer")->line, 8);
        }
    }

    void syntaxErrorNamesTheLine()
    {
        try {
            parseConfig("model:\n  name: [x3d\n", "syntax.yaml");
            QFAIL("broken YAML was accepted");
        } catch (const ConfigError &e) {
            QVERIFY(std::string(e.what()).find("syntax.yaml") != std::string::npos);
            QVERIFY(e.issues().front().line > 0);
        }
    }

    void missingAndEmptyFiles()
    {
        QVERIFY_THROWS_EXCEPTION(Error, loadConfig("/nonexistent/config.yaml"));
        QTemporaryDir dir;
        const std::string empty = test::path(dir, "empty.yaml");
        std::ofstream(empty).close();
        QVERIFY_THROWS_EXCEPTION(ConfigError, loadConfig(empty));
    }

    void saveIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        const std::string file = test::path(dir, "c.yaml");
        saveConfig(demoExperimentConfig("/p"), file);
        QCOMPARE(loadConfig(file).model.name, std::string("x3d_xs"));
        // no temporary files left behind
        int files = 0;
        for (const auto &e : std::filesystem::directory_iterator(test::path(dir)))
            files += e.is_regular_file() ? 1 : 0;
        QCOMPARE(files, 1);
    }

    void demoPresetIsTheDemoRecipe()
    {
        // The app's demo project and resources/presets/x3d_xs_synthmotion.yaml must not drift.
        ExperimentConfig preset = loadConfig(std::string(ACTIONSTUDIO_SOURCE_DIR)
                                             + "/resources/presets/x3d_xs_synthmotion.yaml");
        preset.data.project = "/p";
        QCOMPARE(configToYaml(preset), configToYaml(demoExperimentConfig("/p")));
    }

    void presetsLoadAndValidate()
    {
        const std::string presets = std::string(ACTIONSTUDIO_SOURCE_DIR) + "/resources/presets";
        int count = 0;
        for (const auto &entry : std::filesystem::directory_iterator(presets)) {
            if (entry.path().extension() != ".yaml")
                continue;
            const ExperimentConfig c = loadConfig(entry.path().string());
            QVERIFY2(validateConfig(c).empty(), entry.path().c_str());
            // Each preset says where its recipe comes from, in a comment at the top.
            std::ifstream in(entry.path());
            std::string first;
            std::getline(in, first);
            QVERIFY2(first.rfind("# ", 0) == 0, entry.path().c_str());
            ++count;
        }
        // The seed recipes of the issue and a SynthMotion quick preset per model family.
        QVERIFY(count >= 10);
    }
};

QTEST_APPLESS_MAIN(TestConfig)
#include "testconfig.moc"
