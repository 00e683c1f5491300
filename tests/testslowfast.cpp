// SlowFast R50: the LibTorch model against pytorchvideo's reference through shared/fixtures
// (state_dict keys, order, shapes, parameter counts), PySlowFast's PackPathway frame choice,
// shapes on tiny inputs, a training step, and the errors for bad input.

#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <torch/torch.h>

#include <QTest>

#include "core/common/error.h"
#include "core/models/flopcounter.h"
#include "core/models/modelregistry.h"
#include "core/models/slowfast.h"
#include "core/models/statedict.h"
#include "modelkeys.h"
#include "testutil.h"

using namespace as;
using as::test::keyLine;
using as::test::readLines;

namespace {

/** Runs `call` and returns the message of the `Error` it throws ("" when it does not throw). */
template<typename F> std::string errorMessage(F call)
{
    try {
        call();
    } catch (const Error &e) {
        return e.what();
    }
    return {};
}

std::int64_t stateDictNumel(const torch::nn::Module &model)
{
    std::int64_t numel = 0;
    for (const auto &[key, t] : moduleStateDict(model))
        numel += t.numel();
    return numel;
}

} // namespace

class TestSlowFast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(0);
        torch::set_num_threads(1);
    }

    void keysMatchReference_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("4x16") << "slowfast_r50_4x16";
        QTest::newRow("8x8") << "slowfast_r50_8x8";
    }
    /** Every key, in state_dict order, with its shape and dtype, BN buffers included. */
    void keysMatchReference()
    {
        QFETCH(QString, variant);
        const std::string name = variant.toStdString();
        const SlowFastImpl model(name == "slowfast_r50_4x16" ? SlowFastOptions::r50_4x16(400)
                                                             : SlowFastOptions::r50_8x8(400));
        const std::vector<std::string> expected = readLines(test::fixture(name + ".keys.txt"));
        QCOMPARE(expected.size(), size_t(662));
        const StateDict dict = moduleStateDict(model);
        QCOMPARE(dict.size(), expected.size());
        for (size_t i = 0; i < dict.size(); ++i) {
            const std::string line = keyLine(dict[i].first, dict[i].second);
            if (line != expected[i]) {
                const std::string msg = name + " line " + std::to_string(i + 1) + ": got '" + line
                    + "', expected '" + expected[i] + "'";
                QFAIL(msg.c_str());
            }
        }
    }

    void parameterCountsMatchReference()
    {
        const SlowFastImpl a(SlowFastOptions::r50_4x16(400));
        QCOMPARE(countParameters(a), std::int64_t(34480216));
        QCOMPARE(stateDictNumel(a), std::int64_t(34541014));
        const SlowFastImpl b(SlowFastOptions::r50_8x8(400));
        QCOMPARE(countParameters(b), std::int64_t(34566488));
        QCOMPARE(stateDictNumel(b), std::int64_t(34627286));
    }

    /**
     * Conv + linear multiply-adds equal the fixture's hook count (27.639 / 50.309 GMACs at
     * 224 px, slow 4 or 8 frames, fast 32), which checks every kernel size, stride and padding.
     * Counted at 32 px to stay fast: every feature map is then exactly 7x smaller per side than
     * at 224 (112/16, 56/8, 28/4, 14/2, 7/1), so conv MACs scale by exactly 49, while the
     * head's Linear runs once on the pooled 2304 features at both sizes.
     */
    void multiplyAddsMatchReference_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<double>("referenceGMacs");
        QTest::newRow("4x16") << "slowfast_r50_4x16" << 27.639;
        QTest::newRow("8x8") << "slowfast_r50_8x8" << 50.309;
    }
    void multiplyAddsMatchReference()
    {
        QFETCH(QString, variant);
        QFETCH(double, referenceGMacs);
        SlowFastImpl model(variant == QLatin1String("slowfast_r50_4x16")
                               ? SlowFastOptions::r50_4x16(400)
                               : SlowFastOptions::r50_8x8(400));
        model.eval();
        torch::NoGradGuard noGrad;
        FlopCounter counter;
        model.forward(torch::randn({1, 3, 32, 32, 32}));
        QCOMPARE(counter.linearMultiplyAdds(), std::int64_t(2304 * 400));
        const double at224
            = (49.0 * counter.convolutionMultiplyAdds() + counter.linearMultiplyAdds()) / 1e9;
        QVERIFY2(std::abs(at224 - referenceGMacs) < 0.0005, std::to_string(at224).c_str());
    }

    /** init_net_weights: c2_msra convs, BN 1/0 except the zero block-final BN, fc N(0, 0.01). */
    void initialisationFollowsPytorchvideo()
    {
        const SlowFastImpl model(SlowFastOptions::r50_4x16(400));
        int finalBns = 0;
        for (const auto &[key, t] : moduleStateDict(model)) {
            if (key.find("branch2.norm_c.weight") != std::string::npos) {
                QCOMPARE(t.abs().max().item<float>(), 0.0f);
                ++finalBns;
            } else if (key.find("norm") != std::string::npos && key.size() > 7
                       && key.compare(key.size() - 7, 7, ".weight") == 0) {
                QCOMPARE(t.min().item<float>(), 1.0f);
                QCOMPARE(t.max().item<float>(), 1.0f);
            } else if (key.find("norm") != std::string::npos
                       && key.find(".bias") != std::string::npos) {
                QCOMPARE(t.abs().max().item<float>(), 0.0f);
            }
        }
        QCOMPARE(finalBns, 2 * (3 + 4 + 6 + 3)); // one per bottleneck, both pathways
        const StateDict dict = moduleStateDict(model);
        for (const auto &[key, t] : dict) {
            if (key == "blocks.6.proj.weight")
                QVERIFY(std::abs(t.std().item<float>() - 0.01f) < 0.0005f);
            if (key == "blocks.6.proj.bias")
                QCOMPARE(t.abs().max().item<float>(), 0.0f);
            // kaiming normal, fan_out = 2048 outputs x 1x1x1: std sqrt(2 / 2048)
            if (key == "blocks.4.multipathway_blocks.0.res_blocks.0.branch1_conv.weight")
                QVERIFY(std::abs(t.std().item<float>() - std::sqrt(2.0f / 2048)) < 0.0005f);
        }
    }

    /** PySlowFast PackPathway: linspace(0, T - 1, T / alpha).long(). */
    void slowPathwayTakesPackPathwayFrames()
    {
        QCOMPARE(slowPathwayFrameIndices(32, 8), (std::vector<int64_t> {0, 10, 20, 31}));
        QCOMPARE(slowPathwayFrameIndices(32, 4),
                 (std::vector<int64_t> {0, 4, 8, 13, 17, 22, 26, 31}));
        QCOMPARE(slowPathwayFrameIndices(8, 8), (std::vector<int64_t> {0}));
        QCOMPARE(slowPathwayFrameIndices(16, 8), (std::vector<int64_t> {0, 15}));

        // Frame t of the fast clip holds the value t everywhere: the slow clip's frames must be
        // exactly the chosen ones, for every sample and channel.
        const torch::Tensor fast = torch::arange(32, torch::kFloat)
                                       .view({1, 1, 32, 1, 1})
                                       .expand({2, 3, 32, 5, 6})
                                       .contiguous(); // [N, 3, T, H, W]
        const torch::Tensor slow = packSlowPathway(fast, 8);
        QCOMPARE(slow.sizes().vec(), (std::vector<int64_t> {2, 3, 4, 5, 6}));
        const std::vector<float> want {0, 10, 20, 31};
        for (int64_t t = 0; t < 4; ++t) {
            QCOMPARE(slow.select(2, t).min().item<float>(), want[t]);
            QCOMPARE(slow.select(2, t).max().item<float>(), want[t]);
        }

        QVERIFY(!errorMessage([] { slowPathwayFrameIndices(30, 8); }).empty());
        QVERIFY(!errorMessage([] { slowPathwayFrameIndices(4, 8); }).empty());
        QVERIFY(!errorMessage([] { packSlowPathway(torch::zeros({3, 32, 4, 4}), 8); }).empty());
    }

    /** Logits [N, classes] on inputs far smaller than the 224 crop (adaptive pool fallback). */
    void outputShapeOnTinyInput()
    {
        torch::NoGradGuard noGrad;
        SlowFastImpl a(SlowFastOptions::r50_4x16(400));
        a.eval();
        const torch::Tensor ya = a.forward(torch::randn({1, 3, 32, 64, 64}));
        QCOMPARE(ya.sizes().vec(), (std::vector<int64_t> {1, 400}));
        QVERIFY(torch::isfinite(ya).all().item<bool>());

        SlowFastImpl b(SlowFastOptions::r50_8x8(7));
        b.eval();
        const torch::Tensor yb = b.forward(torch::randn({2, 3, 32, 40, 48}));
        QCOMPARE(yb.sizes().vec(), (std::vector<int64_t> {2, 7}));
        QVERIFY(torch::isfinite(yb).all().item<bool>());
        // Samples stay independent in eval mode: the first sample alone gives the same logits.
        // (Checks that no reshape mixes the batch with time.)
        const torch::Tensor x = torch::randn({2, 3, 32, 32, 32});
        const torch::Tensor both = b.forward(x);
        const torch::Tensor first = b.forward(x.narrow(0, 0, 1));
        QVERIFY(torch::allclose(both.narrow(0, 0, 1), first, 1e-4, 1e-5));
    }

    /**
     * One SGD step on a tiny batch: every parameter gets a finite, non-zero gradient (the
     * block-final BNs start at 1 here, otherwise branch2 would get exactly zero gradient by
     * design), and the loss on the same batch goes down. The step is small because this
     * 50-layer network without the zero-initialised final BNs diverges at 0.01 on such a batch.
     */
    void trainingStepReducesLoss()
    {
        torch::manual_seed(1);
        SlowFastOptions options = SlowFastOptions::r50_4x16(3);
        options.dropout = 0.0;
        options.zeroInitFinalBn = false;
        options.cropSize = 32;
        SlowFastImpl model(options);
        model.train();
        const torch::Tensor x = torch::randn({2, 3, 32, 32, 32});
        const torch::Tensor target = torch::tensor({0, 2}, torch::kLong);
        torch::optim::SGD sgd(model.parameters(), torch::optim::SGDOptions(0.001).momentum(0.0));

        sgd.zero_grad();
        const torch::Tensor loss = torch::cross_entropy_loss(model.forward(x), target);
        loss.backward();
        for (const auto &item : model.named_parameters()) {
            const torch::Tensor &g = item.value().grad();
            const std::string msg = item.key();
            QVERIFY2(g.defined(), msg.c_str());
            QVERIFY2(torch::isfinite(g).all().item<bool>(), msg.c_str());
            QVERIFY2(g.abs().sum().item<double>() > 0.0, msg.c_str());
        }
        sgd.step();

        const float before = loss.item<float>();
        const float after = [&] {
            torch::NoGradGuard noGrad;
            return torch::cross_entropy_loss(model.forward(x), target).item<float>();
        }();
        QVERIFY2(std::isfinite(before) && after < before,
                 (std::to_string(before) + " -> " + std::to_string(after)).c_str());
    }

    /**
     * The CPU inference route through oneDNN (default) computes what plain conv3d computes, for
     * identical weights (same seed), with every branch active (final BNs start at 1). Training
     * (gradients recorded) uses conv3d on both, so it is not compared here.
     */
    void oneDnnRouteEqualsConv3d()
    {
        SlowFastOptions options = SlowFastOptions::r50_8x8(6);
        options.zeroInitFinalBn = false;
        torch::manual_seed(5);
        SlowFastImpl viaOneDnn(options);
        options.cpuConvViaOneDnn = false;
        torch::manual_seed(5);
        SlowFastImpl viaConv3d(options);
        viaOneDnn.eval();
        viaConv3d.eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({1, 3, 32, 40, 40}); // batch 1: conv3d's slow path
        const torch::Tensor a = viaOneDnn.forward(x);
        const torch::Tensor b = viaConv3d.forward(x);
        QVERIFY(b.abs().max().item<float>() > 1e-3f); // not trivially zero
        const float diff = (a - b).abs().max().item<float>();
        QVERIFY2(diff < 1e-4f, std::to_string(diff).c_str());
    }

    void badInputIsRejected()
    {
        SlowFastImpl model(SlowFastOptions::r50_8x8(5));
        model.eval();
        const std::string wrongT = errorMessage([&] {
            model.forward(torch::zeros({1, 3, 16, 32, 32}));
        });
        QVERIFY2(wrongT.find("[N, 3, 32, H, W]") != std::string::npos, wrongT.c_str());
        const std::string fourD = errorMessage([&] {
            model.forward(torch::zeros({3, 32, 32, 32}));
        });
        QVERIFY2(fourD.find("[N, 3, 32, H, W]") != std::string::npos, fourD.c_str());
        const std::string gray = errorMessage([&] {
            model.forward(torch::zeros({1, 1, 32, 32, 32}));
        });
        QVERIFY2(gray.find("[N, 3, 32, H, W]") != std::string::npos, gray.c_str());

        SlowFastOptions odd = SlowFastOptions::r50_4x16(5);
        odd.fastFrames = 30; // not a multiple of alpha 8
        QVERIFY(errorMessage([&] { SlowFastImpl {odd}; }).find("multiple of alpha")
                != std::string::npos);
        SlowFastOptions none = SlowFastOptions::r50_4x16(0);
        QVERIFY(!errorMessage([&] { SlowFastImpl {none}; }).empty());
    }

    void registryBuildsBothVariants()
    {
        const InputSpec spec = referenceInputSpec("slowfast_r50_4x16");
        QCOMPARE(spec.sampling, std::string("dense"));
        QCOMPARE(spec.clipLengthFrames, 32);
        QCOMPARE(spec.frameInterval, 2);
        QCOMPARE(spec.slowFastAlpha, 8);
        QCOMPARE(spec.cropSize, 224);
        QCOMPARE(spec.shortSide, 256);
        QCOMPARE(spec.mean[0], 0.45);
        QCOMPARE(spec.std[2], 0.225);
        QCOMPARE(spec.testClips, 10);
        QCOMPARE(spec.testCrops, 3);
        QCOMPARE(referenceInputSpec("slowfast_r50_8x8").slowFastAlpha, 4);
        QCOMPARE(referenceInputSpec("slowfast_r50_8x8").clipLengthFrames, 32);

        ModelBuildOptions build;
        build.name = "slowfast_r50_8x8";
        build.numClasses = 400;
        const auto model = createModel(build);
        QCOMPARE(countParameters(*model), std::int64_t(34566488));
        const auto slowFast = std::dynamic_pointer_cast<SlowFastImpl>(model);
        QVERIFY(slowFast);
        QCOMPARE(slowFast->options().alpha, 4);
        QCOMPARE(slowFast->options().fusionKernelFrames, 7);

        build.name = "slowfast_r50_4x16";
        build.numClasses = 5;
        build.clipLengthFrames = 16;
        build.cropSize = 112;
        const auto shorter = std::dynamic_pointer_cast<SlowFastImpl>(createModel(build));
        QVERIFY(shorter);
        QCOMPARE(shorter->options().fastFrames, 16);
        QCOMPARE(shorter->options().cropSize, 112);
        QCOMPARE(shorter->options().fusionKernelFrames, 5);

        build.clipLengthFrames = 12; // not a multiple of alpha 8
        try {
            createModel(build);
            QFAIL("clipLengthFrames 12 with alpha 8 was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.path(), std::string("model.clipLengthFrames"));
            QVERIFY2(std::string(e.what()).find("alpha") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestSlowFast)
#include "testslowfast.moc"
