#pragma once

#include <memory>
#include <string>
#include <vector>

#include <torch/types.h>

#include "core/config/experimentconfig.h"
#include "core/data/clipdataset.h"
#include "core/data/cliploader.h"
#include "core/data/datapipeline.h"
#include "core/models/modelregistry.h"
#include "core/project/projecttypes.h"
#include "core/train/runevaluation.h" // validationProtocol(), finalTestProtocol()

namespace as {

class Project;

/**
 * The pieces a training or evaluation run derives from its config, in one place so the
 * trainer, the evaluator and the recognizer cannot drift apart.
 */

/** `auto` picks CUDA when LibTorch has it, else the CPU; throws `Error` for unusable devices. */
torch::Device resolveDevice(const std::string &device);

/** Sets LibTorch's intra-op threads (0 = all cores); Debian's LibTorch defaults to one. */
void applyThreadCount(int threads);

/**
 * The model's data pipeline for training or testing: its InputSpec (registry) with the
 * config's values on top (buildDataPipeline). X3D and C3D: dense clips, random crop.
 */
DataPipeline modelPipeline(const ExperimentConfig &config, bool train);

/** The spatial pipeline of the config for training or testing. */
ClipTransformOptions transformOptions(const ExperimentConfig &config, bool train);

/**
 * The training or test samples of a split's subset (videos in error are skipped):
 *  - every Manual segment with a class gives one sample over its frames, so a long recording
 *    labelled by segments needs no cutting (model proposals are not labels until reviewed);
 *  - a video with a whole-video class and no such segment gives one whole-video sample (with
 *    labelled segments, the segments are the finer labels and the whole-video class is not
 *    used: it would call the stretches between them that class too);
 *  - with `data.background_class`, the unlabelled stretches of reviewed videos without a
 *    whole-video class give samples of the background class (label backgroundLabel), cut and
 *    capped as backgroundsamples.h describes.
 * Samples come in video order, then frame order, background last.
 */
std::vector<ClipSample> projectSamples(const Project &project, const ExperimentConfig &config,
                                       Subset subset);

/**
 * The label of the background class: the project's class named kBackgroundClassName when it
 * has one (a user may label "no action" stretches by hand too), else one past the project's
 * classes.
 */
int backgroundLabel(const std::vector<ClassInfo> &classes);

/**
 * The class names a run of `config` on `project` predicts, by label index: the project's
 * classes, then "background" when `data.background_class` adds it. The run's classes.txt,
 * model.num_classes and its evaluation reports use this list.
 */
std::vector<std::string> runClassNames(const Project &project, const ExperimentConfig &config);

/**
 * The label maps of `augment.flip_label_swaps` and `augment.reverse_label_swaps` over the
 * project's classes; throws `Error` naming the field and the class when a name is not one.
 */
ClipLabelMaps labelMaps(const ExperimentConfig &config, const std::vector<ClassInfo> &classes);

/** A dataset for training (random sampling and augmentation) or testing (centred). */
std::shared_ptr<const ClipDataset> makeDataset(std::vector<ClipSample> samples,
                                               const ExperimentConfig &config, bool train,
                                               ClipLabelMaps maps = {});

/** The registry build options of the config's model. */
ModelBuildOptions modelBuildOptions(const ExperimentConfig &config);

} // namespace as
