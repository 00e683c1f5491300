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

/** Samples of a split's subset whose frames are in the cache; videos in error are skipped. */
std::vector<ClipSample> projectSamples(const Project &project, const ExperimentConfig &config,
                                       Subset subset);

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
