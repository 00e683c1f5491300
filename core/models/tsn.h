#pragma once

#include <memory>
#include <string>

#include "core/models/tsnbackbone.h"
#include "core/models/videomodel.h"

namespace as {

/** Options of a segment-based video model around a 2-D frame network. */
struct TSNOptions
{
    /** Where the frames of a clip are averaged. */
    enum class Consensus {
        AverageScores,   // TSN, TSM: class scores of every frame, then their mean
        AverageFeatures, // PP-TSN: pooled features of every frame, mean, then one classifier
    };

    std::string displayName = "TSN"; // used in error messages
    /** T of the input: numSegments × framesPerSegment (the training clip). */
    int clipLengthFrames = 3;
    /**
     * TSN and PP-TSN average over any number of frames: they train on 3 segments and are
     * tested on 25, as in the papers. TSM's temporal shift mixes neighbouring frames of the
     * segments it was built for, so it takes exactly clipLengthFrames.
     */
    bool anyFrameCount = false;
    double dropout = 0.8;            // before the classifier (TSN RGB 0.8, PP-TSN 0.4, TSM 0.5)
    Consensus consensus = Consensus::AverageScores;
};

/**
 * TSN (Wang 2016) and its relatives PP-TSN and TSM: the frame network runs on every frame of
 * the clip (frames folded into the batch), dropout, the frame network's classifier, and an
 * average over the frames. Input [N, 3, T, H, W], output [N, classes].
 *
 * The frame network's children are registered directly on this module, so its state_dict
 * keys are exactly the frame network's (torchvision/timm names, no prefix) and a checkpoint
 * of the image network loads as is.
 */
class TSNImpl final : public VideoModelImpl
{
public:
    TSNImpl(std::shared_ptr<TsnBackboneImpl> backbone, const TSNOptions &options);

    torch::Tensor forward(torch::Tensor clips) override;
    const TSNOptions &options() const { return m_options; }

private:
    std::shared_ptr<TsnBackboneImpl> m_backbone;
    TSNOptions m_options;
};

} // namespace as
