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
    // Video Mix-up over each training batch (Zhang et al. 2018; PP-TSN uses 0.2): one
    // λ ~ Beta(α, α) per batch, soft targets. 0 = off.
    double mixupAlpha = 0.0;
};

/** Data source: a project and the split of it to use. */
struct DataConfig
{
    std::string project;          // project folder; may be given on the command line instead
    int split = 1;                // which train/test split of the project
    int cacheShortSide = 128;     // short side of frames stored in the frame cache
    // The unlabelled stretches of fully reviewed videos become an extra class "background"
    // (no action), which live recognition needs to stay quiet between actions.
    bool backgroundClass = false;
};

/** Optimiser, parameter groups and the learning-rate schedule (stepped per iteration). */
struct OptimConfig
{
    int epochs = 10;
    int batchSize = 8;
    std::string optimizer = "sgd";  // sgd (momentum) | adamw (momentum is beta1)
    double lr = 0.1;              // peak learning rate, reached after warm-up
    double momentum = 0.9;
    bool nesterov = false;        // SGD only
    double weightDecay = 5e-5;
    // Norm-layer parameters and every bias get no weight decay (pySlowFast's BN.WEIGHT_DECAY 0
    // and SOLVER.ZERO_WD_1D_PARAM, used by X3D).
    bool noWeightDecayNormBias = false;
    // Learning-rate multipliers of the classifier's weight and bias (PP-TSN: 5 and 10).
    double classifierLrMult = 1.0;
    double classifierBiasLrMult = 1.0;
    // warmup_cosine: linear warm-up from warmupStartLr to lr, then half-cosine from lr at the
    //   end of warm-up to minLr at the last iteration (mmaction2 / the SlowFast recipe).
    // cosine_annealing: pySlowFast's "cosine" policy: one cosine from lr at iteration 0 to the
    //   floor minLr at the end, the first warmupEpochs replaced by a line from warmupStartLr
    //   to the cosine's value there (X3D).
    // multistep: lr × gamma^k after k of the milestones (epochs) have passed, optional linear
    //   warm-up from warmupStartLr (C3D, TSN).
    std::string schedule = "warmup_cosine";
    double warmupEpochs = 1.0;
    double warmupStartLr = 0.01;
    double minLr = 0.0;
    std::vector<double> milestones;  // multistep: epochs at which lr is multiplied by gamma
    double gamma = 0.1;
    double gradClipNorm = 0.0;    // clip the global gradient L2 norm to this; 0 = off
    int accumulateSteps = 1;      // batches whose gradients add up before one optimiser step
};

/** The loss: cross-entropy with optional label smoothing and knowledge distillation. */
struct LossConfig
{
    double labelSmoothing = 0.0;  // ε: 1 − ε on the label, ε / classes everywhere
    // Distillation (Hinton et al. 2015): loss = (1 − w) · CE + w · T² · KL(teacher_T ‖ student_T)
    // with both logits divided by T. Off while teacherModel is empty.
    std::string teacherModel;     // registry name of the teacher
    std::string teacherWeights;   // its checkpoint (run checkpoint, state_dict or torch.save file)
    double distillWeight = 0.5;
    double distillTemperature = 4.0;
};

/** Training tricks that change how the weights are updated or evaluated. */
struct TricksConfig
{
    // Precise BN (Wu & Johnson 2021; pySlowFast): after each epoch, recompute every BatchNorm's
    // running mean and variance as the average over this many training batches; 0 = off.
    int preciseBnBatches = 0;
    // Exponential moving average of the weights, updated each optimiser step; validation and
    // best.pt use the averaged weights. 0 = off (typical 0.999 – 0.9999).
    double emaDecay = 0.0;
    bool mixedPrecision = false;  // CUDA: float16 autocast; ignored on the CPU
    bool channelsLast = false;    // channels-last (3-D) memory format for weights and clips
};

/** When checkpoints are written and which are kept. */
struct CheckpointConfig
{
    int every = 1;                // epochs between checkpoints (the last epoch always has one)
    int keepLast = 1;             // epoch checkpoints kept besides last.pt, newest first
    bool keepBest = true;         // best.pt: the epoch with the highest validation top-1
};

/**
 * The final test: after the last epoch, the best checkpoint on the test subset with several
 * views per video, their softmax scores averaged. 0 takes the model's reference protocol.
 */
struct EvalConfig
{
    bool finalTest = true;
    int testClips = 0;            // dense: evenly spaced clips; segments: test segments
    int testCrops = 0;            // 1 (centre), 3 (three-crop) or 10 (ten-crop)
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
    LossConfig loss;
    TricksConfig tricks;
    CheckpointConfig checkpoint;
    EvalConfig eval;
    RunConfig run;
};

} // namespace as
