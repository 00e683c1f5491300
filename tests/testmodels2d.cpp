// 2-D backbone video models (TSN VGG16/ResNet-50, PP-TSN ResNet-50-vd, TSM-MobileNetV2) and
// FLOP counting, checked against the reference numbers in shared/fixtures/README.md.

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <ATen/ops/mkldnn_convolution.h>
#include <torch/torch.h>

#include <QTest>

#include "core/common/error.h"
#include "core/models/flopcounter.h"
#include "core/models/mobilenetv2.h"
#include "core/models/modelregistry.h"
#include "core/models/statedict.h"
#include "core/models/temporalshift.h"
#include "core/models/x3d.h"
#include "modelkeys.h"
#include "testutil.h"

using namespace as;
using as::test::keyLine;
using as::test::readLines;

namespace {

void compareKeys(const torch::nn::Module &model, const std::string &fixtureName)
{
    const std::vector<std::string> expected = readLines(test::fixture(fixtureName));
    QVERIFY2(!expected.empty(), fixtureName.c_str());
    const StateDict dict = moduleStateDict(model);
    QCOMPARE(dict.size(), expected.size());
    for (size_t i = 0; i < dict.size(); ++i) {
        const std::string line = keyLine(dict[i].first, dict[i].second);
        if (line != expected[i]) {
            const std::string msg = fixtureName + " line " + std::to_string(i + 1) + ": got '" +
                                    line + "', expected '" + expected[i] + "'";
            QFAIL(msg.c_str());
        }
    }
}

std::shared_ptr<VideoModelImpl> build(const std::string &name, int numClasses, int frames = 0,
                                      double dropout = 0.5)
{
    ModelBuildOptions options;
    options.name = name;
    options.numClasses = numClasses;
    options.clipLengthFrames = frames;
    options.dropout = dropout;
    return createModel(options);
}

/** Multiply-adds of one no-grad eval forward of `input`. */
std::int64_t countMacs(VideoModelImpl &model, const torch::Tensor &input)
{
    model.eval();
    torch::NoGradGuard noGrad;
    FlopCounter counter;
    model.forward(input);
    return counter.multiplyAdds();
}

/** The fixture table's GMACs are rounded to 3 decimals; we ask for 0.1 %. */
void verifyGMacs(std::int64_t macs, double expectedG, const char *what)
{
    const double got = macs * 1e-9;
    const std::string msg = std::string(what) + ": " + std::to_string(got) + " GMACs, reference " +
                            std::to_string(expectedG);
    QVERIFY2(std::abs(got - expectedG) <= 1e-3 * expectedG, msg.c_str());
}

} // namespace

class TestModels2D : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(0);
        torch::set_num_threads(1);
    }

    void keysMatchTorchvisionAndTimm()
    {
        compareKeys(*build("tsn_r50", 101), "tv_resnet50_101.keys.txt");
        compareKeys(*build("tsn_r50", 1000), "tv_resnet50_1000.keys.txt");
        compareKeys(*build("pptsn_r50vd", 101), "timm_resnet50d_101.keys.txt");
        compareKeys(*build("tsn_vgg16", 101), "tv_vgg16_101.keys.txt");
    }

    void tsmKeysAreTorchvisionMobileNetV2()
    {
        const StateDict dict = moduleStateDict(*build("tsm_mobilenetv2", 1000));
        std::map<std::string, std::string> lines;
        for (const auto &[key, t] : dict)
            lines[key] = keyLine(key, t);
        // torchvision mobilenet_v2: stem, t = 1 block (no expansion conv), t = 6 block, last
        // 1×1 conv, classifier.1; 52 convs/BNs/linear → 158 tensors + 104 BN buffers.
        QCOMPARE(lines["features.0.0.weight"], std::string("features.0.0.weight\t[32, 3, 3, 3]\tfloat32"));
        QCOMPARE(lines["features.1.conv.0.0.weight"],
                 std::string("features.1.conv.0.0.weight\t[32, 1, 3, 3]\tfloat32"));
        QCOMPARE(lines["features.1.conv.1.weight"],
                 std::string("features.1.conv.1.weight\t[16, 32, 1, 1]\tfloat32"));
        QCOMPARE(lines["features.3.conv.1.0.weight"],
                 std::string("features.3.conv.1.0.weight\t[144, 1, 3, 3]\tfloat32"));
        QCOMPARE(lines["features.17.conv.3.running_var"],
                 std::string("features.17.conv.3.running_var\t[320]\tfloat32"));
        QCOMPARE(lines["features.18.0.weight"],
                 std::string("features.18.0.weight\t[1280, 320, 1, 1]\tfloat32"));
        QCOMPARE(lines["classifier.1.weight"],
                 std::string("classifier.1.weight\t[1000, 1280]\tfloat32"));
        QCOMPARE(dict.size(), size_t(314));
    }

    void parameterCountsMatchReference()
    {
        QCOMPARE(countParameters(*build("tsn_r50", 101)), std::int64_t(23714981));
        QCOMPARE(countParameters(*build("tsn_r50", 1000)), std::int64_t(25557032));
        QCOMPARE(countParameters(*build("pptsn_r50vd", 101)), std::int64_t(23734213));
        QCOMPARE(countParameters(*build("pptsn_r50vd", 1000)), std::int64_t(25576264));
        QCOMPARE(countParameters(*build("tsn_vgg16", 101)), std::int64_t(134674341));
        QCOMPARE(countParameters(*build("tsm_mobilenetv2", 1000)), std::int64_t(3504872));
        // state_dict numel counts the BN buffers too (README table)
        std::int64_t numel = 0;
        for (const auto &[key, t] : moduleStateDict(*build("pptsn_r50vd", 101)))
            numel += t.numel();
        QCOMPARE(numel, std::int64_t(23787516));
    }

    void inputSpecsFollowTheRecipes()
    {
        for (const char *name : {"tsn_vgg16", "tsn_r50", "pptsn_r50vd"}) {
            const InputSpec spec = referenceInputSpec(name);
            QCOMPARE(spec.sampling, std::string("segments"));
            QCOMPARE(spec.numSegments, 3);
            QCOMPARE(spec.framesPerSegment, 1);
            QCOMPARE(spec.clipLengthFrames, 3);
            QCOMPARE(spec.cropSize, 224);
            QCOMPARE(spec.testClips, 25);
            QCOMPARE(spec.testCrops, 10);
            QCOMPARE(spec.mean[0], 0.485);
            QCOMPARE(spec.std[2], 0.225);
        }
        QCOMPARE(referenceInputSpec("tsn_r50").trainCrop, std::string("multiscale"));
        const InputSpec tsm = referenceInputSpec("tsm_mobilenetv2");
        QCOMPARE(tsm.numSegments, 8);
        QCOMPARE(tsm.clipLengthFrames, 8);
        QCOMPARE(tsm.testClips, 0); // 0: test on the training segments (the shift needs them)
        QCOMPARE(tsm.testCrops, 3);
    }

    void outputShapesOnTinyInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("tsn_r50") << "tsn_r50";
        QTest::newRow("pptsn_r50vd") << "pptsn_r50vd";
        QTest::newRow("tsn_vgg16") << "tsn_vgg16";
        QTest::newRow("tsm_mobilenetv2") << "tsm_mobilenetv2";
    }
    void outputShapesOnTinyInputs()
    {
        QFETCH(QString, name);
        auto model = build(name.toStdString(), 7, /*frames=*/2, /*dropout=*/0.0);
        const torch::Tensor clips = torch::randn({2, 3, 2, 64, 64});
        torch::NoGradGuard noGrad;
        model->eval();
        const torch::Tensor y = model->forward(clips);
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{2, 7}));
        QVERIFY(torch::isfinite(y).all().item<bool>());
        // In training mode (batch statistics; untrained eval-mode BN can saturate ReLU6) the
        // two different clips get different scores: the batch is not mixed up or collapsed.
        model->train();
        const torch::Tensor trained = model->forward(clips);
        QCOMPARE(trained.sizes().vec(), (std::vector<int64_t>{2, 7}));
        QVERIFY(!torch::allclose(trained[0], trained[1]));
    }

    void wrongFrameCountIsRejected()
    {
        // TSN trains on 3 segments and is tested on 25: any T is averaged.
        auto tsn = build("tsn_r50", 5);
        tsn->eval();
        torch::NoGradGuard noGrad;
        QCOMPARE(tsn->forward(torch::zeros({1, 3, 25, 32, 32})).sizes().vec(),
                 (std::vector<int64_t>{1, 5}));
        QVERIFY_THROWS_EXCEPTION(Error, tsn->forward(torch::zeros({1, 3, 32, 32})));
        // TSM's shift is built for its 8 segments: nothing else is accepted.
        auto tsm = build("tsm_mobilenetv2", 5);
        try {
            tsm->forward(torch::zeros({1, 3, 4, 64, 64}));
            QFAIL("a 4-frame clip was accepted by an 8-segment TSM");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("model.input"));
            QVERIFY2(std::string(e.what()).find("[N, 3, 8, H, W]") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, tsm->forward(torch::zeros({1, 8, 64, 64})));
    }

    void temporalShiftMovesExactlyTheRightChannels()
    {
        // 2 clips × 3 frames, 16 channels, 1×2 pixels; value = 1000·clip + 100·frame + channel.
        const int64_t clips = 2, frames = 3, channels = 16;
        torch::Tensor x = torch::empty({clips * frames, channels, 1, 2});
        for (int64_t n = 0; n < clips; ++n)
            for (int64_t t = 0; t < frames; ++t)
                for (int64_t c = 0; c < channels; ++c)
                    x[n * frames + t][c].fill_(1000.0 * (n + 1) + 100.0 * t + c);
        const torch::Tensor before = x.clone();
        const torch::Tensor y = temporalShift(x, frames, 8); // fold = 2
        QVERIFY(torch::equal(x, before)); // input untouched
        for (int64_t n = 0; n < clips; ++n) {
            for (int64_t t = 0; t < frames; ++t) {
                for (int64_t c = 0; c < channels; ++c) {
                    double expected = 1000.0 * (n + 1) + 100.0 * t + c;
                    if (c < 2) // from the next frame of the same clip, zero after the last
                        expected = t + 1 < frames ? expected + 100.0 : 0.0;
                    else if (c < 4) // from the previous frame, zero before the first
                        expected = t > 0 ? expected - 100.0 : 0.0;
                    const torch::Tensor v = y[n * frames + t][c];
                    QCOMPARE(v.min().item<double>(), expected);
                    QCOMPARE(v.max().item<double>(), expected);
                }
            }
        }
    }

    void frameOrderMattersToTsmOnly()
    {
        // Average consensus makes TSN blind to frame order; TSM's shift is what sees it.
        torch::manual_seed(3);
        const torch::Tensor clip = torch::randn({1, 3, 4, 64, 64});
        const torch::Tensor reversed = clip.flip({2});
        torch::NoGradGuard noGrad;
        auto tsn = build("tsn_r50", 6, 4);
        tsn->eval();
        QVERIFY(torch::allclose(tsn->forward(clip), tsn->forward(reversed), 1e-4, 1e-5));
        auto tsm = build("tsm_mobilenetv2", 6, 4);
        tsm->eval();
        // classifier weights are normal(0, 0.01): compare relative to the logits' size
        const torch::Tensor a = tsm->forward(clip), b = tsm->forward(reversed);
        QVERIFY((a - b).abs().max().item<double>() > 1e-3 * a.abs().max().item<double>());
        // Without the shift the same network would not see the order.
        MobileNetV2Impl plain(MobileNetV2Options{6, 0, 8});
        plain.eval();
        const auto framesOf = [](const torch::Tensor &c) {
            return c.transpose(1, 2).reshape({4, 3, 64, 64});
        };
        QVERIFY(torch::allclose(plain.forward(framesOf(clip)).mean(0),
                                plain.forward(framesOf(reversed)).mean(0), 1e-4, 1e-6));
    }

    void flopCounterCountsOutermostOpsOnce()
    {
        torch::NoGradGuard noGrad;
        torch::nn::Linear linear(10, 5);
        torch::nn::Conv2d conv(torch::nn::Conv2dOptions(4, 8, 3).padding(1).groups(2));
        FlopCounter counter;
        linear(torch::zeros({3, 10}));      // addmm inside linear: 3·5 outputs × 10
        QCOMPARE(counter.linearMultiplyAdds(), std::int64_t(150));
        linear(torch::zeros({2, 3, 10}));   // matmul inside linear: 30 outputs × 10
        QCOMPARE(counter.linearMultiplyAdds(), std::int64_t(450));
        conv(torch::zeros({1, 4, 5, 5}));   // 8·5·5 outputs × (4/2)·3·3
        QCOMPARE(counter.convolutionMultiplyAdds(), std::int64_t(3600));
        {
            FlopCounter inner; // pauses the outer one
            conv(torch::zeros({1, 4, 5, 5}));
            QCOMPARE(inner.multiplyAdds(), std::int64_t(3600));
        }
        QCOMPARE(counter.multiplyAdds(), std::int64_t(4050));
        linear(torch::zeros({1, 10}));
        QCOMPARE(counter.multiplyAdds(), std::int64_t(4100));
        // A backend called directly, as SlowFast does on the CPU: 8·5·5 outputs × 4·3·3.
        const torch::Tensor weight = torch::zeros({8, 4, 3, 3});
        at::mkldnn_convolution(torch::zeros({1, 4, 5, 5}), weight, {}, {1, 1}, {1, 1}, {1, 1}, 1);
        QCOMPARE(counter.convolutionMultiplyAdds(), std::int64_t(3600 + 7200));
    }

    void flopsMatchReference2D()
    {
        // per frame, at 224: build for T = 1
        verifyGMacs(countMacs(*build("tsn_r50", 101, 1), torch::zeros({1, 3, 1, 224, 224})), 4.087,
                    "tsn_r50 per frame");
        verifyGMacs(countMacs(*build("pptsn_r50vd", 101, 1), torch::zeros({1, 3, 1, 224, 224})),
                    4.327, "pptsn_r50vd per frame");
        verifyGMacs(countMacs(*build("tsn_vgg16", 101, 1), torch::zeros({1, 3, 1, 224, 224})),
                    15.467, "tsn_vgg16 per frame");
        // per clip: the backbone (and, for TSN, the fc) runs once per segment
        const torch::Tensor small = torch::zeros({1, 3, 1, 64, 64});
        QCOMPARE(countMacs(*build("tsn_r50", 101, 3), small.expand({1, 3, 3, 64, 64})),
                 3 * countMacs(*build("tsn_r50", 101, 1), small));
        // TSM: the shift costs nothing; 8 frames of a plain MobileNetV2
        MobileNetV2Impl plain(MobileNetV2Options{1000, 0, 8});
        plain.eval();
        std::int64_t perFrame = 0;
        {
            torch::NoGradGuard noGrad;
            FlopCounter counter;
            plain.forward(torch::zeros({1, 3, 224, 224}));
            perFrame = counter.multiplyAdds();
        }
        const ModelCost tsm = measureModelCost("tsm_mobilenetv2", 1000);
        QCOMPARE(tsm.multiplyAdds, 8 * perFrame);
        QCOMPARE(tsm.parameters, std::int64_t(3504872));
        QCOMPARE(tsm.clipLengthFrames, 8);
        QCOMPARE(tsm.cropSize, 224);
        QCOMPARE(tsm.sampling, std::string("segments"));
        QVERIFY2(perFrame > 290'000'000 && perFrame < 320'000'000, // torchvision: 0.30 GFLOPS
                 std::to_string(perFrame).c_str());
    }

    void flopsMatchReference3D()
    {
        // X3D on the CPU computes its depthwise 3×3×3 convs as three conv2d: same count.
        auto fast = build("x3d_xs", 400);
        ModelBuildOptions reference;
        reference.name = "x3d_xs";
        reference.numClasses = 400;
        reference.depthwiseAsConv2d = false;
        auto slow = createModel(reference);
        const torch::Tensor clip = torch::zeros({1, 3, 4, 160, 160});
        const std::int64_t fastMacs = countMacs(*fast, clip);
        QCOMPARE(fastMacs, countMacs(*slow, clip));
        verifyGMacs(fastMacs, 0.605, "x3d_xs");
        verifyGMacs(measureModelCost("c3d", 101).multiplyAdds, 38.547, "c3d_101");
        verifyGMacs(measureModelCost("x3d_l", 400).multiplyAdds, 18.368, "x3d_l");
    }
};

QTEST_APPLESS_MAIN(TestModels2D)
#include "testmodels2d.moc"
