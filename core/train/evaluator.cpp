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

EvalResult evaluateModel(VideoModelImpl &model, ClipLoader &loader, int numClasses,
                         const torch::Device &device, const std::string &protocol,
                         const CancellationToken &token)
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
        const torch::Tensor logits = model.forward(data).to(torch::kFloat32);   // [N, classes]
        lossSum += torch::nn::functional::cross_entropy(
                       logits, labels,
                       torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .item<double>();
        top1 += countTopK(logits, labels, 1);
        top5 += countTopK(logits, labels, 5);
        const torch::Tensor predicted = logits.argmax(1).cpu();
        const torch::Tensor truth = labels.cpu();
        for (int64_t i = 0; i < predicted.size(0); ++i)
            ++result.confusion[truth[i].item<int64_t>()][predicted[i].item<int64_t>()];
        result.samples += static_cast<int>(data.size(0));
    }
    if (result.samples > 0) {
        result.loss = lossSum / result.samples;
        result.top1 = static_cast<double>(top1) / result.samples;
        result.top5 = static_cast<double>(top5) / result.samples;
    }
    model.train(wasTraining);
    return result;
}

} // namespace as
