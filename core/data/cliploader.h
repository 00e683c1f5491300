#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <torch/types.h>

namespace as {

class ClipDataset;

/**
 * A batch of clips: data [N, 3, T, H, W] (multi-view test: [N, views, 3, T, H, W]) and labels
 * [N] (int64), plus the sample indices.
 */
struct ClipBatch
{
    torch::Tensor data;
    torch::Tensor labels;
    std::vector<std::size_t> indices;
};

/**
 * Multi-threaded prefetching loader over a `ClipDataset`. Each epoch's order and every random
 * draw are derived from (seed, epoch, sample index) alone, so results do not depend on thread
 * timing and a resumed run sees the same batches. Workers fill a bounded queue of batches.
 */
class ClipLoader
{
public:
    struct Options
    {
        int batchSize = 8;
        bool shuffle = true;
        bool dropLast = true;
        int workers = 2;
        int prefetchBatches = 4;
        std::uint64_t seed = 0;
        // > 0: each item is a video's multi-view test input [views, 3, T, H, W]
        // (ClipDataset::testViews with this many crops), so batches are [N, views, 3, T, H, W].
        int testViewCrops = 0;
    };

    ClipLoader(std::shared_ptr<const ClipDataset> dataset, Options options);
    ~ClipLoader();
    ClipLoader(const ClipLoader &) = delete;
    ClipLoader &operator=(const ClipLoader &) = delete;

    /** Starts epoch `epoch` (stops any epoch still in flight). */
    void startEpoch(int epoch);
    /** Next batch of the current epoch in order, or nullopt at its end. Rethrows load errors. */
    std::optional<ClipBatch> next();
    /** Batches per epoch. */
    std::size_t batchesPerEpoch() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
