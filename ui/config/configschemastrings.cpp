#include "ui/config/configschemastrings.h"

#include <QtGlobal>

namespace as::ui {

namespace {

// The section titles and descriptions, then the field labels and help texts of
// core/config/configschema.cpp, in its order (a text used twice is listed once). The core has
// no Qt, so lupdate never sees them there; ConfigForm and FieldEditor translate them at run time
// with QCoreApplication::translate("ConfigSchema", text). When the schema changes, edit this
// list: TestGuiConfig::schemaTextsAreTranslatable fails on any text missing here.
const char *const kSchemaTexts[] = {
    // sections
    QT_TRANSLATE_NOOP("ConfigSchema", "Model"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Which model and how many classes."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Input"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "What one training sample looks like: sampling and spatial size."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Augmentation"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Training-time augmentation."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Data"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Data source: a project and the split of it to use."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Optimiser and schedule"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Optimiser, parameter groups and the learning-rate schedule (stepped per "
                      "iteration)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Loss"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Cross-entropy with optional label smoothing and knowledge distillation."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Tricks"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Training tricks that change how the weights are updated or evaluated."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Checkpoints"),
    QT_TRANSLATE_NOOP("ConfigSchema", "When checkpoints are written and which are kept."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Final test"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "After the last epoch, the best checkpoint on the test subset with "
                      "several views per video."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Run"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Run-level settings: name, seed, threads and device."),
    // model
    QT_TRANSLATE_NOOP("ConfigSchema", "A model from the registry."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Classes"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Number of classes the classifier predicts."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Pretrained weights"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Optional state_dict file to start from."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Dropout"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Dropout before the classifier."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Zero-init final BN"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "X3D: each bottleneck's last BatchNorm starts at 0 (reference) or 1."),
    // input
    QT_TRANSLATE_NOOP("ConfigSchema", "Clip length (frames)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Frames per clip fed to the model."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Frame interval"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Take every n-th frame of the video."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Short side (px)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Short-edge resize before cropping; at least the crop size."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Crop size (px)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Square crop fed to the model."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Mean (RGB)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Per-channel mean subtracted, in [0, 1] units."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Std (RGB)"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Per-channel standard deviation divided by, in [0, 1] units."),
    // augment
    QT_TRANSLATE_NOOP("ConfigSchema", "Random crop"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Crop at a random position instead of the centre."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Horizontal flip"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Mirror half the training clips."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Flip label swaps"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Classes that a mirror image turns into each other (move_left, "
                      "move_right)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Time reverse"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Play half the training clips backwards; only for classes whose reverse "
                      "is a valid clip."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Reverse label swaps"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Classes that playing backwards turns into each other (grow, shrink)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Brightness jitter"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Brightness factor drawn in [1 - s, 1 + s]; 0 = off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Contrast jitter"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Contrast factor drawn in [1 - s, 1 + s]; 0 = off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Saturation jitter"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Saturation factor drawn in [1 - s, 1 + s]; 0 = off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Hue jitter"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Hue shifted by up to this fraction of the colour circle."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Mix-up alpha"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Video Mix-up over each batch, lambda ~ Beta(alpha, alpha); 0 = off."),
    // data
    QT_TRANSLATE_NOOP("ConfigSchema", "Project"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Project folder; may be given on the command line instead."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Split"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Which train/test split of the project."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Cache short side (px)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Short side of frames stored in the frame cache."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Background class"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Train an extra class \"background\" (no action) on the unlabelled "
                      "stretches of fully reviewed videos, so live recognition stays quiet "
                      "between actions."),
    // optim
    QT_TRANSLATE_NOOP("ConfigSchema", "Epochs"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Passes over the training set."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Batch size"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Clips per batch."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Optimiser"),
    QT_TRANSLATE_NOOP("ConfigSchema", "SGD with momentum, or AdamW (momentum is beta1)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Learning rate"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Peak learning rate, reached after warm-up."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Momentum"),
    QT_TRANSLATE_NOOP("ConfigSchema", "SGD momentum or AdamW beta1."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Nesterov"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Nesterov momentum (SGD with a momentum above 0 only)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Weight decay"),
    QT_TRANSLATE_NOOP("ConfigSchema", "L2 weight decay."),
    QT_TRANSLATE_NOOP("ConfigSchema", "No decay on norms and biases"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Norm-layer parameters and every bias get no weight decay (X3D)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Classifier weight LR x"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Learning-rate multiplier of the classifier's weight (PP-TSN: 5)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Classifier bias LR x"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Learning-rate multiplier of the classifier's bias (PP-TSN: 10)."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Schedule"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Learning-rate schedule, stepped per iteration: warm-up then cosine, "
                      "pySlowFast's cosine, or steps at milestones."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Warm-up epochs"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Epochs of linear warm-up; at most the epochs."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Warm-up start LR"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Learning rate the warm-up starts from; at most the learning rate."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Minimum LR"),
    QT_TRANSLATE_NOOP("ConfigSchema", "End or floor of the cosine; at most the learning rate."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Milestones"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Multistep: increasing epochs at which the rate is multiplied by gamma."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Gamma"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Multistep: factor applied at each milestone."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Gradient clip norm"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Clip the global gradient L2 norm to this; 0 = off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Accumulate steps"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Batches whose gradients add up before one optimiser step."),
    // loss
    QT_TRANSLATE_NOOP("ConfigSchema", "Label smoothing"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Epsilon: 1 - epsilon on the label, epsilon / classes everywhere."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Teacher model"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Registry name of the distillation teacher; empty = off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Teacher weights"),
    QT_TRANSLATE_NOOP("ConfigSchema", "The teacher's checkpoint or state_dict file."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Distillation weight"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Share w of the distillation term in the loss."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Temperature"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Both logits are divided by T before the KL term."),
    // tricks
    QT_TRANSLATE_NOOP("ConfigSchema", "Precise BN batches"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Recompute BatchNorm statistics over this many batches after each epoch; "
                      "0 = off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "EMA decay"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Exponential moving average of the weights (typical 0.999 - 0.9999); 0 = "
                      "off."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Mixed precision"),
    QT_TRANSLATE_NOOP("ConfigSchema", "CUDA: float16 autocast; ignored on the CPU."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Channels last"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Channels-last (3-D) memory format for weights and clips."),
    // checkpoint
    QT_TRANSLATE_NOOP("ConfigSchema", "Every (epochs)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Epochs between checkpoints; the last epoch always has one."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Keep last"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Epoch checkpoints kept besides last.pt, newest first."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Keep best"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Keep best.pt, the epoch with the highest validation top-1."),
    // eval
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "After the last epoch, test the best checkpoint on the test subset."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Test clips"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Clips (dense) or segments per test video; 0 = the model's protocol."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Test crops"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "1 (centre), 3 (three-crop) or 10 (ten-crop); 0 = the model's protocol."),
    // run
    QT_TRANSLATE_NOOP("ConfigSchema", "Run name"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Run folder name under runs/ (letters, digits, '-', '_', '.'); generated "
                      "when empty."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Seed"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Random seed of the run."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Threads"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Intra-op threads; 0 = all cores."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Loader workers"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Clip loader threads."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Device"),
    QT_TRANSLATE_NOOP("ConfigSchema", "auto, cpu, cuda or cuda:N."),
    QT_TRANSLATE_NOOP("ConfigSchema", "Validate every (epochs)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Epochs between validations."),
};

} // namespace

QStringList configSchemaSourceTexts()
{
    QStringList texts;
    for (const char *text : kSchemaTexts)
        texts << QString::fromUtf8(text);
    return texts;
}

} // namespace as::ui
