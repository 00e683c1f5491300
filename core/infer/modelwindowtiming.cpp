#include "core/infer/modelwindowtiming.h"

#include <algorithm>

#include "core/infer/recognizer.h"
#include "core/models/modelregistry.h"
#include "core/train/trainingsetup.h"

namespace as {

ModelWindowTiming modelWindowTiming(const Recognizer &recognizer, const std::string &source)
{
    const ExperimentConfig &config = recognizer.config();
    const DataPipeline pipeline = modelPipeline(config, false);
    ModelWindowTiming out;
    const ModelCard *card = recognizer.modelCard();
    out.training = card ? trainingVideoTiming(card->trainingFps, card->trainingMedianSeconds,
                                              "the model card of " + source)
                        : trainingVideoTiming(config.data.project);
    LiveWindowSpec &spec = out.spec;
    if (pipeline.sampling.segments()) {
        const int perSegment = isKnownModel(config.model.name)
            ? std::max(1, referenceInputSpec(config.model.name).framesPerSegment)
            : 1;
        spec.segments = true;
        spec.framesPerSegment = perSegment;
        spec.numSegments = std::max(1, pipeline.sampling.clipLengthFrames(false) / perSegment);
        spec.segmentSpanSeconds = out.training.medianSeconds;
    } else {
        spec.clipLengthFrames = config.input.clipLengthFrames;
        spec.frameInterval = config.input.frameInterval;
    }
    return out;
}

} // namespace as
