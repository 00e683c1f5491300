#include "core/models/temporalshift.h"

#include <string>

#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

torch::Tensor temporalShift(const torch::Tensor &x, int64_t numSegments, int64_t shiftDiv)
{
    if (x.dim() != 4 || numSegments < 1 || x.size(0) % numSegments != 0 || shiftDiv < 1) {
        throw Error("model.input", "Temporal shift expects [N * " + std::to_string(numSegments) +
                                       ", C, H, W] frames, got " + c10::str(x.sizes()));
    }
    const int64_t clips = x.size(0) / numSegments, channels = x.size(1);
    const int64_t fold = channels / shiftDiv;
    // [N, T, C, H, W]
    const torch::Tensor in = x.reshape({clips, numSegments, channels, x.size(2), x.size(3)});
    torch::Tensor out = torch::zeros_like(in);
    using torch::indexing::None;
    using torch::indexing::Slice;
    if (numSegments > 1 && fold > 0) {
        // Channels [0, fold): frame t gets frame t + 1 (the last frame gets zeros).
        out.index({Slice(), Slice(0, -1), Slice(0, fold)})
            .copy_(in.index({Slice(), Slice(1, None), Slice(0, fold)}));
        // Channels [fold, 2·fold): frame t gets frame t − 1 (the first frame gets zeros).
        out.index({Slice(), Slice(1, None), Slice(fold, 2 * fold)})
            .copy_(in.index({Slice(), Slice(0, -1), Slice(fold, 2 * fold)}));
    }
    out.index({Slice(), Slice(), Slice(2 * fold, None)})
        .copy_(in.index({Slice(), Slice(), Slice(2 * fold, None)}));
    return out.view({x.size(0), channels, x.size(2), x.size(3)});
}

} // namespace as
