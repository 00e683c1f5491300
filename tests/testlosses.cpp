// Losses (label smoothing, Mix-up soft targets, distillation), precise BN and the weight EMA.
// Every expected value is computed in the test itself: losses by hand with std::exp / std::log
// on small examples, BN statistics with tensor ops on the inputs the BN layers see directly,
// EMA values from the closed form of two updates.

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <vector>

#include <QtTest>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/data/mixup.h"
#include "core/train/losses.h"
#include "core/train/lossscaler.h"
#include "core/train/modelema.h"
#include "core/train/precisebn.h"

using namespace as;

namespace {

using Matrix = std::vector<std::vector<double>>;

/** The 2×3 example used throughout: logits and labels. */
const Matrix kLogits = {{1.0, 2.0, 0.5}, {-1.0, 0.0, 3.0}};
const std::vector<std::int64_t> kLabels = {1, 2};
/** Teacher logits for the distillation example. */
const Matrix kTeacher = {{0.2, 1.5, -0.3}, {0.0, 1.0, 2.0}};

torch::Tensor toTensor(const Matrix &m, torch::Dtype dtype = torch::kFloat64)
{
    const auto rows = static_cast<std::int64_t>(m.size());
    const auto cols = static_cast<std::int64_t>(m.front().size());
    torch::Tensor t = torch::empty({rows, cols}, torch::kFloat64);
    for (std::int64_t i = 0; i < rows; ++i)
        for (std::int64_t j = 0; j < cols; ++j)
            t[i][j] = m[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    return t.to(dtype);
}

/** log softmax of one row, by hand: x_c − log Σ_k exp(x_k). */
std::vector<double> logSoftmax(const std::vector<double> &row)
{
    double sum = 0.0;
    for (double x : row)
        sum += std::exp(x);
    std::vector<double> out;
    for (double x : row)
        out.push_back(x - std::log(sum));
    return out;
}

/** −Σ_c t_c log p_c with t = 1 − ε + ε/C on `label` and ε/C elsewhere. */
double handSmoothedCe(const std::vector<double> &row, std::int64_t label, double eps)
{
    const std::vector<double> logP = logSoftmax(row);
    const double c = static_cast<double>(row.size());
    double loss = 0.0;
    for (std::size_t k = 0; k < row.size(); ++k) {
        const double target = (static_cast<std::int64_t>(k) == label ? 1.0 - eps : 0.0) + eps / c;
        loss -= target * logP[k];
    }
    return loss;
}

/** T² · Σ_c p_t(c) (log p_t(c) − log p_s(c)) with p = softmax(logits / T), by hand. */
double handDistillation(const std::vector<double> &student, const std::vector<double> &teacher,
                        double temperature)
{
    std::vector<double> s, t;
    for (double x : student)
        s.push_back(x / temperature);
    for (double x : teacher)
        t.push_back(x / temperature);
    const std::vector<double> logPs = logSoftmax(s);
    const std::vector<double> logPt = logSoftmax(t);
    double kl = 0.0;
    for (std::size_t c = 0; c < logPs.size(); ++c)
        kl += std::exp(logPt[c]) * (logPt[c] - logPs[c]);
    return temperature * temperature * kl;
}

double scalar(const torch::Tensor &t)
{
    return t.item<double>();
}

/**
 * Two BatchNorm layers fed straight from the input [N, 3, T, H, W]: a 3-D one on the whole clip
 * and, inside a child module, a 2-D one on the first frame, so the test can compute what each
 * layer sees.
 */
struct FrameBranchImpl : torch::nn::Module
{
    FrameBranchImpl()
        : bn(register_module("bn", torch::nn::BatchNorm2d(3)))
    {
    }
    torch::Tensor forward(const torch::Tensor &x) { return bn(x.select(2, 0)); }
    torch::nn::BatchNorm2d bn;
};
TORCH_MODULE(FrameBranch);

struct TinyBnNetImpl : torch::nn::Module
{
    TinyBnNetImpl()
        : bn3(register_module("bn3",
                              torch::nn::BatchNorm3d(torch::nn::BatchNormOptions(3).momentum(0.3))))
        , branch(register_module("branch", FrameBranch()))
        , fc(register_module("fc", torch::nn::Linear(3, 2)))
    {
    }
    torch::Tensor forward(const torch::Tensor &x) // x: [N, 3, T, H, W]
    {
        const torch::Tensor clip = bn3(x).mean({2, 3, 4}); // [N, 3]
        const torch::Tensor frame = branch->forward(x).mean({2, 3}); // [N, 3]
        return fc(clip + frame); // [N, 2]
    }
    torch::nn::BatchNorm3d bn3;
    FrameBranch branch;
    torch::nn::Linear fc;
};
TORCH_MODULE(TinyBnNet);

/** Known random inputs of different sizes and statistics, [N, 3, T=2, 4, 4]. */
std::vector<torch::Tensor> bnBatches()
{
    torch::manual_seed(11);
    return {torch::randn({2, 3, 2, 4, 4}) * 2.0 + 1.0, torch::randn({3, 3, 2, 4, 4}) * 0.5 - 2.0,
            torch::randn({4, 3, 2, 4, 4}) + 0.5};
}

/** A nextBatch callback over `batches`, then nullopt. */
std::function<std::optional<torch::Tensor>()> provider(const std::vector<torch::Tensor> &batches)
{
    auto index = std::make_shared<std::size_t>(0);
    return [batches, index]() -> std::optional<torch::Tensor> {
        if (*index >= batches.size())
            return std::nullopt;
        return batches[(*index)++];
    };
}

/** Mean over the batches of the per-channel means / unbiased variances over `dims`. */
std::pair<torch::Tensor, torch::Tensor> averagedStats(const std::vector<torch::Tensor> &inputs,
                                                      std::vector<std::int64_t> dims)
{
    torch::Tensor mean = torch::zeros({3});
    torch::Tensor var = torch::zeros({3});
    for (const torch::Tensor &x : inputs) {
        mean += x.mean(dims);
        var += x.var(dims, /*unbiased=*/true);
    }
    const double n = static_cast<double>(inputs.size());
    return {mean / n, var / n};
}

double maxAbsDiff(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a - b).abs().max().item<double>();
}

/** Linear(2 → 1) followed by BatchNorm1d(1): parameters and float + integer buffers. */
struct TinyEmaNetImpl : torch::nn::Module
{
    TinyEmaNetImpl()
        : fc(register_module("fc", torch::nn::Linear(2, 1)))
        , bn(register_module("bn", torch::nn::BatchNorm1d(1)))
    {
    }
    torch::nn::Linear fc;
    torch::nn::BatchNorm1d bn;
};
TORCH_MODULE(TinyEmaNet);

void setWeights(TinyEmaNet &net, double w0, double w1, double b)
{
    torch::NoGradGuard noGrad;
    net->fc->weight.copy_(torch::tensor({{w0, w1}}));
    net->fc->bias.fill_(b);
}

} // namespace

class TestLosses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smoothedCrossEntropyMatchesHandFormula();
    void zeroSmoothingIsPlainCrossEntropy();
    void smoothedGradientIsSoftmaxMinusTarget();
    void mixupLossIsWeightedCrossEntropy();
    void distillationMatchesHandKl();
    void distillationZeroForIdenticalLogitsAndTeacherDetached();
    void preciseBnAveragesBatchStatistics();
    void preciseBnUsesAvailableBatches();
    void emaFollowsClosedForm();
    void emaSwapAndSaveLoad();
    void emaRejectsOtherModels();
    void lossScalerSkipsOverflowsAndGrows();
};

void TestLosses::smoothedCrossEntropyMatchesHandFormula()
{
    const double eps = 0.1;
    const double expected = 0.5
        * (handSmoothedCe(kLogits[0], kLabels[0], eps)
           + handSmoothedCe(kLogits[1], kLabels[1], eps));
    const torch::Tensor labels = torch::tensor(kLabels, torch::kInt64);

    const torch::Tensor loss64 = smoothedCrossEntropy(toTensor(kLogits), labels, eps);
    QCOMPARE(loss64.dim(), 0);
    QCOMPARE(loss64.scalar_type(), torch::kFloat64);
    QVERIFY(std::abs(scalar(loss64) - expected) < 1e-12);

    const torch::Tensor loss32
        = smoothedCrossEntropy(toTensor(kLogits, torch::kFloat32), labels, eps);
    QCOMPARE(loss32.scalar_type(), torch::kFloat32);
    QVERIFY(std::abs(scalar(loss32) - expected) < 1e-6);

    // The same value through the explicit soft targets: (1 − ε + ε/C, ε/C).
    const torch::Tensor targets = smoothedTargets(labels, 3, eps);
    QVERIFY(std::abs(targets[0][1].item<double>() - (0.9 + 0.1 / 3.0)) < 1e-7);
    QVERIFY(std::abs(targets[0][0].item<double>() - 0.1 / 3.0) < 1e-7);
    QVERIFY(std::abs(targets[1][2].item<double>() - (0.9 + 0.1 / 3.0)) < 1e-7);
    QVERIFY(std::abs(scalar(softTargetCrossEntropy(toTensor(kLogits), targets)) - expected) < 1e-7);
}

void TestLosses::zeroSmoothingIsPlainCrossEntropy()
{
    const torch::Tensor labels = torch::tensor(kLabels, torch::kInt64);
    const double expected
        = 0.5 * (-logSoftmax(kLogits[0])[1] - logSoftmax(kLogits[1])[2]); // hand NLL, mean
    QVERIFY(std::abs(scalar(smoothedCrossEntropy(toTensor(kLogits), labels, 0.0)) - expected)
            < 1e-12);

    torch::manual_seed(3);
    const torch::Tensor randomLabels = torch::randint(0, 7, {5}, torch::kInt64);
    for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
        const torch::Tensor logits = torch::randn({5, 7}, dtype) * 3.0;
        const torch::Tensor ours = smoothedCrossEntropy(logits, randomLabels, 0.0);
        const torch::Tensor reference = torch::nn::functional::cross_entropy(logits, randomLabels);
        const double tolerance = dtype == torch::kFloat32 ? 1e-6 : 1e-12;
        QVERIFY(std::abs(scalar(ours) - scalar(reference)) < tolerance);
    }
}

void TestLosses::smoothedGradientIsSoftmaxMinusTarget()
{
    const double eps = 0.1;
    const torch::Tensor logits = toTensor(kLogits).requires_grad_(true);
    const torch::Tensor loss = smoothedCrossEntropy(logits, torch::tensor(kLabels), eps);
    QVERIFY(loss.requires_grad());
    loss.backward();
    // d/dx of the batch mean of −Σ t log softmax(x) is (softmax(x) − t) / N.
    for (std::size_t i = 0; i < 2; ++i) {
        const std::vector<double> logP = logSoftmax(kLogits[i]);
        for (std::size_t c = 0; c < 3; ++c) {
            const double target
                = (static_cast<std::int64_t>(c) == kLabels[i] ? 1.0 - eps : 0.0) + eps / 3.0;
            const double expected = (std::exp(logP[c]) - target) / 2.0;
            const double actual
                = logits.grad()[static_cast<std::int64_t>(i)][static_cast<std::int64_t>(c)]
                      .item<double>();
            QVERIFY2(std::abs(actual - expected) < 1e-12, qPrintable(QString::number(actual)));
        }
    }
}

void TestLosses::mixupLossIsWeightedCrossEntropy()
{
    const Matrix logitRows
        = {{1.0, 2.0, 0.5}, {-1.0, 0.0, 3.0}, {0.3, -0.7, 1.1}, {2.0, 2.5, -1.0}};
    const std::vector<std::int64_t> labelValues = {0, 1, 2, 1};
    const torch::Tensor labels = torch::tensor(labelValues, torch::kInt64);
    std::mt19937_64 rng(7);
    const MixedBatch batch
        = mixupBatch(torch::arange(8, torch::kFloat32).reshape({4, 2}), labels, 0.2, rng);
    // The example must really mix: 0 < λ < 1 and some clip has another clip as partner.
    QVERIFY(batch.lambda > 0.0 && batch.lambda < 1.0);
    QVERIFY(!torch::equal(batch.partner, torch::arange(4, torch::kInt64)));
    const double lambda = batch.lambda;

    for (const double eps : {0.0, 0.1}) {
        double expected = 0.0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::int64_t partner
                = batch.partner[static_cast<std::int64_t>(i)].item<std::int64_t>();
            const std::int64_t labelB = labelValues[static_cast<std::size_t>(partner)];
            expected += lambda * handSmoothedCe(logitRows[i], labelValues[i], eps)
                + (1.0 - lambda) * handSmoothedCe(logitRows[i], labelB, eps);
        }
        expected /= 4.0;
        const torch::Tensor loss
            = softTargetCrossEntropy(toTensor(logitRows), mixupSoftTargets(batch, 3, eps));
        // The soft targets are float32: about 1e-7 relative error.
        QVERIFY2(std::abs(scalar(loss) - expected) < 1e-6,
                 qPrintable(
                     QStringLiteral("eps %1: %2 vs %3").arg(eps).arg(scalar(loss)).arg(expected)));
    }
}

void TestLosses::distillationMatchesHandKl()
{
    for (const double temperature : {1.0, 4.0}) {
        const double expected = 0.5
            * (handDistillation(kLogits[0], kTeacher[0], temperature)
               + handDistillation(kLogits[1], kTeacher[1], temperature));
        QVERIFY(expected > 1e-4); // a real difference between student and teacher
        const torch::Tensor loss
            = distillationLoss(toTensor(kLogits), toTensor(kTeacher), temperature);
        QCOMPARE(loss.dim(), 0);
        QVERIFY2(
            std::abs(scalar(loss) - expected) < 1e-12,
            qPrintable(
                QStringLiteral("T %1: %2 vs %3").arg(temperature).arg(scalar(loss)).arg(expected)));
        const torch::Tensor loss32 = distillationLoss(
            toTensor(kLogits, torch::kFloat32), toTensor(kTeacher, torch::kFloat32), temperature);
        QVERIFY(std::abs(scalar(loss32) - expected) < 1e-6);
    }
    // Without T², the T = 4 value would be 16 times smaller: check the factor on its own.
    const double kl4 = scalar(distillationLoss(toTensor(kLogits), toTensor(kTeacher), 4.0)) / 16.0;
    const double handKl4 = 0.5
        * (handDistillation(kLogits[0], kTeacher[0], 4.0)
           + handDistillation(kLogits[1], kTeacher[1], 4.0))
        / 16.0;
    QVERIFY(std::abs(kl4 - handKl4) < 1e-12);
}

void TestLosses::distillationZeroForIdenticalLogitsAndTeacherDetached()
{
    const torch::Tensor same = distillationLoss(toTensor(kLogits), toTensor(kLogits), 4.0);
    QVERIFY(std::abs(scalar(same)) < 1e-12);

    const double temperature = 4.0;
    const torch::Tensor student = toTensor(kLogits).requires_grad_(true);
    const torch::Tensor teacher = toTensor(kTeacher).requires_grad_(true);
    distillationLoss(student, teacher, temperature).backward();
    QVERIFY(!teacher.grad().defined());
    QVERIFY(student.grad().defined());
    // d/ds of T² · KL(p_t ‖ softmax(s / T)), batch mean, is T · (p_s − p_t) / N.
    for (std::size_t i = 0; i < 2; ++i) {
        std::vector<double> s, t;
        for (std::size_t c = 0; c < 3; ++c) {
            s.push_back(kLogits[i][c] / temperature);
            t.push_back(kTeacher[i][c] / temperature);
        }
        const std::vector<double> logPs = logSoftmax(s);
        const std::vector<double> logPt = logSoftmax(t);
        for (std::size_t c = 0; c < 3; ++c) {
            const double expected = temperature * (std::exp(logPs[c]) - std::exp(logPt[c])) / 2.0;
            const double actual
                = student.grad()[static_cast<std::int64_t>(i)][static_cast<std::int64_t>(c)]
                      .item<double>();
            QVERIFY(std::abs(actual - expected) < 1e-12);
        }
    }
}

void TestLosses::preciseBnAveragesBatchStatistics()
{
    TinyBnNet net;
    QCOMPARE(countBatchNorms(*net), 2);
    const std::vector<torch::Tensor> inputs = bnBatches();
    const auto forward = [&net](const torch::Tensor &x) { net->forward(x); };

    // A couple of ordinary momentum updates first, so the statistics are not the defaults.
    net->train();
    {
        torch::NoGradGuard noGrad;
        net->forward(torch::randn({2, 3, 2, 4, 4}) * 3.0);
        net->forward(torch::randn({2, 3, 2, 4, 4}) + 4.0);
    }
    const torch::Tensor before3 = net->bn3->running_mean.clone();
    const torch::Tensor before2Var = net->branch->bn->running_var.clone();
    const torch::Tensor weightBefore = net->fc->weight.clone();
    net->eval();

    const int used = updatePreciseBn(*net, provider(inputs), forward, 3);
    QCOMPARE(used, 3);

    // bn3 sees the whole clip, the 2-D one the first frame of every clip.
    const auto [mean3, var3] = averagedStats(inputs, {0, 2, 3, 4});
    std::vector<torch::Tensor> frames;
    for (const torch::Tensor &x : inputs)
        frames.push_back(x.select(2, 0)); // [N, 3, H, W]
    const auto [mean2, var2] = averagedStats(frames, {0, 2, 3});
    QVERIFY(maxAbsDiff(net->bn3->running_mean, mean3) < 1e-5);
    QVERIFY(maxAbsDiff(net->bn3->running_var, var3) < 1e-5);
    QVERIFY(maxAbsDiff(net->branch->bn->running_mean, mean2) < 1e-5);
    QVERIFY(maxAbsDiff(net->branch->bn->running_var, var2) < 1e-5);
    // The earlier momentum statistics were really replaced.
    QVERIFY(maxAbsDiff(before3, mean3) > 0.05);
    QVERIFY(maxAbsDiff(before2Var, var2) > 0.05);
    QCOMPARE(net->bn3->num_batches_tracked.item<std::int64_t>(), std::int64_t {3});

    // Momenta, modes and parameters are as they were.
    QVERIFY(net->bn3->options.momentum().has_value());
    QCOMPARE(*net->bn3->options.momentum(), 0.3);
    QCOMPARE(*net->branch->bn->options.momentum(), 0.1);
    QVERIFY(!net->is_training());
    QVERIFY(!net->bn3->is_training());
    QVERIFY(!net->branch->bn->is_training());
    QVERIFY(torch::equal(net->fc->weight, weightBefore));

    // A model in training mode with one frozen (eval) layer keeps exactly that mix.
    net->train();
    net->branch->eval();
    updatePreciseBn(*net, provider(inputs), forward, 3);
    QVERIFY(net->is_training());
    QVERIFY(net->bn3->is_training());
    QVERIFY(!net->branch->is_training());
    QVERIFY(!net->branch->bn->is_training());
    QVERIFY(maxAbsDiff(net->branch->bn->running_mean, mean2) < 1e-5);
}

void TestLosses::preciseBnUsesAvailableBatches()
{
    TinyBnNet net;
    const std::vector<torch::Tensor> inputs = bnBatches();
    const auto forward = [&net](const torch::Tensor &x) { net->forward(x); };

    // Two batches available, five asked: two used, and the averages are over those two.
    const std::vector<torch::Tensor> two(inputs.begin(), inputs.begin() + 2);
    QCOMPARE(updatePreciseBn(*net, provider(two), forward, 5), 2);
    const auto [mean3, var3] = averagedStats(two, {0, 2, 3, 4});
    QVERIFY(maxAbsDiff(net->bn3->running_mean, mean3) < 1e-5);
    QVERIFY(maxAbsDiff(net->bn3->running_var, var3) < 1e-5);

    // Fewer asked than available: only the first one is used.
    QCOMPARE(updatePreciseBn(*net, provider(inputs), forward, 1), 1);
    const auto [mean1, var1] = averagedStats({inputs[0]}, {0, 2, 3, 4});
    QVERIFY(maxAbsDiff(net->bn3->running_var, var1) < 1e-5);

    // No data: nothing changes, nothing is used.
    const torch::Tensor meanBefore = net->bn3->running_mean.clone();
    const torch::Tensor countBefore = net->bn3->num_batches_tracked.clone();
    QCOMPARE(updatePreciseBn(*net, provider({}), forward, 3), 0);
    QVERIFY(torch::equal(net->bn3->running_mean, meanBefore));
    QVERIFY(torch::equal(net->bn3->num_batches_tracked, countBefore));
}

void TestLosses::emaFollowsClosedForm()
{
    TinyEmaNet net;
    setWeights(net, 1.0, -2.0, 0.5);
    ModelEma ema(*net, 0.9);
    QCOMPARE(ema.decay(), 0.9);

    setWeights(net, 3.0, 0.0, 1.5);
    ema.update(*net);
    setWeights(net, -1.0, 4.0, 0.0);
    {
        torch::NoGradGuard noGrad;
        net->bn->running_mean.fill_(2.5);
        net->bn->num_batches_tracked.fill_(7);
    }
    ema.update(*net);

    // e2 = 0.9 · (0.9 · w0 + 0.1 · w1) + 0.1 · w2 = 0.81 w0 + 0.09 w1 + 0.1 w2.
    const auto closed
        = [](double w0, double w1, double w2) { return 0.81 * w0 + 0.09 * w1 + 0.1 * w2; };
    TinyEmaNet out;
    ema.copyTo(*out);
    QVERIFY(std::abs(out->fc->weight[0][0].item<double>() - closed(1.0, 3.0, -1.0)) < 1e-6);
    QVERIFY(std::abs(out->fc->weight[0][1].item<double>() - closed(-2.0, 0.0, 4.0)) < 1e-6);
    QVERIFY(std::abs(out->fc->bias[0].item<double>() - closed(0.5, 1.5, 0.0)) < 1e-6);
    // Buffers are copied, not averaged, and the counter stays an integer.
    QVERIFY(std::abs(out->bn->running_mean[0].item<double>() - 2.5) < 1e-7);
    QCOMPARE(out->bn->num_batches_tracked.scalar_type(), torch::kInt64);
    QCOMPARE(out->bn->num_batches_tracked.item<std::int64_t>(), std::int64_t {7});
    // The model itself is unchanged by the updates.
    QCOMPARE(net->fc->weight[0][0].item<double>(), -1.0);
}

void TestLosses::emaSwapAndSaveLoad()
{
    TinyEmaNet net;
    setWeights(net, 1.0, 2.0, 3.0);
    ModelEma ema(*net, 0.9);
    setWeights(net, 11.0, 12.0, 13.0);
    ema.update(*net); // ema = 0.9 · 1 + 0.1 · 11 = 2, 3, 4

    ema.swapWith(*net);
    QVERIFY(std::abs(net->fc->weight[0][0].item<double>() - 2.0) < 1e-6);
    QVERIFY(std::abs(net->fc->bias[0].item<double>() - 4.0) < 1e-6);
    ema.swapWith(*net);
    QCOMPARE(net->fc->weight[0][0].item<double>(), 11.0);
    QCOMPARE(net->fc->bias[0].item<double>(), 13.0);
    TinyEmaNet check;
    ema.copyTo(*check);
    QVERIFY(std::abs(check->fc->weight[0][1].item<double>() - 3.0) < 1e-6);

    // Round trip through a serialized archive into an EMA with another decay and weights.
    std::stringstream stream;
    {
        torch::serialize::OutputArchive archive;
        ema.save(archive);
        archive.save_to(stream);
    }
    TinyEmaNet other;
    ModelEma restored(*other, 0.5);
    {
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        restored.load(archive);
    }
    QCOMPARE(restored.decay(), 0.9);
    TinyEmaNet fromRestored;
    restored.copyTo(*fromRestored);
    QVERIFY(torch::equal(fromRestored->fc->weight, check->fc->weight));
    QVERIFY(torch::equal(fromRestored->fc->bias, check->fc->bias));
    QVERIFY(torch::equal(fromRestored->bn->running_var, check->bn->running_var));

    // An archive without the EMA keys is refused, naming the missing key.
    std::stringstream emptyStream;
    {
        torch::serialize::OutputArchive archive;
        archive.write("ema/decay", c10::IValue(0.9));
        archive.save_to(emptyStream);
    }
    torch::serialize::InputArchive emptyArchive;
    emptyArchive.load_from(emptyStream);
    try {
        restored.load(emptyArchive);
        QFAIL("load of an archive without EMA weights did not throw");
    } catch (const Error &e) {
        QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("ema.missing"));
        QVERIFY(e.path().rfind("ema/", 0) == 0);
    }
}

void TestLosses::emaRejectsOtherModels()
{
    TinyEmaNet net;
    ModelEma ema(*net, 0.9);
    torch::nn::Sequential other(torch::nn::Linear(2, 1));
    try {
        ema.copyTo(*other);
        QFAIL("copyTo into another architecture did not throw");
    } catch (const Error &e) {
        QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("ema.mismatch"));
        QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("0.weight"));
        QVERIFY(std::string(e.what()).find("0.weight") != std::string::npos);
    }
}

void TestLosses::lossScalerSkipsOverflowsAndGrows()
{
    // Mixed precision's dynamic loss scale, checked on CPU tensors (the CUDA path only adds
    // autocast around the forward pass).
    torch::Tensor w = torch::ones({2}, torch::requires_grad());
    const std::vector<torch::Tensor> params{w};
    LossScaler off(false);
    QCOMPARE(off.scale(), 1.0);
    QCOMPARE(off.scaled(torch::tensor(3.0)).item<double>(), 3.0);

    LossScaler scaler(true, 1024.0, 2);
    const torch::Tensor loss = (w * torch::tensor({1.0f, 2.0f})).sum();
    QCOMPARE(scaler.scaled(loss).item<double>(), 3.0 * 1024.0);
    scaler.scaled(loss).backward();
    QCOMPARE(w.grad()[1].item<double>(), 2.0 * 1024.0);
    QVERIFY(scaler.unscaleGradients(params));            // good step 1: gradients unscaled
    QCOMPARE(w.grad()[1].item<double>(), 2.0);
    QCOMPARE(scaler.scale(), 1024.0);

    w.grad().fill_(std::numeric_limits<float>::infinity());
    QVERIFY(!scaler.unscaleGradients(params));           // overflow: skip, zero, halve
    QCOMPARE(w.grad().abs().sum().item<double>(), 0.0);
    QCOMPARE(scaler.scale(), 512.0);

    w.grad().fill_(512.0);
    QVERIFY(scaler.unscaleGradients(params));
    w.grad().fill_(512.0);
    QVERIFY(scaler.unscaleGradients(params));            // 2 good steps in a row: doubles
    QCOMPARE(w.grad()[0].item<double>(), 1.0);
    QCOMPARE(scaler.scale(), 1024.0);
}

QTEST_APPLESS_MAIN(TestLosses)
#include "testlosses.moc"
