// Weights: reading torch.save checkpoints (our own unpickler), reference name maps, the load
// report, and export that Python's torch.load (and our reader) reads back.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <caffe2/serialize/inline_container.h>
#include <nlohmann/json.hpp>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <QTest>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/config/configio.h"
#include "core/models/modelregistry.h"
#include "core/models/statedict.h"
#include "core/models/torchpickle.h"
#include "core/models/weightexport.h"
#include "core/models/weightloader.h"
#include "core/models/weightnamemap.h"
#include "core/train/checkpoint.h"
#include "core/train/runweightsexport.h"
#include "testutil.h"

using namespace as;
using namespace std::string_literals;

namespace {

std::vector<std::string> fixtureKeys(const std::string &name)
{
    std::ifstream in(test::fixture(name));
    std::vector<std::string> keys;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty())
            keys.push_back(line.substr(0, line.find('\t')));
    }
    return keys;
}

std::vector<char> readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

/** LibTorch's own reader, independent of ours: fine for plain dicts and tensors. */
torch::Tensor pickledTensor(const std::string &path)
{
    return torch::pickle_load(readBytes(path)).toTensor();
}

std::shared_ptr<VideoModelImpl> x3dXs(int numClasses)
{
    ModelBuildOptions build;
    build.name = "x3d_xs";
    build.numClasses = numClasses;
    return createModel(build);
}

/** A checkpoint written by LibTorch's pickler (a different writer than ours). */
void savePickled(const c10::IValue &value, const std::string &path)
{
    const std::vector<char> bytes = torch::pickle_save(value);
    writeBytes(path, std::string(bytes.begin(), bytes.end()));
}

c10::Dict<std::string, torch::Tensor> toDict(const StateDict &dict)
{
    c10::Dict<std::string, torch::Tensor> out;
    for (const auto &[key, tensor] : dict)
        out.insert(key, tensor);
    return out;
}

/** A zip like torch.save's with a hand-made data.pkl. */
void writeZip(const std::string &path, const std::string &pickle)
{
    caffe2::serialize::PyTorchStreamWriter writer(path);
    writer.writeRecord("data.pkl", pickle.data(), pickle.size());
    writer.writeEndOfFile();
}

/** Expects `call` to throw an Error naming `path`, whose message contains `needle`. */
template<typename F> void expectError(F call, const std::string &path, const std::string &needle)
{
    try {
        call();
        QFAIL(("no error for " + path).c_str());
    } catch (const Error &e) {
        const std::string what = e.what();
        QCOMPARE(e.path(), path);
        QVERIFY2(what.find(path) != std::string::npos, what.c_str());
        QVERIFY2(what.find(needle) != std::string::npos, what.c_str());
    }
}

/** torchvision ResNet key -> the mmaction2 (mmcv ConvModule) name of the same tensor. */
std::string toMmaction2(const std::string &key)
{
    static const std::vector<std::pair<std::regex, std::string>> rules
        = {{std::regex(R"(^conv1\.)"), "backbone.conv1.conv."},
           {std::regex(R"(^bn1\.)"), "backbone.conv1.bn."},
           {std::regex(R"(^(layer\d\.\d+)\.conv(\d)\.)"), "backbone.$1.conv$2.conv."},
           {std::regex(R"(^(layer\d\.\d+)\.bn(\d)\.)"), "backbone.$1.conv$2.bn."},
           {std::regex(R"(^(layer\d\.\d+)\.downsample\.0\.)"), "backbone.$1.downsample.conv."},
           {std::regex(R"(^(layer\d\.\d+)\.downsample\.1\.)"), "backbone.$1.downsample.bn."},
           {std::regex(R"(^fc\.)"), "cls_head.fc_cls."}};
    for (const auto &[pattern, replacement] : rules) {
        if (std::regex_search(key, pattern))
            return std::regex_replace(key, pattern, replacement);
    }
    return "unmapped." + key;
}

/**
 * Our (PyTorchVideo) key -> the PySlowFast name of the same tensor, written independently of
 * the name map (PySlowFast stage sK is PyTorchVideo's blocks.{K-1}).
 */
std::string toPySlowFast(const std::string &key, bool x3d)
{
    static const std::regex block(R"(^blocks\.(\d+)\.(.*)$)");
    static const std::vector<std::pair<std::string, std::string>> tail
        = {{"branch1_conv.", "branch1."},
           {"branch1_norm.", "branch1_bn."},
           {"branch2.conv_a.", "branch2.a."},
           {"branch2.norm_a.", "branch2.a_bn."},
           {"branch2.conv_b.", "branch2.b."},
           {"branch2.norm_b.0.", "branch2.b_bn."},
           {"branch2.norm_b.1.block.0.", "branch2.se.fc1."},
           {"branch2.norm_b.1.block.2.", "branch2.se.fc2."},
           {"branch2.norm_b.", "branch2.b_bn."},
           {"branch2.conv_c.", "branch2.c."},
           {"branch2.norm_c.", "branch2.c_bn."}};
    const auto swapPrefix = [](const std::string &text, const std::string &from,
                               const std::string &to, std::string &out) {
        if (text.compare(0, from.size(), from) != 0)
            return false;
        out = to + text.substr(from.size());
        return true;
    };
    std::smatch m;
    if (!std::regex_match(key, m, block))
        return "unmapped." + key;
    const int k = std::stoi(m[1]);
    const std::string rest = m[2];
    const std::string s = "s" + std::to_string(k + 1);
    std::string out;
    if (x3d) {
        if (k == 0
            && (swapPrefix(rest, "conv.conv_t.", "s1.pathway0_stem.conv_xy.", out)
                || swapPrefix(rest, "conv.conv_xy.", "s1.pathway0_stem.conv.", out)
                || swapPrefix(rest, "norm.", "s1.pathway0_stem.bn.", out)))
            return out;
        if (k == 5
            && (swapPrefix(rest, "pool.pre_conv.", "head.conv_5.", out)
                || swapPrefix(rest, "pool.pre_norm.", "head.conv_5_bn.", out)
                || swapPrefix(rest, "pool.post_conv.", "head.lin_5.", out)
                || swapPrefix(rest, "proj.", "head.projection.", out)))
            return out;
    } else {
        if (k == 6 && swapPrefix(rest, "proj.", "head.projection.", out))
            return out;
        if (swapPrefix(rest, "multipathway_fusion.conv_fast_to_slow.", s + "_fuse.conv_f2s.", out)
            || swapPrefix(rest, "multipathway_fusion.norm.", s + "_fuse.bn.", out))
            return out;
    }
    static const std::regex stem(R"(^multipathway_blocks\.(\d)\.(conv|norm)\.(.*)$)");
    if (!x3d && k == 0 && std::regex_match(rest, m, stem))
        return "s1.pathway" + m[1].str() + "_stem." + (m[2] == "conv" ? "conv." : "bn.")
            + m[3].str();
    static const std::regex res3d(R"(^res_blocks\.(\d+)\.(.*)$)");
    static const std::regex resSlowFast(R"(^multipathway_blocks\.(\d)\.res_blocks\.(\d+)\.(.*)$)");
    std::string prefix;
    std::string inner;
    if (x3d && std::regex_match(rest, m, res3d)) {
        prefix = s + ".pathway0_res" + m[1].str() + ".";
        inner = m[2];
    } else if (!x3d && std::regex_match(rest, m, resSlowFast)) {
        prefix = s + ".pathway" + m[1].str() + "_res" + m[2].str() + ".";
        inner = m[3];
    } else {
        return "unmapped." + key;
    }
    for (const auto &[from, to] : tail) {
        if (swapPrefix(inner, from, to, out))
            return prefix + out;
    }
    return "unmapped." + key;
}

/** A state dict with the keys and shapes of a fixture keys file, random values. */
StateDict stateDictLike(const std::string &keysFile)
{
    std::ifstream in(test::fixture(keysFile));
    StateDict dict;
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        std::vector<std::int64_t> shape;
        std::string dims = line.substr(tab1 + 2, tab2 - tab1 - 3); // inside the [ ]
        for (std::size_t pos = 0; pos < dims.size();) {
            std::size_t end = dims.find(',', pos);
            if (end == std::string::npos)
                end = dims.size();
            shape.push_back(std::stoll(dims.substr(pos, end - pos)));
            pos = end + 2;
        }
        const bool isLong = line.substr(tab2 + 1) == "int64";
        dict.emplace_back(line.substr(0, tab1),
                          isLong ? torch::zeros(shape, torch::kLong) : torch::randn(shape));
    }
    return dict;
}

} // namespace

class TestWeights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(0);
        torch::set_num_threads(1);
    }

    /** Both fixtures (OrderedDict with _metadata, and plain dict) load and reproduce PyTorch. */
    void fixturesReproduceReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("x3d_xs (OrderedDict)") << "x3d_xs";
        QTest::newRow("x3d_xs_bnrand (dict)") << "x3d_xs_bnrand";
    }
    void fixturesReproduceReference()
    {
        QFETCH(QString, name);
        const std::string base = name.toStdString();
        const std::string path = test::fixture(base + ".state_dict.pt");
        const CheckpointTensors file = readCheckpointTensors(path);
        QCOMPARE(file.wrapperKey, std::string());
        QCOMPARE(file.skippedEntries, 0);
        const std::vector<std::string> keys = fixtureKeys(base + ".keys.txt");
        QCOMPARE(file.tensors.size(), keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i)
            QCOMPARE(file.tensors[i].first, keys[i]); // file order
        QVERIFY(file.tensors.back().second.sizes().vec() == std::vector<std::int64_t> {400});
        QVERIFY(file.tensors[6].second.scalar_type() == torch::kLong); // num_batches_tracked

        torch::manual_seed(123); // another init than the reference: the load must overwrite it
        auto model = x3dXs(400);
        const WeightLoadReport report = loadCheckpointInto(*model, path, /*strict=*/true);
        QCOMPARE(report.loaded.size(), std::size_t(563));
        QVERIFY(report.complete());
        QVERIFY(!report.classifierReplaced);
        QCOMPARE(report.convention, std::string("pytorch"));
        QCOMPARE(report.renamedKeys, 0);

        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor input = pickledTensor(test::fixture(base + ".input.pt"));
        const torch::Tensor expected = pickledTensor(test::fixture(base + ".expected.pt"));
        // our reader reads plain tensor files too, bit for bit
        QVERIFY(torch::equal(readTorchFile(test::fixture(base + ".input.pt"))->tensor, input));
        const torch::Tensor output = model->forward(input);
        const double maxDiff = (output - expected).abs().max().item<double>();
        qInfo("%s: max |C++ - PyTorch| = %g (logit max %g)", base.c_str(), maxDiff,
              expected.abs().max().item<double>());
        QVERIFY2(maxDiff <= 1e-4, std::to_string(maxDiff).c_str());
    }

    /** The OrderedDict fixture and the plain one differ only in the container. */
    void orderedDictEqualsTorchPickleLoad()
    {
        const std::string path = test::fixture("x3d_xs_bnrand.state_dict.pt");
        const c10::IValue reference = torch::pickle_load(readBytes(path));
        const CheckpointTensors ours = readCheckpointTensors(path);
        const auto dict = reference.toGenericDict();
        QCOMPARE(ours.tensors.size(), dict.size());
        std::size_t i = 0;
        for (const auto &entry : dict) {
            QCOMPARE(ours.tensors[i].first, entry.key().toStringRef());
            QVERIFY2(torch::equal(ours.tensors[i].second, entry.value().toTensor()),
                     ours.tensors[i].first.c_str());
            ++i;
        }
    }

    void wrapperDicts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        torch::manual_seed(1);
        const StateDict sd = moduleStateDict(*x3dXs(7));
        for (const std::string wrapper :
             {"state_dict", "model", "model_state", "model_state_dict", "model.state_dict"}) {
            c10::impl::GenericDict top(c10::StringType::get(), c10::AnyType::get());
            top.insert("epoch", 12);
            top.insert("config", "lr: 0.1");
            top.insert("best_acc", torch::tensor(0.5));
            const auto dot = wrapper.find('.');
            if (dot == std::string::npos) {
                top.insert(wrapper, toDict(sd));
            } else {
                c10::impl::GenericDict inner(c10::StringType::get(), c10::AnyType::get());
                inner.insert("step", 3);
                inner.insert(wrapper.substr(dot + 1), toDict(sd));
                top.insert(wrapper.substr(0, dot), inner);
            }
            const std::string path = test::path(dir, wrapper + ".pt");
            savePickled(top, path);
            const CheckpointTensors file = readCheckpointTensors(path);
            QCOMPARE(file.wrapperKey, wrapper);
            QCOMPARE(file.tensors.size(), sd.size());
            for (std::size_t i = 0; i < sd.size(); ++i) {
                QCOMPARE(file.tensors[i].first, sd[i].first);
                QVERIFY(torch::equal(file.tensors[i].second, sd[i].second));
            }
        }
        // a state dict with a few non-tensor entries: only the tensors, in order
        c10::impl::GenericDict mixed(c10::StringType::get(), c10::AnyType::get());
        mixed.insert("a.weight", torch::ones({2}));
        mixed.insert("note", "not a tensor");
        mixed.insert("b.bias", torch::zeros({3}));
        const std::string path = test::path(dir, "mixed.pt");
        savePickled(mixed, path);
        const CheckpointTensors file = readCheckpointTensors(path);
        QCOMPARE(file.skippedEntries, 1);
        QCOMPARE(file.tensors.size(), std::size_t(2));
        QCOMPARE(file.tensors[1].first, std::string("b.bias"));
        // a dict without any state dict: a clear error
        c10::impl::GenericDict none(c10::StringType::get(), c10::AnyType::get());
        none.insert("epoch", 1);
        const std::string nonePath = test::path(dir, "none.pt");
        savePickled(none, nonePath);
        expectError([&] { readCheckpointTensors(nonePath); }, nonePath, "name -> tensor");
    }

    void mmaction2ResNetNamesMapToTorchvision()
    {
        QCOMPARE(mapCheckpointKey("backbone.conv1.conv.weight", "mmaction2-resnet"),
                 std::string("conv1.weight"));
        QCOMPARE(mapCheckpointKey("backbone.conv1.bn.running_mean", "mmaction2-resnet"),
                 std::string("bn1.running_mean"));
        QCOMPARE(mapCheckpointKey("module.backbone.layer2.3.conv2.bn.bias", "mmaction2-resnet"),
                 std::string("layer2.3.bn2.bias"));
        QCOMPARE(mapCheckpointKey("backbone.layer1.0.downsample.conv.weight", "mmaction2-resnet"),
                 std::string("layer1.0.downsample.0.weight"));
        QCOMPARE(mapCheckpointKey("backbone.layer4.0.downsample.bn.weight", "mmaction2-resnet"),
                 std::string("layer4.0.downsample.1.weight"));
        QCOMPARE(mapCheckpointKey("cls_head.fc_cls.weight", "mmaction2-resnet"),
                 std::string("fc.weight"));

        // every key of torchvision's ResNet-50, written the mmaction2 way, maps back
        const std::vector<std::string> tv = fixtureKeys("tv_resnet50_101.keys.txt");
        QCOMPARE(tv.size(), std::size_t(320));
        std::vector<std::string> mm;
        for (const std::string &key : tv)
            mm.push_back(toMmaction2(key));
        const KeyMapping mapping
            = mapCheckpointKeys(mm, std::set<std::string>(tv.begin(), tv.end()));
        QCOMPARE(mapping.convention, std::string("mmaction2-resnet"));
        QCOMPARE(mapping.matched, 320);
        QVERIFY(mapping.keys == tv);
    }

    void otherReferenceNamesMap_data()
    {
        QTest::addColumn<QString>("convention");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("keysFile");
        const auto row = [](const char *c, const char *f, const char *t, const char *k) {
            QTest::newRow(f) << c << f << t << k;
        };
        row("pytorch", "module.blocks.5.proj.weight", "blocks.5.proj.weight", "x3d_xs.keys.txt");
        row("pytorch", "model.fc.bias", "fc.bias", "tv_resnet50_101.keys.txt");
        row("mmaction2-x3d", "backbone.conv1_s.conv.weight", "blocks.0.conv.conv_t.weight",
            "x3d_xs.keys.txt");
        row("mmaction2-x3d", "backbone.conv1_t.bn.running_var", "blocks.0.norm.running_var",
            "x3d_xs.keys.txt");
        row("mmaction2-x3d", "backbone.layer2.1.conv2.bn.weight",
            "blocks.2.res_blocks.1.branch2.norm_b.0.weight", "x3d_xs.keys.txt");
        row("mmaction2-x3d", "backbone.layer3.2.se_module.fc2.bias",
            "blocks.3.res_blocks.2.branch2.norm_b.1.block.2.bias", "x3d_xs.keys.txt");
        row("mmaction2-x3d", "backbone.layer4.0.downsample.bn.weight",
            "blocks.4.res_blocks.0.branch1_norm.weight", "x3d_xs.keys.txt");
        row("mmaction2-x3d", "cls_head.fc2.weight", "blocks.5.proj.weight", "x3d_xs.keys.txt");
        row("mmaction2-c3d", "backbone.conv1a.conv.weight", "conv1.weight", "c3d_101.keys.txt");
        row("mmaction2-c3d", "backbone.conv4b.conv.bias", "conv4b.bias", "c3d_101.keys.txt");
        row("mmaction2-c3d", "backbone.fc7.weight", "fc7.weight", "c3d_101.keys.txt");
        row("mmaction2-c3d", "cls_head.fc_cls.bias", "fc8.bias", "c3d_101.keys.txt");
        row("pyslowfast-slowfast", "s1.pathway1_stem.conv.weight",
            "blocks.0.multipathway_blocks.1.conv.weight", "slowfast_r50_4x16.keys.txt");
        row("pyslowfast-slowfast", "s3_fuse.conv_f2s.weight",
            "blocks.2.multipathway_fusion.conv_fast_to_slow.weight", "slowfast_r50_4x16.keys.txt");
        row("pyslowfast-slowfast", "s4.pathway0_res5.branch2.b_bn.running_var",
            "blocks.3.multipathway_blocks.0.res_blocks.5.branch2.norm_b.running_var",
            "slowfast_r50_4x16.keys.txt");
        row("pyslowfast-slowfast", "s2.pathway1_res0.branch1_bn.bias",
            "blocks.1.multipathway_blocks.1.res_blocks.0.branch1_norm.bias",
            "slowfast_r50_4x16.keys.txt");
        row("pyslowfast-slowfast", "head.projection.weight", "blocks.6.proj.weight",
            "slowfast_r50_4x16.keys.txt");
        row("pyslowfast-x3d", "s1.pathway0_stem.conv_xy.weight", "blocks.0.conv.conv_t.weight",
            "x3d_xs.keys.txt");
        row("pyslowfast-x3d", "s3.pathway0_res0.branch2.se.fc1.weight",
            "blocks.2.res_blocks.0.branch2.norm_b.1.block.0.weight", "x3d_xs.keys.txt");
        row("pyslowfast-x3d", "s5.pathway0_res1.branch2.b_bn.weight",
            "blocks.4.res_blocks.1.branch2.norm_b.0.weight", "x3d_xs.keys.txt");
        row("pyslowfast-x3d", "head.lin_5.weight", "blocks.5.pool.post_conv.weight",
            "x3d_xs.keys.txt");
        row("mmaction2-generic", "backbone.layer1.0.conv1.weight", "layer1.0.conv1.weight",
            "tv_resnet50_101.keys.txt");
    }
    void otherReferenceNamesMap()
    {
        QFETCH(QString, convention);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, keysFile);
        const std::string mapped = mapCheckpointKey(from.toStdString(), convention.toStdString());
        QCOMPARE(QString::fromStdString(mapped), to);
        const std::vector<std::string> keys = fixtureKeys(keysFile.toStdString());
        QVERIFY2(std::find(keys.begin(), keys.end(), mapped) != keys.end(), mapped.c_str());
    }

    void dataParallelPrefixIsStripped()
    {
        const std::vector<std::string> keys = fixtureKeys("x3d_xs.keys.txt");
        std::vector<std::string> wrapped;
        for (const std::string &key : keys)
            wrapped.push_back("module." + key);
        const KeyMapping mapping = mapCheckpointKeys(wrapped, {keys.begin(), keys.end()});
        QCOMPARE(mapping.convention, std::string("pytorch"));
        QCOMPARE(mapping.matched, 563);
        QVERIFY(mapping.keys == keys);
        QVERIFY_THROWS_EXCEPTION(Error, mapCheckpointKey("x", "no-such-convention"));
    }

    void pySlowFastNamesCoverEveryKey_data()
    {
        QTest::addColumn<QString>("keysFile");
        QTest::addColumn<bool>("x3d");
        QTest::addColumn<QString>("convention");
        QTest::newRow("slowfast 4x16")
            << "slowfast_r50_4x16.keys.txt" << false << "pyslowfast-slowfast";
        QTest::newRow("x3d xs") << "x3d_xs.keys.txt" << true << "pyslowfast-x3d";
        QTest::newRow("x3d l") << "x3d_l.keys.txt" << true << "pyslowfast-x3d";
    }
    void pySlowFastNamesCoverEveryKey()
    {
        QFETCH(QString, keysFile);
        QFETCH(bool, x3d);
        QFETCH(QString, convention);
        const std::vector<std::string> ours = fixtureKeys(keysFile.toStdString());
        std::vector<std::string> theirs;
        for (const std::string &key : ours)
            theirs.push_back(toPySlowFast(key, x3d));
        const KeyMapping mapping
            = mapCheckpointKeys(theirs, std::set<std::string>(ours.begin(), ours.end()));
        QCOMPARE(QString::fromStdString(mapping.convention), convention);
        QCOMPARE(mapping.matched, static_cast<int>(ours.size()));
        QVERIFY(mapping.keys == ours);
    }

    /** An ImageNet torchvision ResNet-50 (1000 classes) initialises TSN-R50 for 101 classes. */
    void imagenetCheckpointInitialisesTsnBackbone_data()
    {
        QTest::addColumn<bool>("mmaction2");
        QTest::newRow("torchvision names") << false;
        QTest::newRow("mmaction2 names, DataParallel") << true;
    }
    void imagenetCheckpointInitialisesTsnBackbone()
    {
        QFETCH(bool, mmaction2);
        ModelBuildOptions build;
        build.name = "tsn_r50";
        build.numClasses = 101;
        std::shared_ptr<VideoModelImpl> model;
        try {
            model = createModel(build);
        } catch (const Error &e) {
            QSKIP(e.what()); // TSN not in this build's registry
        }
        torch::manual_seed(9);
        StateDict dict = stateDictLike("tv_resnet50_1000.keys.txt");
        const torch::Tensor conv1 = dict.front().second;
        if (mmaction2) {
            for (auto &[key, tensor] : dict)
                key = "module." + toMmaction2(key);
        }
        const WeightLoadReport report = applyCheckpoint(*model, dict, /*strict=*/true);
        QVERIFY(report.classifierReplaced);
        QCOMPARE(report.loaded.size(), std::size_t(318));
        QCOMPARE(report.mismatched.size(), std::size_t(2));
        QCOMPARE(report.mismatched[0].key, std::string("fc.weight"));
        QCOMPARE(report.convention, std::string(mmaction2 ? "mmaction2-resnet" : "pytorch"));
        QVERIFY(torch::equal(model->named_parameters()["conv1.weight"], conv1));
    }

    /** Fine-tuning: the 400-class fixture into a 10-class model replaces only the classifier. */
    void classifierReplacement()
    {
        const std::string path = test::fixture("x3d_xs_bnrand.state_dict.pt");
        auto model = x3dXs(10);
        QVERIFY((classifierKeys(*model)
                 == std::vector<std::string> {"blocks.5.proj.weight", "blocks.5.proj.bias"}));
        const torch::Tensor projBefore = model->named_parameters()["blocks.5.proj.weight"].clone();
        const WeightLoadReport report = loadCheckpointInto(*model, path, /*strict=*/true);
        QVERIFY(report.classifierReplaced);
        QVERIFY(report.complete());
        QCOMPARE(report.loaded.size(), std::size_t(561));
        QVERIFY(report.missing.empty());
        QVERIFY(report.unexpected.empty());
        QCOMPARE(report.mismatched.size(), std::size_t(2));
        QCOMPARE(report.mismatched[0].key, std::string("blocks.5.proj.weight"));
        QVERIFY((report.mismatched[0].fileShape == std::vector<std::int64_t> {400, 2048}));
        QVERIFY((report.mismatched[0].modelShape == std::vector<std::int64_t> {10, 2048}));
        QVERIFY(torch::equal(model->named_parameters()["blocks.5.proj.weight"], projBefore));
        const CheckpointTensors file = readCheckpointTensors(path);
        QVERIFY(torch::equal(model->named_parameters()["blocks.0.conv.conv_t.weight"],
                             file.tensors[0].second));
        const std::string summary = report.summary();
        QVERIFY2(summary.find("Classifier replaced") != std::string::npos, summary.c_str());
        QVERIFY2(summary.find("Loaded 561 of 563") != std::string::npos, summary.c_str());
    }

    void reportListsEveryProblem()
    {
        torch::manual_seed(4);
        StateDict dict = moduleStateDict(*x3dXs(400));
        dict.erase(dict.begin() + 2); // blocks.0.norm.weight: missing
        dict.emplace_back("blocks.9.extra.weight", torch::zeros({3})); // unexpected
        for (auto &[key, t] : dict) {
            if (key == "blocks.1.res_blocks.0.branch2.conv_a.weight")
                t = torch::zeros({5, 24, 1, 1, 1}); // not the classifier: a real mismatch
            if (key == "blocks.5.pool.post_conv.weight")
                t = t.reshape({2048, 432}).clone(); // a Linear-shaped 1x1x1 conv still loads
        }
        auto model = x3dXs(400);
        const torch::Tensor before
            = model->named_parameters()["blocks.0.conv.conv_t.weight"].clone();
        try {
            applyCheckpoint(*model, dict, /*strict=*/true, "file.pt");
            QFAIL("a strict load of a wrong dict succeeded");
        } catch (const Error &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("1 missing keys (left as initialised):\n  blocks.0.norm.weight")
                         != std::string::npos,
                     what.c_str());
            QVERIFY2(what.find("1 unexpected keys (ignored):\n  blocks.9.extra.weight")
                         != std::string::npos,
                     what.c_str());
            QVERIFY2(what.find("blocks.1.res_blocks.0.branch2.conv_a.weight (file [5, 24, 1, 1, "
                               "1], model [54, 24, 1, 1, 1])")
                         != std::string::npos,
                     what.c_str());
        }
        QVERIFY(torch::equal(model->named_parameters()["blocks.0.conv.conv_t.weight"], before));

        const WeightLoadReport report = applyCheckpoint(*model, dict, /*strict=*/false);
        QVERIFY(!report.complete());
        QVERIFY(!report.classifierReplaced);
        QVERIFY(report.missing == std::vector<std::string> {"blocks.0.norm.weight"});
        QVERIFY(report.unexpected == std::vector<std::string> {"blocks.9.extra.weight"});
        QCOMPARE(report.mismatched.size(), std::size_t(1));
        QCOMPARE(report.loaded.size(), std::size_t(561));
        QVERIFY(
            std::find(report.loaded.begin(), report.loaded.end(), "blocks.5.pool.post_conv.weight")
            != report.loaded.end());
        QVERIFY(!torch::equal(model->named_parameters()["blocks.0.conv.conv_t.weight"], before));

        // a checkpoint of another architecture fits nothing: an error, not a silent no-op
        StateDict c3d = {{"conv1.weight", torch::zeros({64, 3, 3, 3, 3})},
                         {"fc8.weight", torch::zeros({101, 4096})}};
        QVERIFY_THROWS_EXCEPTION(Error, applyCheckpoint(*model, c3d));
    }

    /** Export, then our reader and LibTorch's both read back exactly what was exported. */
    void exportRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        torch::manual_seed(5);
        auto model = x3dXs(10);
        {
            torch::NoGradGuard noGrad;
            model->train();
            model->forward(torch::randn({2, 3, 4, 64, 64})); // non-trivial BN statistics
        }
        ModelCard card;
        card.model = "x3d_xs";
        card.classes = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        card.sourceRun = "/runs/r1";
        card.checkpoint = "best.pt";
        const std::string path = test::path(dir, "x3d weights.pt");
        const ModelCard written = exportModelWeights(*model, path, card);
        QCOMPARE(written.keyCount, 563);

        const StateDict own = moduleStateDict(*model);
        const CheckpointTensors back = readCheckpointTensors(path);
        QCOMPARE(back.tensors.size(), own.size());
        for (std::size_t i = 0; i < own.size(); ++i) {
            QCOMPARE(back.tensors[i].first, own[i].first);
            QVERIFY(back.tensors[i].second.scalar_type() == own[i].second.scalar_type());
            QVERIFY2(torch::equal(back.tensors[i].second, own[i].second), own[i].first.c_str());
        }
        const auto libtorch = torch::pickle_load(readBytes(path)).toGenericDict();
        QCOMPARE(libtorch.size(), own.size());
        QVERIFY(torch::equal(libtorch.at("blocks.5.proj.weight").toTensor(),
                             model->named_parameters()["blocks.5.proj.weight"]));

        // reimported into a fresh model, the outputs are identical
        torch::manual_seed(6);
        auto copy = x3dXs(10);
        QVERIFY(loadCheckpointInto(*copy, path, true).complete());
        model->eval();
        copy->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({1, 3, 4, 64, 64});
        QVERIFY(torch::equal(model->forward(x), copy->forward(x)));

        const std::vector<char> cardBytes = readBytes(path + ".json");
        const auto json = nlohmann::json::parse(std::string(cardBytes.begin(), cardBytes.end()));
        QCOMPARE(json.at("key_count").get<int>(), 563);
        QCOMPARE(json.at("num_classes").get<int>(), 10);
        QCOMPARE(json.at("classes").at(9).get<std::string>(), std::string("j"));
        QCOMPARE(json.at("source_run").get<std::string>(), std::string("/runs/r1"));
        QCOMPARE(json.at("input").at("layout").get<std::string>(), std::string("NCTHW"));

        // views and non-contiguous tensors are written as what they show
        const torch::Tensor base = torch::arange(24, torch::kFloat).reshape({4, 6});
        StateDict views = {{"t", base.t()}, {"row", base[2]}, {"scalar", torch::tensor(7L)}};
        const std::string viewPath = test::path(dir, "views.pt");
        writeTorchStateDict(views, viewPath);
        const CheckpointTensors v = readCheckpointTensors(viewPath);
        QVERIFY(torch::equal(v.tensors[0].second, base.t()));
        QVERIFY(torch::equal(v.tensors[1].second, base[2]));
        QCOMPARE(v.tensors[2].second.dim(), int64_t(0));
        QCOMPARE(v.tensors[2].second.item<int64_t>(), int64_t(7));
    }

    /** A run's best checkpoint, exported with its classes and input spec in the card. */
    void exportRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string run = test::path(dir, "run1");
        std::filesystem::create_directories(run + "/checkpoints");
        ExperimentConfig config;
        config.model.name = "x3d_xs";
        config.model.numClasses = 3;
        config.input.clipLengthFrames = 8;
        config.input.cropSize = 112;
        saveConfig(config, run + "/config.yaml");
        writeFileAtomically(run + "/classes.txt", "left\nright\nstill\n");
        torch::manual_seed(8);
        auto model = x3dXs(3);
        saveCheckpoint(run + "/checkpoints/last.pt", *model, nullptr, CheckpointState {});
        QVERIFY_THROWS_EXCEPTION(Error, exportRunWeights(test::path(dir, "none"), true, "x.pt"));

        // our own LibTorch checkpoints read as state dicts too (fine-tuning from a run)
        const CheckpointTensors ours = readCheckpointTensors(run + "/checkpoints/last.pt");
        QCOMPARE(ours.wrapperKey, std::string("model"));
        const StateDict expected = moduleStateDict(*model);
        QCOMPARE(ours.tensors.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(ours.tensors[i].first, expected[i].first);
            QVERIFY(torch::equal(ours.tensors[i].second, expected[i].second));
        }

        const std::string out = test::path(dir, "out.pt");
        const RunWeightsExport result = exportRunWeights(run, /*preferBest=*/true, out);
        QCOMPARE(result.checkpoint, run + "/checkpoints/last.pt"); // no best.pt: the last
        QCOMPARE(result.keyCount, 563);
        const CheckpointTensors back = readCheckpointTensors(out);
        const StateDict own = moduleStateDict(*model);
        QCOMPARE(back.tensors.size(), own.size());
        for (std::size_t i = 0; i < own.size(); ++i)
            QVERIFY2(torch::equal(back.tensors[i].second, own[i].second), own[i].first.c_str());
        const auto card = nlohmann::json::parse(readFile(out + ".json"));
        QVERIFY((card.at("classes") == nlohmann::json {"left", "right", "still"}));
        QCOMPARE(card.at("model").get<std::string>(), std::string("x3d_xs"));
        QCOMPARE(card.at("checkpoint").get<std::string>(), std::string("last.pt"));
        QCOMPARE(card.at("input").at("clip_length_frames").get<int>(), 8);
        QCOMPARE(card.at("input").at("crop_size").get<int>(), 112);
    }

    void badFilesNameTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string missing = test::path(dir, "missing.pt");
        expectError([&] { readTorchFile(missing); }, missing, "Cannot open");

        const std::string empty = test::path(dir, "empty.pt");
        writeBytes(empty, "");
        expectError([&] { readTorchFile(empty); }, empty, "empty");

        const std::string random = test::path(dir, "random.pt");
        writeBytes(random, "\x13\x37 these are random bytes, not a checkpoint");
        expectError([&] { readTorchFile(random); }, random, "no zip header");

        const std::string legacy = test::path(dir, "legacy.pt");
        writeBytes(legacy,
                   "\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19"
                   ".\x80\x02M\xe9\x03."s);
        expectError([&] { readTorchFile(legacy); }, legacy, "legacy torch.save format");

        const std::vector<char> good = readBytes(test::fixture("x3d_xs.state_dict.pt"));
        const std::string truncated = test::path(dir, "truncated.pt");
        writeBytes(truncated, std::string(good.begin(), good.begin() + good.size() / 2));
        expectError([&] { readTorchFile(truncated); }, truncated, "truncated or corrupt");

        const std::string opcode = test::path(dir, "opcode.pt");
        writeZip(opcode, "\x80\x02}\xff."s);
        expectError([&] { readTorchFile(opcode); }, opcode,
                    "data.pkl byte 3: unsupported pickle opcode 0xff");

        const std::string shortPickle = test::path(dir, "short.pt");
        writeZip(shortPickle,
                 "\x80\x02X\x10\x00\x00\x00"
                 "ab"s);
        expectError([&] { readTorchFile(shortPickle); }, shortPickle,
                    "data.pkl byte 2: the pickle is truncated");

        const std::string underflow = test::path(dir, "underflow.pt");
        writeZip(underflow, "\x80\x02s.");
        expectError([&] { readTorchFile(underflow); }, underflow, "stack underflow");

        const std::string noStorage = test::path(dir, "nostorage.pt");
        writeZip(noStorage,
                 "\x80\x02(X\x07\x00\x00\x00storagectorch\nFloatStorage\n"
                 "X\x01\x00\x00\x00"
                 "0X\x03\x00\x00\x00"
                 "cpuK\x04tQ."s);
        expectError([&] { readTorchFile(noStorage); }, noStorage, "no record data/0");

        // unknown globals (an optimiser, a Namespace) never stop a load
        const std::string opaque = test::path(dir, "opaque.pt");
        writeZip(opaque,
                 "\x80\x02}(X\x04\x00\x00\x00"
                 "argscargparse\nNamespace\n)\x81}bX\x01\x00\x00"
                 "\x00xG@\x09\x21\xfb\x54\x44\x2d\x18u."s);
        const PickleValuePtr value = readTorchFile(opaque);
        QCOMPARE(value->find("args")->typeName(), std::string("argparse.Namespace"));
        QVERIFY(std::abs(value->find("x")->real - 3.141592653589793) < 1e-15);

        // and a tensor file is not a state dict
        expectError([&] { readCheckpointTensors(test::fixture("x3d_xs.expected.pt")); },
                    test::fixture("x3d_xs.expected.pt"), "found tensor");
    }
};

QTEST_APPLESS_MAIN(TestWeights)
#include "testweights.moc"
