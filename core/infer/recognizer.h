#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/config/experimentconfig.h"
#include "core/models/modelcard.h"
#include "core/train/trainingtypes.h"

namespace cv {
class Mat;
}

namespace as {

/**
 * A trained model ready to classify videos: loads a run folder's `config.yaml`, class names
 * and best (or last) checkpoint, or an exported weights file (`weights export`: a state dict
 * in the reference naming) with the model card beside it. Preprocessing follows the run's
 * (the card's) test pipeline.
 */
class Recognizer
{
public:
    /**
     * `source`: a run folder, or a weights file with its card at `source + ".json"`
     * (`preferBest` then means nothing). Throws `Error` naming the folder, file or card field
     * when it cannot be loaded.
     */
    explicit Recognizer(const std::string &source, bool preferBest = true);
    ~Recognizer();

    /** Decodes `videoPath` and returns class scores, best first (top `k`). */
    std::vector<ClassScore> predictVideo(const std::string &videoPath, int k = 5) const;
    const std::vector<std::string> &classNames() const;
    /** The run's resolved config (model, input, data); from a card: model, input, frames. */
    const ExperimentConfig &config() const;
    /** The model card when loaded from a weights file, else null. */
    const ModelCard *modelCard() const;

    // Core-internal (live recognition); cv::Mat stays forward-declared so that this header
    // includes neither OpenCV nor LibTorch.

    /** Resizes a decoded BGR frame as the frame cache stored the training frames. */
    void prepareFrame(const cv::Mat &frameBgr, cv::Mat &prepared) const;
    /**
     * Class probabilities [classes] of one clip of prepared frames (prepareFrame), with the
     * run's single-view test transform (short-side resize, centre crop, normalisation).
     * Runs on the calling thread, under its own InferenceMode.
     */
    std::vector<float> classifyFrames(const std::vector<cv::Mat> &preparedFrames) const;
    /** The best `k` of `probabilities`, named. */
    std::vector<ClassScore> topScores(const std::vector<float> &probabilities, int k) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
