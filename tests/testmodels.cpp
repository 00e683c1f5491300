// Models: architectures, registry and state_dict I/O checked against the reference PyTorch
// implementations through shared/fixtures (keys, shapes, parameter counts, outputs).

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <torch/serialize.h>
#include <torch/torch.h>

#include <QTest>

#include "core/common/error.h"
#include "core/models/c3d.h"
#include "core/models/modelregistry.h"
#include "core/models/statedict.h"
#include "core/models/x3d.h"
#include "modelkeys.h"
#include "testutil.h"

using namespace as;
using as::test::keyLine;
using as::test::readLines;

namespace {

torch::Tensor loadTensor(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    return torch::pickle_load(bytes).toTensor();
}

/** Compares a model's state_dict with a fixture keys file line by line. */
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

std::shared_ptr<X3DImpl> x3dXs400()
{
    return std::make_shared<X3DImpl>(X3DOptions::xs(400));
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(0);
        torch::set_num_threads(1);
    }

    void x3dKeysMatchReference_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("fixture");
        QTest::newRow("xs") << "xs" << "x3d_xs.keys.txt";
        QTest::newRow("s") << "s" << "x3d_s.keys.txt";
        QTest::newRow("m") << "m" << "x3d_m.keys.txt";
        QTest::newRow("l") << "l" << "x3d_l.keys.txt";
    }
    void x3dKeysMatchReference()
    {
        QFETCH(QString, variant);
        QFETCH(QString, fixture);
        const X3DOptions options = variant == QLatin1String("xs") ? X3DOptions::xs(400)
            : variant == QLatin1String("s")                       ? X3DOptions::s(400)
            : variant == QLatin1String("m")                       ? X3DOptions::m(400)
                                                                  : X3DOptions::l(400);
        X3DImpl model(options);
        compareKeys(model, fixture.toStdString());
    }

    void c3dKeysMatchReference()
    {
        C3DImpl c3d101(C3DOptions{101, 0.5});
        compareKeys(c3d101, "c3d_101.keys.txt");
        C3DImpl c3d487(C3DOptions{487, 0.5});
        compareKeys(c3d487, "c3d_487.keys.txt");
    }

    void parameterCountsMatchReference()
    {
        QCOMPARE(countParameters(X3DImpl(X3DOptions::xs(400))), std::int64_t(3794274));
        QCOMPARE(countParameters(X3DImpl(X3DOptions::s(400))), std::int64_t(3794274));
        QCOMPARE(countParameters(X3DImpl(X3DOptions::m(400))), std::int64_t(3794274));
        QCOMPARE(countParameters(X3DImpl(X3DOptions::l(400))), std::int64_t(6153384));
        QCOMPARE(countParameters(C3DImpl(C3DOptions{101, 0.5})), std::int64_t(78409573));
        QCOMPARE(countParameters(C3DImpl(C3DOptions{487, 0.5})), std::int64_t(79991015));
        // state_dict numel counts buffers too (README table)
        std::int64_t numel = 0;
        for (const auto &[key, t] : moduleStateDict(X3DImpl(X3DOptions::xs(400))))
            numel += t.numel();
        QCOMPARE(numel, std::int64_t(3825773));
    }

    void x3dInitialisationFollowsPytorchvideo()
    {
        X3DImpl model(X3DOptions::xs(10));
        const StateDict dict = moduleStateDict(model);
        for (const auto &[key, t] : dict) {
            if (key.find("norm_c.weight") != std::string::npos)
                QCOMPARE(t.abs().max().item<float>(), 0.0f); // zero-init last BN of a block
            if (key == "blocks.0.norm.weight")
                QCOMPARE(t.min().item<float>(), 1.0f);
            if (key == "blocks.5.proj.weight")
                QVERIFY(std::abs(t.std().item<float>() - 0.01f) < 0.001f);
        }
    }

    void x3dOutputShapes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("crop");
        QTest::newRow("xs 4x160") << "x3d_xs" << 4 << 160;
        QTest::newRow("xs 8x112") << "x3d_xs" << 8 << 112;
        QTest::newRow("xs 8x96") << "x3d_xs" << 8 << 96;
        QTest::newRow("xs 5x100 (odd)") << "x3d_xs" << 5 << 100;
        QTest::newRow("s 4x64") << "x3d_s" << 4 << 64;
        QTest::newRow("m 4x64") << "x3d_m" << 4 << 64;
        QTest::newRow("l 2x64") << "x3d_l" << 2 << 64;
    }
    void x3dOutputShapes()
    {
        QFETCH(QString, name);
        QFETCH(int, frames);
        QFETCH(int, crop);
        ModelBuildOptions build;
        build.name = name.toStdString();
        build.numClasses = 7;
        build.clipLengthFrames = frames;
        build.cropSize = crop;
        auto model = createModel(build);
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor y = model->forward(torch::randn({2, 3, frames, crop, crop}));
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{2, 7}));
        QVERIFY(torch::isfinite(y).all().item<bool>());
        // The two clips differ, so their logits must too (the head did not collapse them).
        QVERIFY(!torch::allclose(y[0], y[1]));
    }

    void x3dTrainsOneStep()
    {
        torch::manual_seed(5);
        X3DImpl model([] {
            X3DOptions o = X3DOptions::xs(3);
            o.clipLengthFrames = 4;
            o.cropSize = 64;
            return o;
        }());
        model.train();
        torch::optim::SGD sgd(model.parameters(), torch::optim::SGDOptions(0.1).momentum(0.9));
        const torch::Tensor x = torch::randn({4, 3, 4, 64, 64});
        const torch::Tensor labels = torch::tensor({0, 1, 2, 0}, torch::kLong);
        const torch::Tensor before = model.named_parameters()["blocks.0.conv.conv_xy.weight"].clone();
        torch::Tensor loss = torch::nn::functional::cross_entropy(model.forward(x), labels);
        sgd.zero_grad();
        loss.backward();
        sgd.step();
        QVERIFY(std::isfinite(loss.item<float>()));
        QVERIFY(!torch::equal(before, model.named_parameters()["blocks.0.conv.conv_xy.weight"]));
        // BN running statistics moved and counted the batch
        const auto buffers = model.named_buffers();
        QCOMPARE(buffers["blocks.0.norm.num_batches_tracked"].item<int64_t>(), int64_t(1));
    }

    void x3dFastDepthwiseMatchesConv3d()
    {
        // The CPU path computes the depthwise 3x3x3 convs as per-frame conv2d; it must give
        // conv3d's outputs and gradients (non-zero final BN so every conv gets a gradient). In
        // double: in float, train-mode BN over a batch this small magnifies rounding in the
        // early layers' gradients to a few percent for either path.
        auto make = [](bool fast) {
            X3DOptions o = X3DOptions::xs(5);
            o.clipLengthFrames = 5;  // odd, to cover the frame shift at both ends
            o.cropSize = 48;
            o.zeroInitFinalBn = false;
            o.dropout = 0.0;  // train mode: dropout would draw differently for each model
            o.depthwiseAsConv2d = fast;
            return X3DImpl(o);
        };
        torch::manual_seed(9);
        X3DImpl fast = make(true);
        X3DImpl reference = make(false);
        {
            torch::NoGradGuard noGrad;
            auto from = fast.named_parameters();
            for (auto &item : reference.named_parameters())
                item.value().copy_(from[item.key()]);
        }
        fast.to(torch::kDouble);
        reference.to(torch::kDouble);
        const torch::Tensor x = torch::randn({2, 3, 5, 48, 48}, torch::kDouble);
        const torch::Tensor labels = torch::tensor({1, 3}, torch::kLong);
        fast.train();
        reference.train();
        const torch::Tensor yFast = fast.forward(x);
        const torch::Tensor yRef = reference.forward(x);
        QVERIFY(torch::allclose(yFast, yRef, 1e-10, 1e-12));
        torch::nn::functional::cross_entropy(yFast, labels).backward();
        torch::nn::functional::cross_entropy(yRef, labels).backward();
        auto refParams = reference.named_parameters();
        int depthwise = 0;
        for (const auto &item : fast.named_parameters()) {
            const torch::Tensor a = item.value().grad();
            const torch::Tensor b = refParams[item.key()].grad();
            QVERIFY2(a.defined() && b.defined(), item.key().c_str());
            const double scale = std::max(1e-6, b.abs().max().item<double>());
            QVERIFY2((a - b).abs().max().item<double>() <= 1e-8 * scale, item.key().c_str());
            if (item.key().find("conv_b.weight") != std::string::npos) {
                QVERIFY2(b.abs().max().item<double>() > 0.0, item.key().c_str());
                ++depthwise;
            }
        }
        QCOMPARE(depthwise, 26);  // X3D-XS stages of 3, 5, 11 and 7 blocks
    }

    void x3dRejectsBadInput()
    {
        X3DImpl model(X3DOptions::xs(5));
        QVERIFY_THROWS_EXCEPTION(Error, model.forward(torch::zeros({1, 4, 4, 64, 64})));
        X3DOptions tiny = X3DOptions::xs(5);
        tiny.cropSize = 16;
        QVERIFY_THROWS_EXCEPTION(Error, X3DImpl{tiny});
    }

    void c3dOutputShapeAndInputCheck()
    {
        C3DImpl model(C3DOptions{5, 0.5});
        model.eval();
        torch::NoGradGuard noGrad;
        // One reference-size forward (about 38 GMACs, ~1 s): the only size fc6 accepts.
        const torch::Tensor y = model.forward(torch::randn({1, 3, 16, 112, 112}));
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{1, 5}));
        QVERIFY(torch::isfinite(y).all().item<bool>());
        try {
            model.forward(torch::zeros({1, 3, 8, 112, 112}));
            QFAIL("C3D accepted an 8-frame clip");
        } catch (const Error &e) {
            QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("model.input"));
            QVERIFY(std::string(e.what()).find("16, 112, 112") != std::string::npos);
        }
    }

    void registry()
    {
        // Every canonical name of issue 3 is registered, in display order.
        QCOMPARE(modelNames(),
                 (std::vector<std::string>{"x3d_xs", "x3d_s", "x3d_m", "x3d_l", "tsn_vgg16",
                                           "tsn_r50", "pptsn_r50vd", "tsm_mobilenetv2", "c3d",
                                           "slowfast_r50_4x16", "slowfast_r50_8x8"}));
        QVERIFY(isKnownModel("x3d_m"));
        QVERIFY(!isKnownModel("resnet"));
        QVERIFY_THROWS_EXCEPTION(Error, referenceInputSpec("nope"));
        ModelBuildOptions bad;
        bad.name = "nope";
        QVERIFY_THROWS_EXCEPTION(Error, createModel(bad));
        ModelBuildOptions c3dBad;
        c3dBad.name = "c3d";
        c3dBad.cropSize = 160;
        QVERIFY_THROWS_EXCEPTION(Error, createModel(c3dBad));

        struct Expected
        {
            const char *name;
            int frames, interval, crop, shortSide;
        };
        for (const Expected &e : {Expected{"x3d_xs", 4, 12, 160, 182},
                                  Expected{"x3d_s", 13, 6, 160, 182},
                                  Expected{"x3d_m", 16, 5, 224, 256},
                                  Expected{"x3d_l", 16, 5, 312, 356},
                                  Expected{"c3d", 16, 1, 112, 128}}) {
            const InputSpec spec = referenceInputSpec(e.name);
            QCOMPARE(spec.clipLengthFrames, e.frames);
            QCOMPARE(spec.frameInterval, e.interval);
            QCOMPARE(spec.cropSize, e.crop);
            QCOMPARE(spec.shortSide, e.shortSide);
        }
        QCOMPARE(referenceInputSpec("x3d_m").mean[0], 0.45);
        QCOMPARE(referenceInputSpec("x3d_m").std[2], 0.225);
        // C3D: (x - mean) / std is the raw 0..255 pixel minus the BGR mean (90, 98, 102).
        const InputSpec c3d = referenceInputSpec("c3d");
        QCOMPARE(std::round((1.0 - c3d.mean[0]) / c3d.std[0]), 255.0 - 102.0); // R
        QCOMPARE(std::round((1.0 - c3d.mean[2]) / c3d.std[2]), 255.0 - 90.0);  // B

        ModelBuildOptions build;
        build.name = "x3d_xs";
        build.numClasses = 12;
        auto model = createModel(build);
        QVERIFY(dynamic_cast<X3DImpl *>(model.get()) != nullptr);
        QCOMPARE(moduleStateDict(*model).back().second.size(0), int64_t(12)); // proj.bias
        build.name = "c3d";
        QVERIFY(dynamic_cast<C3DImpl *>(createModel(build).get()) != nullptr);
    }

    /**
     * The strong fixture: every tensor (BN statistics, SE, biases) affects the output. With one
     * thread LibTorch and PyTorch 1.13 run the same kernels, so the difference should be ~0.
     */
    void x3dXsMatchesReferenceOutput()
    {
        const StateDict dict = loadPickledStateDict(test::fixture("x3d_xs_bnrand.state_dict.pt"));
        QCOMPARE(dict.size(), size_t(563));
        torch::manual_seed(123); // a different init than the reference, overwritten by the load
        auto model = x3dXs400();
        const std::vector<std::string> loaded = applyStateDict(*model, dict, true);
        QCOMPARE(loaded.size(), size_t(563));
        model->eval();
        const torch::Tensor input = loadTensor(test::fixture("x3d_xs_bnrand.input.pt"));
        const torch::Tensor expected = loadTensor(test::fixture("x3d_xs_bnrand.expected.pt"));
        QCOMPARE(input.sizes().vec(), (std::vector<int64_t>{2, 3, 4, 160, 160}));
        QCOMPARE(expected.sizes().vec(), (std::vector<int64_t>{2, 400}));

        torch::NoGradGuard noGrad;
        const torch::Tensor output = model->forward(input);
        const double maxDiff = (output - expected).abs().max().item<double>();
        qInfo("x3d_xs_bnrand: max |C++ - PyTorch| = %g (logit std %g)", maxDiff,
              expected.std().item<double>());
        QVERIFY2(maxDiff <= 1e-5, std::to_string(maxDiff).c_str());

        // The fixture is sensitive: scaling one bottleneck conv changes the output a lot.
        auto params = model->named_parameters();
        params["blocks.2.res_blocks.1.branch2.conv_a.weight"].mul_(1.5);
        QVERIFY((model->forward(input) - expected).abs().max().item<double>() > 0.1);
    }

    void stateDictRoundTrip()
    {
        torch::manual_seed(1);
        auto a = x3dXs400();
        torch::manual_seed(2);
        auto b = x3dXs400();
        // give the BN statistics something non-trivial, then copy a → b
        a->train();
        {
            torch::NoGradGuard noGrad;
            a->forward(torch::randn({2, 3, 4, 64, 64}));
        }
        applyStateDict(*b, moduleStateDict(*a));
        const StateDict da = moduleStateDict(*a);
        const StateDict db = moduleStateDict(*b);
        QCOMPARE(da.size(), db.size());
        for (size_t i = 0; i < da.size(); ++i) {
            QCOMPARE(da[i].first, db[i].first);
            QVERIFY2(torch::equal(da[i].second, db[i].second), da[i].first.c_str());
        }
        // The copy is a copy: changing a afterwards leaves b alone.
        {
            torch::NoGradGuard noGrad;
            da.front().second.add_(1.0);
        }
        QVERIFY(!torch::equal(da.front().second, db.front().second));
    }

    void strictLoadListsEveryProblem()
    {
        auto model = x3dXs400();
        StateDict dict = moduleStateDict(*x3dXs400());
        // drop one key, add one, and give one a wrong shape
        dict.erase(dict.begin() + 2); // blocks.0.norm.weight
        dict.emplace_back("blocks.9.extra.weight", torch::zeros({3}));
        for (auto &[key, t] : dict) {
            if (key == "blocks.5.proj.weight")
                t = torch::zeros({10, 2048});
        }
        const torch::Tensor before = moduleStateDict(*model)[3].second.clone();
        try {
            applyStateDict(*model, dict, true);
            QFAIL("a strict load of a wrong dict succeeded");
        } catch (const Error &e) {
            const std::string what = e.what();
            QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("model.weights.mismatch"));
            QVERIFY2(what.find("missing keys:\n  blocks.0.norm.weight") != std::string::npos,
                     what.c_str());
            QVERIFY2(what.find("unexpected keys:\n  blocks.9.extra.weight") != std::string::npos,
                     what.c_str());
            QVERIFY2(what.find("blocks.5.proj.weight (file [10, 2048], model [400, 2048])")
                         != std::string::npos,
                     what.c_str());
        }
        // nothing was copied by the failed strict load
        QVERIFY(torch::equal(before, moduleStateDict(*model)[3].second));

        // Non-strict: everything that fits is loaded (fine-tuning a 400-class model to 10).
        const std::vector<std::string> loaded = applyStateDict(*model, dict, false);
        QCOMPARE(loaded.size(), size_t(563 - 1 - 1));
        QVERIFY(std::find(loaded.begin(), loaded.end(), "blocks.5.proj.weight") == loaded.end());
        QVERIFY(std::find(loaded.begin(), loaded.end(), "blocks.5.proj.bias") != loaded.end());
    }

    /** Our own unpickler reads the OrderedDict checkpoint that LibTorch 1.13 cannot. */
    void orderedDictCheckpointLoads()
    {
        const StateDict dict = loadPickledStateDict(test::fixture("x3d_xs.state_dict.pt"));
        QCOMPARE(dict.size(), size_t(563));
        QCOMPARE(dict.front().first, std::string("blocks.0.conv.conv_t.weight"));
        auto model = x3dXs400();
        QCOMPARE(applyStateDict(*model, dict, true).size(), size_t(563));
    }

    void unreadableWeightsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY_THROWS_EXCEPTION(Error, loadPickledStateDict(test::path(dir, "missing.pt")));
        const std::string garbage = test::path(dir, "garbage.pt");
        std::ofstream(garbage) << "this is not a pickle";
        try {
            loadPickledStateDict(garbage);
            QFAIL("garbage was read as a state dict");
        } catch (const Error &e) {
            QCOMPARE(e.path(), garbage);
        }
        // a pickled tensor is readable but is not a state dict
        try {
            loadPickledStateDict(test::fixture("x3d_xs.expected.pt"));
            QFAIL("a tensor file was read as a state dict");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("name -> tensor") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestModels)
#include "testmodels.moc"
