<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConfigSchema</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model and how many classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one training sample looks like: sampling and spatial size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training-time augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source: a project and the split of it to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser, parameter groups and the learning-rate schedule (stepped per iteration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy with optional label smoothing and knowledge distillation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tricks that change how the weights are updated or evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checkpoints are written and which are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last epoch, the best checkpoint on the test subset with several views per video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-level settings: name, seed, threads and device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes the classifier predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional state_dict file to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout before the classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-init final BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X3D: each bottleneck&apos;s last BatchNorm starts at 0 (reference) or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip length (frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per clip fed to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every n-th frame of the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-edge resize before cropping; at least the crop size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop size (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square crop fed to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-channel mean subtracted, in [0, 1] units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std (RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-channel standard deviation divided by, in [0, 1] units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop at a random position instead of the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror half the training clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip label swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes that a mirror image turns into each other (move_left, move_right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play half the training clips backwards; only for classes whose reverse is a valid clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse label swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes that playing backwards turns into each other (grow, shrink).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness factor drawn in [1 - s, 1 + s]; 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast factor drawn in [1 - s, 1 + s]; 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation factor drawn in [1 - s, 1 + s]; 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hue jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hue shifted by up to this fraction of the colour circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix-up alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video Mix-up over each batch, lambda ~ Beta(alpha, alpha); 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder; may be given on the command line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which train/test split of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache short side (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side of frames stored in the frame cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips per batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum, or AdamW (momentum is beta1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak learning rate, reached after warm-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD momentum or AdamW beta1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD with a momentum above 0 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 weight decay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decay on norms and biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm-layer parameters and every bias get no weight decay (X3D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier weight LR x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate multiplier of the classifier&apos;s weight (PP-TSN: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier bias LR x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate multiplier of the classifier&apos;s bias (PP-TSN: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule, stepped per iteration: warm-up then cosine, pySlowFast&apos;s cosine, or steps at milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs of linear warm-up; at most the epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up start LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate the warm-up starts from; at most the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End or floor of the cosine; at most the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multistep: increasing epochs at which the rate is multiplied by gamma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multistep: factor applied at each milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clip norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip the global gradient L2 norm to this; 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulate steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches whose gradients add up before one optimiser step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsilon: 1 - epsilon on the label, epsilon / classes everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry name of the distillation teacher; empty = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher&apos;s checkpoint or state_dict file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distillation weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share w of the distillation term in the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both logits are divided by T before the KL term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precise BN batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute BatchNorm statistics over this many batches after each epoch; 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential moving average of the weights (typical 0.999 - 0.9999); 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA: float16 autocast; ignored on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels-last (3-D) memory format for weights and clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs between checkpoints; the last epoch always has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch checkpoints kept besides last.pt, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep best.pt, the epoch with the highest validation top-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last epoch, test the best checkpoint on the test subset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips (dense) or segments per test video; 0 = the model&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (centre), 3 (three-crop) or 10 (ten-crop); 0 = the model&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder name under runs/ (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;); generated when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-op threads; 0 = all cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loader workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip loader threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate every (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs between validations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train an extra class &quot;background&quot; (no action) on the unlabelled stretches of fully reviewed videos, so live recognition stays quiet between actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A video file could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is not an ActionStudio project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list file could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training could not continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training data is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabellingProgress</name>
    <message numerus="yes">
        <source>%1 of %n video(s) left to label</source>
        <translation>
            <numerusform>%1 of %n video left to label</numerusform>
            <numerusform>%1 of %n videos left to label</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: known after your first video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 min left at your pace (%2 video(s) done in %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This video: %n segment(s), %1 to review</source>
        <translation>
            <numerusform>This video: %n segment, %1 to review</numerusform>
            <numerusform>This video: %n segments, %1 to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This video: %n segment(s)</source>
        <translation>
            <numerusform>This video: %n segment</numerusform>
            <numerusform>This video: %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review (P)</source>
        <translation>
            <numerusform>%n proposal to review (P)</numerusform>
            <numerusform>%n proposals to review (P)</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSourceText</name>
    <message>
        <source>camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::AccuracyChartView</name>
    <message>
        <source>Train top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val top-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train top-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 val top-1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ActionTimeline</name>
    <message>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ClassBalanceChartView</name>
    <message>
        <source>Videos per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ClassEditController</name>
    <message>
        <source>The classes of %1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the class “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the class “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into “%2”: %n video(s) moved.</source>
        <translation>
            <numerusform>Merged “%1” into “%2”: %n video moved.</numerusform>
            <numerusform>Merged “%1” into “%2”: %n videos moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ClassListModel</name>
    <message numerus="yes">
        <source>Class %1 (label %2): %n video(s)</source>
        <translation>
            <numerusform>Class %1 (label %2): %n video</numerusform>
            <numerusform>Class %1 (label %2): %n videos</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1: %2 train, %3 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ClassListPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a class (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, then Enter gives the first match to the selected segment; Escape goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a class&apos;s number to give it to the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the class: its videos become unlabelled and its segments are removed (you are told how many first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the class %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the class %1? No video or segment uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the class %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? %n video(s) labelled %1 become %2, and so do its segments (%3). %1 is removed. This cannot be undone.</source>
        <translation>
            <numerusform>Merge %1 into %2? %n video labelled %1 becomes %2, and so do its segments (%3). %1 is removed. This cannot be undone.</numerusform>
            <numerusform>Merge %1 into %2? %n videos labelled %1 become %2, and so do its segments (%3). %1 is removed. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? %n video(s) labelled %1 become unlabelled. Segments removed: %2 (in videos: %3). This cannot be undone.</source>
        <translation>
            <numerusform>Delete the class %1? %n video labelled %1 becomes unlabelled. Segments removed: %2 (in videos: %3). This cannot be undone.</numerusform>
            <numerusform>Delete the class %1? %n videos labelled %1 become unlabelled. Segments removed: %2 (in videos: %3). This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ClipAnimationView</name>
    <message>
        <source>%1 of %2 · frame %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ClipPreviewController</name>
    <message>
        <source>The clip could not be previewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ClipTimeline</name>
    <message>
        <source>Video frames; the marks are the frames the clip was sampled from. Click to show a frame in the player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip sampled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ConfigEditor</name>
    <message>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the config with a recipe to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe the demo project trains with (X3D-XS on SynthMotion), with this project&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the preset&apos;s value back for every changed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a YAML config (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the config as YAML (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (YAML line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the preset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back at the preset&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field is back at the preset&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model set to %1: the input section now uses its reference input (%2 frames every %3, crop %4 of short side %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model set to %1, which has no reference input: the input section is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The YAML has %n problem(s), listed below it; the form keeps the last valid config.</source>
        <translation>
            <numerusform>The YAML has %n problem, listed below it; the form keeps the last valid config.</numerusform>
            <numerusform>The YAML has %n problems, listed below it; the form keeps the last valid config.</numerusform>
        </translation>
    </message>
    <message>
        <source>The form now shows the YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1</source>
        <translation>
            <numerusform>%n change from %1</numerusform>
            <numerusform>%n changes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (YAML line %2): %3. The form keeps the last valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a config file: it is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s), listed under the YAML; the config is unchanged. First: line %2, %3: %4</source>
        <translation>
            <numerusform>%1 has %n problem, listed under the YAML; the config is unchanged. First: line %2, %3: %4</numerusform>
            <numerusform>%1 has %n problems, listed under the YAML; the config is unchanged. First: line %2, %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, but the config has %n problem(s): training will refuse it until they are fixed.</source>
        <translation>
            <numerusform>Saved %1, but the config has %n problem: training will refuse it until it is fixed.</numerusform>
            <numerusform>Saved %1, but the config has %n problems: training will refuse it until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML configs (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save config as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML configs (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ConfigForm</name>
    <message numerus="yes">
        <source>(%n changed)</source>
        <translation>
            <numerusform>(%n changed)</numerusform>
            <numerusform>(%n changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) with a problem</source>
        <translation>
            <numerusform>%n field with a problem</numerusform>
            <numerusform>%n fields with a problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ConfigYamlView</name>
    <message>
        <source>Edits here update the form once you pause typing; comments are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ConfusionHeatMap</name>
    <message numerus="yes">
        <source>true %1 → predicted %2: %n clip(s)</source>
        <translation>
            <numerusform>true %1 → predicted %2: %n clip</numerusform>
            <numerusform>true %1 → predicted %2: %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the test clips of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confusion matrix: this run has no test report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the true class&apos;s clips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::DatasetPanel</name>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable</source>
        <translation>
            <numerusform>%n unusable</numerusform>
            <numerusform>%n unusable</numerusform>
        </translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop video files or folders here to import them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which train/test split the counts and the table show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a class to show only its videos; right-click to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search videos by name, class, split or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making thumbnails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Videos&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split %1: %2 train, %3 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge the class “%1” into “%2”? %n video(s) will move to “%2” and “%1” will be removed. Runs trained before keep their own class names.</source>
        <translation>
            <numerusform>Merge the class “%1” into “%2”? %n video will move to “%2” and “%1” will be removed. Runs trained before keep their own class names.</numerusform>
            <numerusform>Merge the class “%1” into “%2”? %n videos will move to “%2” and “%1” will be removed. Runs trained before keep their own class names.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the class “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::DemoProjectController</name>
    <message>
        <source>Generating SynthMotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::EstimateController</name>
    <message>
        <source>The estimate failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::EstimateDialog</name>
    <message>
        <source>Measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, batch %2, %n epoch(s), device %3</source>
        <translation>
            <numerusform>%1, batch %2, %n epoch, device %3</numerusform>
            <numerusform>%1, batch %2, %n epochs, device %3</numerusform>
        </translation>
    </message>
    <message>
        <source>per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>whole run of %n epoch(s)</source>
        <translation>
            <numerusform>whole run of %n epoch</numerusform>
            <numerusform>whole run of %n epochs</numerusform>
        </translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured with real training iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per iteration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times cover training only; validation after each epoch and the final test come on top. The first iteration warms up and is not timed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run with this config (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the model and the data pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting the frames of the videos to measure: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running training iterations: %1 of %2 (the first warms up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n training video(s) in batches of %1: %2 iterations per epoch</source>
        <translation>
            <numerusform>%n training video in batches of %1: %2 iterations per epoch</numerusform>
            <numerusform>%n training videos in batches of %1: %2 iterations per epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (median of %n iteration(s))</source>
        <translation>
            <numerusform>%1 (median of %n iteration)</numerusform>
            <numerusform>%1 (median of %n iterations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the peak of training, %2 of the %3 free before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allocated on the device at the peak of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: this LibTorch build reports no memory statistics for the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run fits on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run will not fit on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ran out of memory. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::EvaluationController</name>
    <message>
        <source>The run %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be classified: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::EvaluationHeader</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the final test again, with another protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test&lt;/b&gt;: not run yet — the final multi-view test writes its report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Test top-1 %1&lt;/b&gt; · top-5 %2 · mean class accuracy %3 — &lt;i&gt;%4&lt;/i&gt; (%n test clip(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Test top-1 %1&lt;/b&gt; · top-5 %2 · mean class accuracy %3 — &lt;i&gt;%4&lt;/i&gt; (%n test clip)</numerusform>
            <numerusform>&lt;b&gt;Test top-1 %1&lt;/b&gt; · top-5 %2 · mean class accuracy %3 — &lt;i&gt;%4&lt;/i&gt; (%n test clips)</numerusform>
        </translation>
    </message>
    <message>
        <source>single view; the run&apos;s config.yaml could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation&lt;/b&gt;: no validated epoch yet — &lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation top-1 (%1) %2&lt;/b&gt; — &lt;i&gt;%3&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 epochs · %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::EvaluationView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test finished; its report is in %1/test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a finished run to see its evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips of the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-class accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 on its test videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no test report. Test its best checkpoint on the test videos to see the confusion matrix and per-class accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the matrix to list its clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>True &lt;b&gt;%1&lt;/b&gt; → predicted &lt;b&gt;%2&lt;/b&gt;: %n clip(s)</source>
        <translation>
            <numerusform>True &lt;b&gt;%1&lt;/b&gt; → predicted &lt;b&gt;%2&lt;/b&gt;: %n clip</numerusform>
            <numerusform>True &lt;b&gt;%1&lt;/b&gt; → predicted &lt;b&gt;%2&lt;/b&gt;: %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Predict a video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify any video file with this run&apos;s model and show its top 5 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-5 of the selected clip or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.3gp *.ogv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting %1 with the model of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current test or prediction to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ExperimentFields</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X3D-XS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network architecture from the model registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips per optimisation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak learning rate after the warm-up; cosine decay follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per clip fed to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every n-th frame of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of the square crop fed to the network, in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frames per clip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::FieldEditor</name>
    <message>
        <source>%1
YAML key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers separated by commas, e.g. 10, 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red, green, blue, e.g. 0.45, 0.45, 0.45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; pairs of classes, e.g. move_left/move_right, grow/shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a whole number from 0 to 9223372036854775807.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter exactly 3 numbers (red, green, blue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter pairs of class names as a/b, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the preset&apos;s value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::FrameDecoder</name>
    <message>
        <source>The video %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame of the video could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::FrameGridView</name>
    <message>
        <source>The sampled frames appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · frame %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::FrameView</name>
    <message>
        <source>model crop (mirrored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model crop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::HealthCheckController</name>
    <message>
        <source>The health check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::HealthCheckDialog</name>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short side (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move these videos to Unused in this split, so training leaves them out (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the split again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) moved to Unused: training leaves them out.</source>
        <translation>
            <numerusform>%n video moved to Unused: training leaves it out.</numerusform>
            <numerusform>%n videos moved to Unused: training leaves them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loops short videos and leaves undecodable ones out; skipping makes that explicit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before training</source>
        <translation>
            <numerusform>%n problem to fix before training</numerusform>
            <numerusform>%n problems to fix before training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) in train and test of split %1; a clip of this config spans %2 frames.</source>
        <translation>
            <numerusform>%n video in train and test of split %1; a clip of this config spans %2 frames.</numerusform>
            <numerusform>%n videos in train and test of split %1; a clip of this config spans %2 frames.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have no training video.</source>
        <translation>
            <numerusform>%n class has no training video.</numerusform>
            <numerusform>%n classes have no training video.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class balance: largest / smallest training class %1, unbalanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class balance: largest / smallest training class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s); a clip needs %1</source>
        <translation>
            <numerusform>%n frame; a clip needs %1</numerusform>
            <numerusform>%n frames; a clip needs %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecodable or too short (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every video decodes and is long enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2 in train, %3 in test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message>
        <source>train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source group is in both train and test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) match no group (pattern %1) and were not checked.</source>
        <translation>
            <numerusform>%n video matches no group (pattern %1) and was not checked.</numerusform>
            <numerusform>%n videos match no group (pattern %1) and were not checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leakage: source groups in both train and test (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::HistogramChartView</name>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>histogram bar of videos with unknown values</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ImportCommitPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new video is opened once to measure its frames, rate and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop; the project is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job of this wizard is still running; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) imported</source>
        <translation>
            <numerusform>%n video imported</numerusform>
            <numerusform>%n videos imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new class(es)</source>
        <translation>
            <numerusform>%n new class</numerusform>
            <numerusform>%n new classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split assignment(s)</source>
        <translation>
            <numerusform>%n split assignment</numerusform>
            <numerusform>%n split assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already in the project updated</source>
        <translation>
            <numerusform>%n video already in the project updated</numerusform>
            <numerusform>%n videos already in the project updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on disk</source>
        <translation>
            <numerusform>%n not on disk</numerusform>
            <numerusform>%n not on disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list line(s) with problems ignored</source>
        <translation>
            <numerusform>%n list line with problems ignored</numerusform>
            <numerusform>%n list lines with problems ignored</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The videos are in the project. Videos that could not be used are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ImportController</name>
    <message>
        <source>The lists could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The videos could not be imported into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ImportFormatPage</name>
    <message>
        <source>&amp;Class folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One folder per class holding its videos or frame folders: root/&lt;class&gt;/&lt;video&gt;. No split is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UCF101 split lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classInd.txt with trainlist0N.txt and testlist0N.txt, paths like Class/v_Class_g01_c01.avi under a video folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HMDB51 split files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;class&gt;_test_split1.txt files marking each video 1 (train), 2 (test) or 0 (unused); videos in &lt;class&gt;/ folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinetics CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kinetics-400/600 CSV (label, youtube_id, time_start, time_end, split) and a folder of the downloaded clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;mmaction2 / PaddleVideo lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and test lists of &quot;path label&quot; lines, or &quot;frame_dir total_frames label&quot; for extracted frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dataset format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are the videos and their labels laid out on disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the dropped files: %1. Change it below if that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCF101 split lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMDB51 split files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinetics CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmaction2 / PaddleVideo lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ImportPathsPage</name>
    <message>
        <source>The lists name folders of extracted frames (&quot;frame_dir total_frames label&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split number the list&apos;s train and test subsets are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: names the classes by their ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label maps (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.txt *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds one subfolder per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class folders root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of classInd.txt and the train/test lists, and the folder the lists&apos; Class/video.avi paths start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the &lt;class&gt;_test_splitN.txt files, and the folder of the &lt;class&gt;/ video folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kinetics CSV and the folder its clips were downloaded to (searched with its subfolders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinetics CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The train and/or test list, and the folder their paths start from (mmaction2&apos;s data_prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are the files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class folders root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list folder %1 holds no classInd.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinetics CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a train list, a test list or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one split to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ImportPreviewPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would add. Nothing is written to the project until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop planning (Esc closes the wizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the previous job to stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning was cancelled. Go back to change the paths, or retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>split %1: %2 train, %3 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed video(s) not on disk</source>
        <translation>
            <numerusform>%n listed video not on disk</numerusform>
            <numerusform>%n listed videos not on disk</numerusform>
        </translation>
    </message>
    <message>
        <source>These files list no video to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the listed videos is on disk: check the video folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (split %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the video %3 is not on disk and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more video(s) not on disk.</source>
        <translation>
            <numerusform>… and %n more video not on disk.</numerusform>
            <numerusform>… and %n more videos not on disk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n problem(s)</source>
        <translation>
            <numerusform>Preview: %n problem</numerusform>
            <numerusform>Preview: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line of the lists was understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ImportWizard</name>
    <message>
        <source>Import Videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::JobsIndicator</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the running jobs and cancel them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Running jobs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LabellingView</name>
    <message>
        <source>Choose a video in the dataset to label it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no video with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a video of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a video first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In at frame %1: go to the last frame of the action and press O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press I at the first frame of the action before O (at frame %1 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segment %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>There is no class %1: the project has %n class.</numerusform>
            <numerusform>There is no class %1: the project has %n classes.</numerusform>
        </translation>
    </message>
    <message>
        <source>New segments will be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment under the playhead (frame %1) to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment that has another after it to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unlabelled video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every video has a class or segments: nothing left to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action in this video is labelled: training may use its unlabelled stretches as the background (&quot;no action&quot;) class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I: in · O: out · 1-9: class · /: find class · W: whole video · S: split · M: merge with next · Del: remove · N: next unlabelled · P: next proposal, A: accept, X: reject · Space: play · ←/→: frame · Shift+←/→: 1 s · [ ]: speed · drag an edge to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole video is the current class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the next proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a class&apos;s number first: W gives the whole video that class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is no longer labelled %1 as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole video is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabel the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move segment to %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model proposal first: P shows the next one to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model proposals left to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposal: %1, %2 % sure, frames %3-%4 (%n left to review). A: accept · 1-9: correct · X: reject · P: skip</source>
        <translation>
            <numerusform>Proposal: %1, %2 % sure, frames %3-%4 (%n left to review). A: accept · 1-9: correct · X: reject · P: skip</numerusform>
            <numerusform>Proposal: %1, %2 % sure, frames %3-%4 (%n left to review). A: accept · 1-9: correct · X: reject · P: skip</numerusform>
        </translation>
    </message>
    <message>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LearningRateChartView</name>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LiveController</name>
    <message>
        <source>Cannot play %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LivePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model&apos;s window is taken from the source: the same time span and frame spacing as in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the chosen source with the chosen run (F9); a playing source is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the source (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every window&apos;s prediction to a CSV file (Shift+F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture with its overlay as PNG (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trained run and a source, then press Start (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished run yet: train one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained run whose model recognises the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test top-1 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val top-1 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trained run first: the model names the actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a camera, a video file or a stream URL to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 · %2 s · %3×%4 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ended after %n frame(s).</source>
        <translation>
            <numerusform>%1 ended after %n frame.</numerusform>
            <numerusform>%1 ended after %n frames.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) recorded to %1.</source>
        <translation>
            <numerusform>%n prediction recorded to %1.</numerusform>
            <numerusform>%n predictions recorded to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps (source %2 fps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows/s (%2 run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms median, %2 ms p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use exported weights (a .pt file with its model card .pt.json beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exported weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported weights (*.pt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LiveRunLister</name>
    <message>
        <source>Cannot list the runs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LiveSourceChooser</name>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play at the file&apos;s own frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s index: 0 is /dev/video0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: play as fast as frames decode, to measure the model&apos;s throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtsp://, http://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a Video File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.wmv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LiveVideoView</name>
    <message>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::LossChartView</name>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothed (EMA %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::MainWindow</name>
    <message>
        <source>ActionStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo project: %1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ActionStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the SynthMotion demo project in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo project was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ActionStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n class(es)</source>
        <translation>
            <numerusform>Opened project %1: %n class</numerusform>
            <numerusform>Opened project %1: %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training run before opening another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ActionStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ActionStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit? The last completed epoch&apos;s checkpoint is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, training device and threads, frame cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training run before creating another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project: Choose an Empty Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty folder for the new project, or open it with File &gt; Open Project if it already is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a project in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;Label video clips, train video action recognition networks and watch them learn, fully offline.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt:&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Training device:&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::PathField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose with a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::PerClassAccuracyChart</name>
    <message>
        <source>Test accuracy per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no test clips)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LibTorch threads for training; this machine has %n logical core(s)</source>
        <translation>
            <numerusform>LibTorch threads for training; this machine has %n logical core</numerusform>
            <numerusform>LibTorch threads for training; this machine has %n logical cores</numerusform>
        </translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to choose where its extracted frames are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 keeps its extracted frames; empty for the default. Frames already extracted elsewhere are extracted again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, panels and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when ActionStudio restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains on the processor with the threads below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains on CUDA device 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CUDA device is available: trains on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame Cache Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ProjectLoader</name>
    <message>
        <source>The project %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ProposalBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model that proposes segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the model over videos with a sliding window: confident stretches become proposals to review (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every video left to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a weights file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trained model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video %1 of %2: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights file with its model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported weights (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model first (or choose a weights file): proposals come from a trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n video(s) for proposals…</source>
        <translation>
            <numerusform>Scanning %n video for proposals…</numerusform>
            <numerusform>Scanning %n videos for proposals…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n video(s) scanned before, their proposals kept.</source>
        <translation>
            <numerusform>Cancelled: %n video scanned before, its proposals kept.</numerusform>
            <numerusform>Cancelled: %n videos scanned before, their proposals kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) written (videos scanned: %1): press P to review them, least sure first.</source>
        <translation>
            <numerusform>%n proposal written (videos scanned: %1): press P to review it.</numerusform>
            <numerusform>%n proposals written (videos scanned: %1): press P to review them, least sure first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::RecentProjects</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::RecognitionSettings</name>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source frames between the starts of two windows; changes apply at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average the probabilities of this many windows (applies at the next Start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this confidence the view shows &quot;no action&quot; (applies at the next Start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new action replaces the shown one after winning this many windows in a row (applies at the next Start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;ide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thres&amp;hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;old:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::RunCurvesLoader</name>
    <message>
        <source>Cannot read the curves of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::RunListLoader</name>
    <message>
        <source>Cannot list the runs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::RunListModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best val top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::RunListWidget</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the project&apos;s runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected stopped run from its last checkpoint, with its own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check runs to compare their curves; double-click to open a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs of the project&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::SampleInspector</name>
    <message>
        <source>Train view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw another training clip and augmentation (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample and augment the clip as training does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single view testing uses: centred clip, centre crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every frame the fast pathway sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the frames of the slow pathway only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input frames, model order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip as the model sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input frame(s) · %1</source>
        <translation>
            <numerusform>%n input frame · %1</numerusform>
            <numerusform>%n input frames · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>played backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::ScoreBarsView</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::SegmentTimeline</name>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled segments: click one to select it and jump there; drag an edge to move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::SplitDialog</name>
    <message>
        <source>&amp;Make split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group (UCF101 “_gNN_”: a group never spans train and test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCF101 (classInd.txt, trainlist, testlist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmaction2 (label_map.txt, train/val lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the split as list files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making split %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lists to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split %1 written: %2 train, %3 test (%4 % test), %n unused.</source>
        <translation>
            <numerusform>Split %1 written: %2 train, %3 test (%4 % test), %n unused.</numerusform>
            <numerusform>Split %1 written: %2 train, %3 test (%4 % test), %n unused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) (%1 train, %2 test):</source>
        <translation>
            <numerusform>Wrote %n file (%1 train, %2 test):</numerusform>
            <numerusform>Wrote %n files (%1 train, %2 test):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::TestRunBar</name>
    <message>
        <source>&amp;Run test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips sampled evenly along each test video; their scores are averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 centre crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 crops (three-crop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 crops (ten-crop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatial crops of each clip; their scores are averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the run&apos;s best checkpoint on the test videos (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>as configured (%n clip(s))</source>
        <translation>
            <numerusform>as configured (%n clip)</numerusform>
            <numerusform>as configured (%n clips)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as configured (%n crop(s))</source>
        <translation>
            <numerusform>as configured (%n crop)</numerusform>
            <numerusform>as configured (%n crops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ThumbnailProvider</name>
    <message>
        <source>The thumbnail %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::TopPredictionsView</name>
    <message>
        <source>Select a clip to see the classes the model ranked highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Top %n of %1</source>
        <translation>
            <numerusform>Top %n of %1</numerusform>
            <numerusform>Top %n of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on the project&apos;s split 1 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current iteration; the last epoch&apos;s checkpoint is kept (Shift+F5, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the training run appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting %1 for %n epoch(s) on %2</source>
        <translation>
            <numerusform>Starting %1 for %n epoch on %2</numerusform>
            <numerusform>Starting %1 for %n epochs on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Training: preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current iteration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2 · iteration %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 clips/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: epoch %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting frames… %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: extracting frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training finished: final validation accuracy top-1 %1, top-5 %2 after %n epoch(s) (best top-1 %3). Run folder: %4</source>
        <translation>
            <numerusform>Training finished: final validation accuracy top-1 %1, top-5 %2 after %n epoch (best top-1 %3). Run folder: %4</numerusform>
            <numerusform>Training finished: final validation accuracy top-1 %1, top-5 %2 after %n epochs (best top-1 %3). Run folder: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished · validation top-1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n completed epoch(s); the last completed epoch&apos;s checkpoint is kept in %1.</source>
        <translation>
            <numerusform>Training stopped after %n completed epoch; the last completed epoch&apos;s checkpoint is kept in %1.</numerusform>
            <numerusform>Training stopped after %n completed epochs; the last completed epoch&apos;s checkpoint is kept in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the current iteration; press again to go on (F6, Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming %1 from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after the current iteration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused; press Pause again (F6) to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2 finished · train top-1 %3, top-5 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::VideoPlayer</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video in the dataset to play it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move through the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 1 second (Shift+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 1 second (Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>Playback speed, e.g. &quot;0.5×&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::VideoTableModel</name>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>as::ui::Workbench</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find undecodable and too-short videos, class imbalance and train/test leakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimate Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time a few real iterations: time per epoch and peak memory on the chosen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and T&amp;rain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dataset, estimate the run, then start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training run before importing into its project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Config Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;belling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and inspect video action recognition models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the SynthMotion demo project in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the user interface language &lt;lang&gt;, e.g. zh_CN (default: the system&apos;s; ACTIONSTUDIO_LANG works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder to open (default: the demo project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PROJECT_DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training as soon as the project is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
