#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace as {

/** Two class names whose labels trade places under an augmentation. */
using ClassSwap = std::pair<std::string, std::string>;

/** Which model and how many classes. */
struct ModelConfig
{
    std::string name = "x3d_xs";  // a name from the model registry: x3d_xs, c3d
    int numClasses = 10;
    std::string pretrained;       // optional state_dict file to start from
    double dropout = 0.5;
    bool zeroInitFinalBn = true;  // X3D: each bottleneck's last BN starts at 0 (reference) or 1
};

/** What one training sample looks like: sampling and spatial size. */
struct InputConfig
{
    // A config file that names a model and leaves a field out gets the model's reference
    // value (its InputSpec); the values below are only the fallback of an unknown model.
    int clipLengthFrames = 4;     // frames per clip fed to the model
    int frameInterval = 5;        // take every n-th frame (X3D: 16 frames every 5th)
    int shortSide = 182;          // short-edge resize before cropping
    int cropSize = 160;           // square crop fed to the model
    std::array<double, 3> mean{0.45, 0.45, 0.45};  // RGB, in [0,1] units
    std::array<double, 3> std{0.225, 0.225, 0.225};
};

/** Training-time augmentation. */
struct AugmentConfig
{
    bool randomCrop = true;
    bool horizontalFlip = true;
    // Classes that a mirror image turns into each other (move_left <-> move_right); every
    // other class keeps its label when flipped.
    std::vector<ClassSwap> flipLabelSwaps;
    // Plays half the training clips backwards. Only for classes whose reverse is a valid clip of
    // themselves or, listed here, of another class (grow <-> shrink).
    bool timeReverse = false;
    std::vector<ClassSwap> reverseLabelSwaps;
    // Colour jitter, one draw per clip applied to all its frames (torchvision's strengths;
    // 0 = off): brightness, contrast and saturation factors in [1 - s, 1 + s], hue shifted
    // by up to `jitterHue` of the colour circle.
    double jitterBrightness = 0.0;
    double jitterContrast = 0.0;
    double jitterSaturation = 0.0;
    double jitterHue = 0.0;
};

/** Data source: a project and the split of it to use. */
struct DataConfig
{
    std::string project;          // project folder; may be given on the command line instead
    int split = 1;                // which train/test split of the project
    int cacheShortSide = 128;     // short side of frames stored in the frame cache
};

/** Optimiser and schedule. */
struct OptimConfig
{
    int epochs = 10;
    int batchSize = 8;
    std::string optimizer = "sgd";  // sgd (momentum) | adamw (momentum is beta1)
    double lr = 0.1;              // peak learning rate, reached after warm-up
    double momentum = 0.9;
    double weightDecay = 5e-5;
    double warmupEpochs = 1.0;    // linear warm-up, then cosine to minLr
    double warmupStartLr = 0.01;
    double minLr = 0.0;
};

/** Run-level settings. */
struct RunConfig
{
    std::string name;             // run folder name under runs/; generated when empty
    std::uint64_t seed = 42;
    int threads = 0;              // intra-op threads; 0 = all cores
    int workers = 2;              // clip loader threads
    std::string device = "auto";  // auto | cpu | cuda[:N]
    int validateEvery = 1;        // epochs between validations
};

/** A whole experiment, as stored in YAML and in each run folder. */
struct ExperimentConfig
{
    ModelConfig model;
    InputConfig input;
    AugmentConfig augment;
    DataConfig data;
    OptimConfig optim;
    RunConfig run;
};

} // namespace as
