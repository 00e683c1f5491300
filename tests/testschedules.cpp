// Tests of the learning-rate schedules (each value against its closed form written out here)
// and of the optimiser's parameter groups: names, members, options, and a real SGD step that
// shows the classifier's multiplier reaches the update.

#include <cmath>
#include <string>
#include <vector>

#include <torch/torch.h>

#include <QtTest>

#include "core/common/error.h"
#include "core/config/experimentconfig.h"
#include "core/models/modelregistry.h"
#include "core/train/lrschedule.h"
#include "core/train/optimizerfactory.h"

using namespace as;

namespace {

constexpr double kPi = 3.14159265358979323846;
// Schedules are double arithmetic on values of order 0.1: anything beyond rounding is a bug.
constexpr double kLrTolerance = 1e-12;

bool near(double actual, double expected, double tolerance = kLrTolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

#define VERIFY_LR(actual, expected)                                                                \
    QVERIFY2(near((actual), (expected)),                                                           \
             (std::string(#actual) + " = " + std::to_string(actual) + ", expected "                \
              + std::to_string(expected))                                                          \
                 .c_str())

/** conv3d → batchnorm3d → linear to 7 classes, registered in that order. */
struct ToyNetImpl : torch::nn::Module
{
    static constexpr int kClasses = 7;
    ToyNetImpl()
    {
        conv = register_module("conv", torch::nn::Conv3d(torch::nn::Conv3dOptions(3, 4, 3)));
        bn = register_module("bn", torch::nn::BatchNorm3d(4));
        fc = register_module("fc", torch::nn::Linear(4, kClasses));
    }
    torch::Tensor forward(torch::Tensor x)
    {
        x = torch::relu(bn->forward(conv->forward(x))); // [N, 4, T, H, W]
        x = x.mean({2, 3, 4}); // [N, 4]
        return fc->forward(x); // [N, classes]
    }
    torch::nn::Conv3d conv {nullptr};
    torch::nn::BatchNorm3d bn {nullptr};
    torch::nn::Linear fc {nullptr};
};
TORCH_MODULE(ToyNet);

OptimConfig plainSgd()
{
    OptimConfig optim;
    optim.optimizer = "sgd";
    optim.lr = 0.02;
    optim.momentum = 0.9;
    optim.weightDecay = 1e-4;
    optim.classifierLrMult = 5.0;
    optim.classifierBiasLrMult = 10.0;
    return optim;
}

bool sameTensors(const std::vector<torch::Tensor> &actual,
                 const std::vector<torch::Tensor> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!actual[i].is_same(expected[i]))
            return false;
    return true;
}

} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warmupCosine()
    {
        // The SlowFast K400 recipe: 34 warm-up epochs from 0.01 to 0.1, cosine to 0 at 196.
        LrScheduleParams p;
        p.policy = "warmup_cosine";
        p.baseLr = 0.1;
        p.warmupStartLr = 0.01;
        p.warmupEpochs = 34;
        p.minLr = 0.0;
        p.epochs = 196;
        p.iterationsPerEpoch = 10;
        const LrSchedule s(p);

        VERIFY_LR(s.at(0), 0.01);
        VERIFY_LR(s.at(170), 0.055); // epoch 17: half-way up the line
        VERIFY_LR(s.at(5), 0.01 + 0.09 * 0.5 / 34.0); // epoch 0.5: stepped per iteration
        VERIFY_LR(s.at(339), 0.01 + 0.09 * 33.9 / 34.0); // last warm-up iteration
        VERIFY_LR(s.at(340), 0.1); // end of warm-up: the peak
        VERIFY_LR(s.at(1150), 0.05); // epoch 34 + 162 / 2: cos(π/2) = 0
        // Epoch 74.5: a quarter of the 162 cosine epochs done → 0.1 · ½ (1 + cos(π/4)).
        VERIFY_LR(s.at(745), 0.05 * (1.0 + std::sqrt(0.5)));
        // Last iteration, epoch 195.9.
        VERIFY_LR(s.at(1959), 0.05 * (1.0 + std::cos(kPi * 161.9 / 162.0)));
        QVERIFY(s.at(1959) > 0.0);
        VERIFY_LR(s.at(1960), 0.0); // past the end: held at minLr
        VERIFY_LR(s.at(100000), 0.0);
    }

    void warmupCosineWithoutWarmup()
    {
        LrScheduleParams p;
        p.policy = "warmup_cosine";
        p.baseLr = 0.2;
        p.warmupStartLr = 0.01; // unused: 0 warm-up epochs means none
        p.warmupEpochs = 0;
        p.minLr = 0.002;
        p.epochs = 4;
        p.iterationsPerEpoch = 5;
        const LrSchedule s(p);
        VERIFY_LR(s.at(0), 0.2);
        VERIFY_LR(s.at(10), 0.002 + 0.198 * 0.5);
        VERIFY_LR(s.at(20), 0.002);
    }

    void cosineAnnealing()
    {
        // X3D-like: one cosine from 0.4 at epoch 0 to the floor 1e-3 at 300, the first 35
        // epochs replaced by a line from 0.01 to the cosine's value at 35.
        LrScheduleParams p;
        p.policy = "cosine_annealing";
        p.baseLr = 0.4;
        p.warmupStartLr = 0.01;
        p.warmupEpochs = 35;
        p.minLr = 1e-3;
        p.epochs = 300;
        p.iterationsPerEpoch = 10;
        const LrSchedule s(p);
        const auto c
            = [](double e) { return 1e-3 + 0.399 * 0.5 * (1.0 + std::cos(kPi * e / 300.0)); };

        VERIFY_LR(s.at(0), 0.01);
        VERIFY_LR(s.at(175), 0.01 + (c(35) - 0.01) * 0.5); // mid warm-up
        VERIFY_LR(s.at(349), 0.01 + (c(35) - 0.01) * 34.9 / 35.0);
        VERIFY_LR(s.at(350), c(35)); // end of warm-up meets the cosine
        QVERIFY(c(35) < 0.4); // ... below the peak, unlike warmup_cosine
        VERIFY_LR(s.at(1500), 1e-3 + 0.1995); // epoch 150: cos(π/2) = 0
        VERIFY_LR(s.at(2000), c(200));
        VERIFY_LR(s.at(2999), c(299.9));
        VERIFY_LR(s.at(3000), 1e-3); // the floor at the end
        VERIFY_LR(s.at(3500), 1e-3);
    }

    void multistep()
    {
        LrScheduleParams p;
        p.policy = "multistep";
        p.baseLr = 0.1;
        p.warmupEpochs = 0;
        p.milestones = {30, 60};
        p.gamma = 0.1;
        p.epochs = 90;
        p.iterationsPerEpoch = 10;
        const LrSchedule s(p);

        VERIFY_LR(s.at(0), 0.1);
        VERIFY_LR(s.at(150), 0.1);
        VERIFY_LR(s.at(299), 0.1); // just before the first milestone
        VERIFY_LR(s.at(300), 0.01); // at it: decayed
        VERIFY_LR(s.at(450), 0.01);
        VERIFY_LR(s.at(599), 0.01);
        VERIFY_LR(s.at(600), 0.001); // second milestone
        VERIFY_LR(s.at(899), 0.001);
        VERIFY_LR(s.at(900), 0.001); // past the end
        VERIFY_LR(s.at(5000), 0.001);

        // The same with a 5-epoch warm-up from 0.01.
        p.warmupEpochs = 5;
        p.warmupStartLr = 0.01;
        const LrSchedule w(p);
        VERIFY_LR(w.at(0), 0.01);
        VERIFY_LR(w.at(25), 0.055);
        VERIFY_LR(w.at(49), 0.01 + 0.09 * 4.9 / 5.0);
        VERIFY_LR(w.at(50), 0.1);
        VERIFY_LR(w.at(299), 0.1);
        VERIFY_LR(w.at(300), 0.01);
        VERIFY_LR(w.at(599), 0.01);
        VERIFY_LR(w.at(600), 0.001);
    }

    void multistepFractionalMilestone()
    {
        // Milestones in epochs, reached at iteration granularity; order does not matter.
        LrScheduleParams p;
        p.policy = "multistep";
        p.baseLr = 1.0;
        p.warmupEpochs = 0;
        p.milestones = {3.0, 1.5};
        p.gamma = 0.5;
        p.epochs = 4;
        p.iterationsPerEpoch = 4;
        const LrSchedule s(p);
        VERIFY_LR(s.at(5), 1.0); // epoch 1.25
        VERIFY_LR(s.at(6), 0.5); // epoch 1.5
        VERIFY_LR(s.at(11), 0.5); // epoch 2.75
        VERIFY_LR(s.at(12), 0.25); // epoch 3
    }

    void unknownPolicyThrows()
    {
        LrScheduleParams p;
        p.policy = "exponential";
        try {
            LrSchedule s(p);
            QFAIL("no error for an unknown schedule");
        } catch (const Error &e) {
            QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("config.field"));
            QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("optim.schedule"));
        }
    }

    void scheduleFromConfigMapsEveryField()
    {
        OptimConfig optim;
        optim.schedule = "multistep";
        optim.lr = 0.3;
        optim.warmupEpochs = 2.5;
        optim.warmupStartLr = 0.003;
        optim.minLr = 0.0007;
        optim.milestones = {4, 7};
        optim.gamma = 0.2;
        optim.epochs = 9;
        const LrSchedule s = scheduleFromConfig(optim, 6);
        const LrScheduleParams &p = s.params();
        QCOMPARE(p.policy, std::string("multistep"));
        QCOMPARE(p.baseLr, 0.3);
        QCOMPARE(p.warmupEpochs, 2.5);
        QCOMPARE(p.warmupStartLr, 0.003);
        QCOMPARE(p.minLr, 0.0007);
        QCOMPARE(p.milestones, (std::vector<double> {4, 7}));
        QCOMPARE(p.gamma, 0.2);
        QCOMPARE(p.epochs, 9);
        QCOMPARE(p.iterationsPerEpoch, std::int64_t(6));

        LrScheduleParams byHand;
        byHand.policy = "multistep";
        byHand.baseLr = 0.3;
        byHand.warmupEpochs = 2.5;
        byHand.warmupStartLr = 0.003;
        byHand.milestones = {4, 7};
        byHand.gamma = 0.2;
        byHand.epochs = 9;
        byHand.iterationsPerEpoch = 6;
        const LrSchedule hand(byHand);
        for (std::int64_t step = 0; step <= 60; ++step)
            VERIFY_LR(s.at(step), hand.at(step));
        VERIFY_LR(s.at(6), 0.003 + (0.3 - 0.003) * 1.0 / 2.5); // epoch 1 of the warm-up
        VERIFY_LR(s.at(24), 0.3 * 0.2); // epoch 4
        VERIFY_LR(s.at(42), 0.3 * 0.2 * 0.2); // epoch 7

        // minLr and the cosine policies reach the schedule too.
        optim.schedule = "cosine_annealing";
        optim.warmupEpochs = 0;
        const LrSchedule cosine = scheduleFromConfig(optim, 6);
        VERIFY_LR(cosine.at(54), 0.0007);
        VERIFY_LR(cosine.at(27), 0.0007 + (0.3 - 0.0007) * 0.5); // epoch 4.5 of 9
    }

    void classifierNamesOfToyNet()
    {
        ToyNet net;
        QCOMPARE(classifierParameterNames(*net, 7),
                 (std::vector<std::string> {"fc.weight", "fc.bias"}));
        QVERIFY(classifierParameterNames(*net, 99).empty());
        // With 4 "classes" only conv.weight [4, 3, 3, 3, 3] qualifies (bn.weight is 1-D).
        QCOMPARE(classifierParameterNames(*net, 4),
                 (std::vector<std::string> {"conv.weight", "conv.bias"}));
        // Of two candidates the last registered wins; a bias-free classifier has no bias name.
        torch::nn::Sequential twoHeads(
            torch::nn::Linear(3, 5), torch::nn::Linear(torch::nn::LinearOptions(5, 5).bias(false)));
        QCOMPARE(classifierParameterNames(*twoHeads, 5), (std::vector<std::string> {"1.weight"}));
        QVERIFY(isNormOrBias("bn.weight", net->bn->weight));
        QVERIFY(isNormOrBias("conv.bias", net->conv->bias));
        QVERIFY(!isNormOrBias("conv.weight", net->conv->weight));
        QVERIFY(!isNormOrBias("fc.weight", net->fc->weight));
    }

    void groupsAndMultipliers()
    {
        ToyNet net;
        OptimConfig optim = plainSgd();
        optim.nesterov = true;
        OptimizerSetup setup = makeOptimizer(*net, ToyNetImpl::kClasses, optim);
        QVERIFY(dynamic_cast<torch::optim::SGD *>(setup.optimizer.get()) != nullptr);
        QCOMPARE(setup.groupNames,
                 (std::vector<std::string> {"backbone", "classifier_weight", "classifier_bias"}));
        QCOMPARE(setup.lrMultipliers, (std::vector<double> {1.0, 5.0, 10.0}));
        auto &groups = setup.optimizer->param_groups();
        QCOMPARE(groups.size(), std::size_t(3));
        QVERIFY(sameTensors(groups[0].params(),
                            {net->conv->weight, net->conv->bias, net->bn->weight, net->bn->bias}));
        QVERIFY(sameTensors(groups[1].params(), {net->fc->weight}));
        QVERIFY(sameTensors(groups[2].params(), {net->fc->bias}));

        setLearningRate(setup, 0.02);
        VERIFY_LR(groups[0].options().get_lr(), 0.02);
        VERIFY_LR(groups[1].options().get_lr(), 0.1);
        VERIFY_LR(groups[2].options().get_lr(), 0.2);
        setLearningRate(setup, 0.001);
        VERIFY_LR(groups[1].options().get_lr(), 0.005);
        VERIFY_LR(groups[2].options().get_lr(), 0.01);

        for (auto &group : groups) {
            auto *options = dynamic_cast<torch::optim::SGDOptions *>(&group.options());
            QVERIFY(options != nullptr);
            QVERIFY(options->nesterov());
            QCOMPARE(options->momentum(), 0.9);
            // Without no_weight_decay_norm_bias every group keeps the decay.
            QCOMPARE(options->weight_decay(), 1e-4);
        }
    }

    void noWeightDecayNormBias()
    {
        ToyNet net;
        OptimConfig optim = plainSgd();
        optim.noWeightDecayNormBias = true;
        OptimizerSetup setup = makeOptimizer(*net, ToyNetImpl::kClasses, optim);
        QCOMPARE(setup.groupNames,
                 (std::vector<std::string> {"backbone", "norm_bias", "classifier_weight",
                                            "classifier_bias"}));
        QCOMPARE(setup.lrMultipliers, (std::vector<double> {1.0, 1.0, 5.0, 10.0}));
        auto &groups = setup.optimizer->param_groups();
        QCOMPARE(groups.size(), std::size_t(4));
        QVERIFY(sameTensors(groups[0].params(), {net->conv->weight}));
        QVERIFY(sameTensors(groups[1].params(), {net->conv->bias, net->bn->weight, net->bn->bias}));
        QVERIFY(sameTensors(groups[2].params(), {net->fc->weight}));
        QVERIFY(sameTensors(groups[3].params(), {net->fc->bias}));
        const std::vector<double> decays {1e-4, 0.0, 1e-4, 0.0};
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const auto &options = dynamic_cast<torch::optim::SGDOptions &>(groups[i].options());
            QCOMPARE(options.weight_decay(), decays[i]);
            QVERIFY(!options.nesterov());
        }
        setLearningRate(setup, 0.02);
        VERIFY_LR(groups[1].options().get_lr(), 0.02);
        VERIFY_LR(groups[3].options().get_lr(), 0.2);
    }

    void noClassifierMeansOneBackboneGroup()
    {
        ToyNet net;
        OptimizerSetup setup = makeOptimizer(*net, 99, plainSgd());
        QCOMPARE(setup.groupNames, (std::vector<std::string> {"backbone"}));
        QCOMPARE(setup.lrMultipliers, (std::vector<double> {1.0}));
        QCOMPARE(setup.optimizer->param_groups()[0].params().size(), std::size_t(6));
    }

    void frozenParametersAreLeftOut()
    {
        ToyNet net;
        net->conv->weight.set_requires_grad(false);
        OptimizerSetup setup = makeOptimizer(*net, ToyNetImpl::kClasses, plainSgd());
        QVERIFY(sameTensors(setup.optimizer->param_groups()[0].params(),
                            {net->conv->bias, net->bn->weight, net->bn->bias}));
    }

    void adamwGetsTheGroups()
    {
        ToyNet net;
        OptimConfig optim = plainSgd();
        optim.optimizer = "adamw";
        optim.momentum = 0.85;
        optim.weightDecay = 0.05;
        optim.noWeightDecayNormBias = true;
        OptimizerSetup setup = makeOptimizer(*net, ToyNetImpl::kClasses, optim);
        QVERIFY(dynamic_cast<torch::optim::AdamW *>(setup.optimizer.get()) != nullptr);
        QCOMPARE(setup.groupNames.size(), std::size_t(4));
        auto &groups = setup.optimizer->param_groups();
        setLearningRate(setup, 0.02);
        const std::vector<double> lrs {0.02, 0.02, 0.1, 0.2};
        const std::vector<double> decays {0.05, 0.0, 0.05, 0.0};
        for (std::size_t i = 0; i < groups.size(); ++i) {
            auto *options = dynamic_cast<torch::optim::AdamWOptions *>(&groups[i].options());
            QVERIFY(options != nullptr);
            VERIFY_LR(options->lr(), lrs[i]);
            QCOMPARE(options->weight_decay(), decays[i]);
            QCOMPARE(std::get<0>(options->betas()), 0.85);
            QCOMPARE(std::get<1>(options->betas()), 0.999);
        }
    }

    void sgdStepUsesTheMultipliers()
    {
        // Plain SGD (no momentum, no decay): each parameter moves by exactly −lr × mult × grad.
        torch::manual_seed(7);
        ToyNet net;
        OptimConfig optim = plainSgd();
        optim.momentum = 0.0;
        optim.weightDecay = 0.0;
        OptimizerSetup setup = makeOptimizer(*net, ToyNetImpl::kClasses, optim);
        setLearningRate(setup, 0.02);

        const torch::Tensor clips = torch::randn({2, 3, 4, 5, 5}); // [N, C, T, H, W]
        const torch::Tensor labels = torch::tensor({1, 4}, torch::kLong);
        const torch::Tensor fcWeight = net->fc->weight.detach().clone();
        const torch::Tensor fcBias = net->fc->bias.detach().clone();
        const torch::Tensor convWeight = net->conv->weight.detach().clone();
        setup.optimizer->zero_grad();
        torch::nn::functional::cross_entropy(net->forward(clips), labels).backward();
        const torch::Tensor gWeight = net->fc->weight.grad().clone();
        const torch::Tensor gBias = net->fc->bias.grad().clone();
        const torch::Tensor gConv = net->conv->weight.grad().clone();
        QVERIFY(gWeight.abs().max().item<double>() > 1e-3);
        QVERIFY(gBias.abs().max().item<double>() > 1e-3);
        setup.optimizer->step();

        // float32 update of values of order 1: 1e-6 is rounding; a wrong multiplier (e.g. ×1
        // instead of ×5) would be off by 4 × 0.02 × |grad| > 8e-5.
        const auto maxError = [](const torch::Tensor &after, const torch::Tensor &expected) {
            return (after.detach() - expected).abs().max().item<double>();
        };
        QVERIFY(maxError(net->fc->weight, fcWeight - 0.1 * gWeight) < 1e-6);
        QVERIFY(maxError(net->fc->bias, fcBias - 0.2 * gBias) < 1e-6);
        QVERIFY(maxError(net->conv->weight, convWeight - 0.02 * gConv) < 1e-6);
        QVERIFY(maxError(net->fc->weight, fcWeight - 0.02 * gWeight) > 1e-5);
    }

    void unknownOptimiserThrows()
    {
        ToyNet net;
        OptimConfig optim = plainSgd();
        optim.optimizer = "rmsprop";
        try {
            makeOptimizer(*net, ToyNetImpl::kClasses, optim);
            QFAIL("no error for an unknown optimiser");
        } catch (const Error &e) {
            QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("config.field"));
            QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("optim.optimizer"));
        }
    }

    void registryClassifierNames()
    {
        ModelBuildOptions x3d;
        x3d.name = "x3d_xs";
        x3d.numClasses = 5;
        x3d.clipLengthFrames = 4;
        x3d.cropSize = 32;
        const auto x3dModel = createModel(x3d);
        QCOMPARE(classifierParameterNames(*x3dModel, 5),
                 (std::vector<std::string> {"blocks.5.proj.weight", "blocks.5.proj.bias"}));

        ModelBuildOptions c3d;
        c3d.name = "c3d";
        c3d.numClasses = 5;
        const auto c3dModel = createModel(c3d);
        QCOMPARE(classifierParameterNames(*c3dModel, 5),
                 (std::vector<std::string> {"fc8.weight", "fc8.bias"}));
        OptimizerSetup setup = makeOptimizer(*c3dModel, 5, plainSgd());
        QCOMPARE(setup.groupNames,
                 (std::vector<std::string> {"backbone", "classifier_weight", "classifier_bias"}));
        QVERIFY(setup.optimizer->param_groups()[1].params()[0].is_same(
            c3dModel->named_parameters()["fc8.weight"]));
    }
};

QTEST_APPLESS_MAIN(TestSchedules)
#include "testschedules.moc"
