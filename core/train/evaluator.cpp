#include "core/train/evaluator.h"

#include <algorithm>

#include <torch/torch.h>

#include "core/data/cliploader.h"
#include "core/models/videomodel.h"

namespace as {

std::int64_t countTopK(const torch::Tensor &logits, const torch::Tensor &labels, int k)
{
    const int kk = std::min<int>(k, static_cast<int>(logits.size(1)));
    const torch::Tensor top = std::get<1>(logits.topk(kk, 1));      // [N, k]
    return top.eq(labels.view({-1, 1})).any(1).sum().item<std::int64_t>();
}

double meanClassAccuracy(const std::vector<std::vector<int>> &confusion)
{
    double sum = 0.0;
    int classes = 0;
    for (std::size_t c = 0; c < confusion.size(); ++c) {
        int total = 0;
        for (int count : confusion[c])
            total += count;
        if (total == 0)
            continue;  // a class without test samples has no accuracy to average
        sum += static_cast<double>(confusion[c][c]) / total;
        ++classes;
    }
    return classes ? sum / classes : 0.0;
}

namespace {

/**
 * Scores [N, classes] of a batch: logits for single clips; for multi-view batches
 * [N, V, 3, T, H, W] the log of the softmax averaged over the V views (so top-k and the loss
 * work on it as on logits), forwarded `chunk` clips at a time to bound memory.
 */
torch::Tensor batchScores(VideoModelImpl &model, const torch::Tensor &data, int chunk)
{
    if (data.dim() != 6)
        return model.forward(data).to(torch::kFloat32);
    const std::int64_t n = data.size(0);
    const std::int64_t views = data.size(1);
    const torch::Tensor flat = data.flatten(0, 1);  // [N·V, 3, T, H, W]
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < flat.size(0); start += chunk)
        parts.push_back(torch::softmax(
            model.forward(flat.slice(0, start, std::min(flat.size(0), start + chunk)))
                .to(torch::kFloat32),
            1));
    const torch::Tensor probabilities = torch::cat(parts, 0).view({n, views, -1}).mean(1);
    return probabilities.clamp_min(1e-12).log();
}

} // namespace

EvalResult evaluateModel(VideoModelImpl &model, ClipLoader &loader, int numClasses,
                         const torch::Device &device, const std::string &protocol,
                         const CancellationToken &token, bool keepScores)
{
    torch::NoGradGuard noGrad;  // thread-local: must be opened on the thread that evaluates
    const bool wasTraining = model.is_training();
    model.eval();

    EvalResult result;
    result.protocol = protocol;
    result.confusion.assign(numClasses, std::vector<int>(numClasses, 0));
    double lossSum = 0.0;
    std::int64_t top1 = 0;
    std::int64_t top5 = 0;
    loader.startEpoch(0);
    while (auto batch = loader.next()) {
        token.throwIfCancelled();
        const torch::Tensor data = batch->data.to(device);
        const torch::Tensor labels = batch->labels.to(device);
        const int chunk = std::max<int>(1, static_cast<int>(data.size(0)));
        const torch::Tensor scores = batchScores(model, data, chunk);   // [N, classes]
        lossSum += torch::nn::functional::cross_entropy(
                       scores, labels,
                       torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .item<double>();
        top1 += countTopK(scores, labels, 1);
        top5 += countTopK(scores, labels, 5);
        const torch::Tensor predicted = scores.argmax(1).cpu();
        const torch::Tensor truth = labels.cpu();
        for (int64_t i = 0; i < predicted.size(0); ++i)
            ++result.confusion[truth[i].item<int64_t>()][predicted[i].item<int64_t>()];
        if (keepScores) {
            const torch::Tensor probabilities = torch::softmax(scores, 1).cpu().contiguous();
            for (int64_t i = 0; i < probabilities.size(0); ++i) {
                const float *row = probabilities[i].data_ptr<float>();
                result.scores.emplace_back(row, row + probabilities.size(1));
                result.labels.push_back(static_cast<int>(truth[i].item<int64_t>()));
            }
        }
        result.samples += static_cast<int>(data.size(0));
    }
    if (result.samples > 0) {
        result.loss = lossSum / result.samples;
        result.top1 = static_cast<double>(top1) / result.samples;
        result.top5 = static_cast<double>(top5) / result.samples;
        result.meanClassAccuracy = meanClassAccuracy(result.confusion);
    }
    model.train(wasTraining);
    return result;
}

} // namespace as
