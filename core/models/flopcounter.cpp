#include "core/models/flopcounter.h"

#include <cstring>
#include <memory>

#include <ATen/record_function.h>
#include <torch/torch.h>

#include "core/models/modelregistry.h"

namespace as {

namespace {

thread_local FlopCounter *t_active = nullptr;

enum class OpKind { None, Convolution, Linear };

/** Which counted family `name` belongs to; the input index that gives the per-output cost. */
OpKind kindOf(const char *name)
{
    // The generic entry points first, then the backends a model may call directly (SlowFast
    // calls mkldnn_convolution on the CPU); nested calls are counted once, at the outermost.
    // All of them take (input, weight, …) with weight [C_out, C_in/groups, k…].
    for (const char *conv :
         {"aten::convolution", "aten::_convolution", "aten::conv1d", "aten::conv2d",
          "aten::conv3d", "aten::mkldnn_convolution", "aten::thnn_conv2d", "aten::slow_conv3d",
          "aten::cudnn_convolution"}) {
        if (std::strcmp(name, conv) == 0)
            return OpKind::Convolution;
    }
    for (const char *linear : {"aten::linear", "aten::addmm", "aten::mm", "aten::matmul"}) {
        if (std::strcmp(name, linear) == 0)
            return OpKind::Linear;
    }
    return OpKind::None;
}

/** Carries the cost per output element (or per input element) from start to end. */
struct OpCost final : at::ObserverContext
{
    OpKind kind = OpKind::None;
    std::int64_t perElement = 0;  // multiply-adds per output element (input element if transposed)
    std::int64_t inputNumel = 0;
    bool perInputElement = false; // transposed convolution
};

} // namespace

/** The RecordFunction callbacks; a struct so that FlopCounter can befriend it. */
struct FlopCounterCallbacks
{
    static std::unique_ptr<at::ObserverContext> start(const at::RecordFunction &fn)
    {
        FlopCounter *counter = t_active;
        const OpKind kind = kindOf(fn.name());
        if (!counter || kind == OpKind::None)
            return nullptr;
        if (counter->m_depth++ > 0)
            return nullptr; // called by a counted operator: already counted there
        const auto inputs = fn.inputs();
        auto cost = std::make_unique<OpCost>();
        cost->kind = kind;
        if (kind == OpKind::Convolution && inputs.size() >= 2 && inputs[1].isTensor()) {
            // weight [C_out, C_in/groups, k…] (transposed: [C_in, C_out/groups, k…])
            const at::Tensor &weight = inputs[1].toTensor();
            cost->perElement = weight.numel() / weight.size(0);
            // (_)convolution's 7th argument says "transposed"; the others have no bool there.
            cost->perInputElement = inputs.size() >= 7 && inputs[6].isBool() && inputs[6].toBool();
            if (cost->perInputElement && inputs[0].isTensor())
                cost->inputNumel = inputs[0].toTensor().numel();
        } else if (std::strcmp(fn.name(), "aten::linear") == 0 && inputs.size() >= 2
                   && inputs[1].isTensor()) {
            cost->perElement = inputs[1].toTensor().size(1); // weight [out, in]
        } else if (std::strcmp(fn.name(), "aten::addmm") == 0 && inputs.size() >= 2
                   && inputs[1].isTensor()) {
            cost->perElement = inputs[1].toTensor().size(-1); // addmm(bias, mat1, mat2)
        } else if (!inputs.empty() && inputs[0].isTensor()) {
            cost->perElement = inputs[0].toTensor().size(-1); // mm / matmul(a, b)
        }
        return cost;
    }

    static void end(const at::RecordFunction &fn, at::ObserverContext *context)
    {
        FlopCounter *counter = t_active;
        if (!counter || kindOf(fn.name()) == OpKind::None)
            return;
        --counter->m_depth;
        auto *cost = static_cast<OpCost *>(context);
        if (!cost)
            return;
        std::int64_t elements = cost->inputNumel;
        if (!cost->perInputElement) {
            const auto &outputs = fn.outputs();
            if (outputs.empty() || !outputs[0].isTensor())
                return;
            elements = outputs[0].toTensor().numel();
        }
        (cost->kind == OpKind::Convolution ? counter->m_convolution : counter->m_linear) +=
            elements * cost->perElement;
    }
};

FlopCounter::FlopCounter()
    : m_outer(t_active)
{
    t_active = this;
    if (m_outer)
        return; // the outermost counter's callback serves; it reports to t_active
    m_handle = at::addThreadLocalCallback(
        at::RecordFunctionCallback(&FlopCounterCallbacks::start, &FlopCounterCallbacks::end)
            .needsInputs(true)
            .needsOutputs(true)
            .scopes({at::RecordScope::FUNCTION}));
}

FlopCounter::~FlopCounter()
{
    if (!m_outer)
        at::removeCallback(m_handle);
    t_active = m_outer;
}

ModelCost measureModelCost(const std::string &name, int numClasses)
{
    const InputSpec spec = referenceInputSpec(name);
    ModelBuildOptions build;
    build.name = name;
    build.numClasses = numClasses;
    const std::shared_ptr<VideoModelImpl> model = createModel(build);
    model->eval();

    ModelCost cost;
    cost.name = name;
    cost.numClasses = numClasses;
    cost.parameters = countParameters(*model);
    cost.clipLengthFrames = spec.clipLengthFrames;
    cost.cropSize = spec.cropSize;
    cost.sampling = spec.sampling;

    torch::NoGradGuard noGrad;
    const torch::Tensor clip =
        torch::zeros({1, 3, spec.clipLengthFrames, spec.cropSize, spec.cropSize});
    FlopCounter counter;
    model->forward(clip);
    cost.multiplyAdds = counter.multiplyAdds();
    return cost;
}

void measureAllModelCosts(int numClasses, const std::function<void(const ModelCost &)> &report)
{
    for (const std::string &name : modelNames())
        report(measureModelCost(name, numClasses));
}

} // namespace as
