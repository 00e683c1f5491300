<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigSchema</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Which model and how many classes.</source>
        <translation>使用哪个模型，以及有多少个类别。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>What one training sample looks like: sampling and spatial size.</source>
        <translation>单个训练样本的形式：采样方式与空间尺寸。</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Training-time augmentation.</source>
        <translation>训练时的数据增强。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data source: a project and the split of it to use.</source>
        <translation>数据来源：项目及其使用的划分。</translation>
    </message>
    <message>
        <source>Optimiser and schedule</source>
        <translation>优化器与学习率调度</translation>
    </message>
    <message>
        <source>Optimiser, parameter groups and the learning-rate schedule (stepped per iteration).</source>
        <translation>优化器、参数分组与学习率调度（按迭代步进）。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Cross-entropy with optional label smoothing and knowledge distillation.</source>
        <translation>交叉熵损失，可选标签平滑与知识蒸馏。</translation>
    </message>
    <message>
        <source>Tricks</source>
        <translation>训练技巧</translation>
    </message>
    <message>
        <source>Training tricks that change how the weights are updated or evaluated.</source>
        <translation>改变权重更新或评估方式的训练技巧。</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>When checkpoints are written and which are kept.</source>
        <translation>何时保存检查点，以及保留哪些检查点。</translation>
    </message>
    <message>
        <source>Final test</source>
        <translation>最终测试</translation>
    </message>
    <message>
        <source>After the last epoch, the best checkpoint on the test subset with several views per video.</source>
        <translation>最后一轮结束后，在测试子集上用每个视频的多个视图测试最佳检查点。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run-level settings: name, seed, threads and device.</source>
        <translation>运行级设置：名称、随机种子、线程数与设备。</translation>
    </message>
    <message>
        <source>A model from the registry.</source>
        <translation>模型注册表中的一个模型。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Number of classes the classifier predicts.</source>
        <translation>分类器预测的类别数量。</translation>
    </message>
    <message>
        <source>Pretrained weights</source>
        <translation>预训练权重</translation>
    </message>
    <message>
        <source>Optional state_dict file to start from.</source>
        <translation>可选的 state_dict 文件，作为训练起点。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout before the classifier.</source>
        <translation>分类器之前的 Dropout 比例。</translation>
    </message>
    <message>
        <source>Zero-init final BN</source>
        <translation>末层 BN 零初始化</translation>
    </message>
    <message>
        <source>X3D: each bottleneck&apos;s last BatchNorm starts at 0 (reference) or 1.</source>
        <translation>X3D：每个瓶颈块最后一个 BatchNorm 的初始值为 0（参考实现）或 1。</translation>
    </message>
    <message>
        <source>Clip length (frames)</source>
        <translation>片段长度（帧）</translation>
    </message>
    <message>
        <source>Frames per clip fed to the model.</source>
        <translation>输入模型的每个片段的帧数。</translation>
    </message>
    <message>
        <source>Frame interval</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source>Take every n-th frame of the video.</source>
        <translation>每隔 n 帧取一帧。</translation>
    </message>
    <message>
        <source>Short side (px)</source>
        <translation>短边（像素）</translation>
    </message>
    <message>
        <source>Short-edge resize before cropping; at least the crop size.</source>
        <translation>裁剪前将短边缩放到该尺寸；不得小于裁剪尺寸。</translation>
    </message>
    <message>
        <source>Crop size (px)</source>
        <translation>裁剪尺寸（像素）</translation>
    </message>
    <message>
        <source>Square crop fed to the model.</source>
        <translation>输入模型的正方形裁剪。</translation>
    </message>
    <message>
        <source>Mean (RGB)</source>
        <translation>均值（RGB）</translation>
    </message>
    <message>
        <source>Per-channel mean subtracted, in [0, 1] units.</source>
        <translation>按通道减去的均值，取值范围 [0, 1]。</translation>
    </message>
    <message>
        <source>Std (RGB)</source>
        <translation>标准差（RGB）</translation>
    </message>
    <message>
        <source>Per-channel standard deviation divided by, in [0, 1] units.</source>
        <translation>按通道除以的标准差，取值范围 [0, 1]。</translation>
    </message>
    <message>
        <source>Random crop</source>
        <translation>随机裁剪</translation>
    </message>
    <message>
        <source>Crop at a random position instead of the centre.</source>
        <translation>在随机位置而非中心裁剪。</translation>
    </message>
    <message>
        <source>Horizontal flip</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <source>Mirror half the training clips.</source>
        <translation>将一半训练片段左右镜像。</translation>
    </message>
    <message>
        <source>Flip label swaps</source>
        <translation>翻转标签互换</translation>
    </message>
    <message>
        <source>Classes that a mirror image turns into each other (move_left, move_right).</source>
        <translation>镜像后互相转换的类别（move_left, move_right）。</translation>
    </message>
    <message>
        <source>Time reverse</source>
        <translation>时间反转</translation>
    </message>
    <message>
        <source>Play half the training clips backwards; only for classes whose reverse is a valid clip.</source>
        <translation>将一半训练片段倒放；仅适用于倒放后仍是有效片段的类别。</translation>
    </message>
    <message>
        <source>Reverse label swaps</source>
        <translation>反转标签互换</translation>
    </message>
    <message>
        <source>Classes that playing backwards turns into each other (grow, shrink).</source>
        <translation>倒放后互相转换的类别（grow, shrink）。</translation>
    </message>
    <message>
        <source>Brightness jitter</source>
        <translation>亮度抖动</translation>
    </message>
    <message>
        <source>Brightness factor drawn in [1 - s, 1 + s]; 0 = off.</source>
        <translation>亮度系数在 [1 - s, 1 + s] 中随机取值；0 = 关闭。</translation>
    </message>
    <message>
        <source>Contrast jitter</source>
        <translation>对比度抖动</translation>
    </message>
    <message>
        <source>Contrast factor drawn in [1 - s, 1 + s]; 0 = off.</source>
        <translation>对比度系数在 [1 - s, 1 + s] 中随机取值；0 = 关闭。</translation>
    </message>
    <message>
        <source>Saturation jitter</source>
        <translation>饱和度抖动</translation>
    </message>
    <message>
        <source>Saturation factor drawn in [1 - s, 1 + s]; 0 = off.</source>
        <translation>饱和度系数在 [1 - s, 1 + s] 中随机取值；0 = 关闭。</translation>
    </message>
    <message>
        <source>Hue jitter</source>
        <translation>色调抖动</translation>
    </message>
    <message>
        <source>Hue shifted by up to this fraction of the colour circle.</source>
        <translation>色调最多偏移色环的这一比例。</translation>
    </message>
    <message>
        <source>Mix-up alpha</source>
        <translation>Mix-up alpha</translation>
    </message>
    <message>
        <source>Video Mix-up over each batch, lambda ~ Beta(alpha, alpha); 0 = off.</source>
        <translation>对每个批次做视频 Mix-up，lambda ~ Beta(alpha, alpha)；0 = 关闭。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project folder; may be given on the command line instead.</source>
        <translation>项目文件夹；也可以在命令行中指定。</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Which train/test split of the project.</source>
        <translation>使用项目的哪个训练/测试划分。</translation>
    </message>
    <message>
        <source>Cache short side (px)</source>
        <translation>缓存短边（像素）</translation>
    </message>
    <message>
        <source>Short side of frames stored in the frame cache.</source>
        <translation>帧缓存中所存帧的短边长度。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation>遍历训练集的次数。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Clips per batch.</source>
        <translation>每个批次的片段数。</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>SGD with momentum, or AdamW (momentum is beta1).</source>
        <translation>带动量的 SGD，或 AdamW（动量即 beta1）。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Peak learning rate, reached after warm-up.</source>
        <translation>峰值学习率，在预热结束后达到。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>SGD momentum or AdamW beta1.</source>
        <translation>SGD 动量或 AdamW 的 beta1。</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD with a momentum above 0 only).</source>
        <translation>Nesterov 动量（仅适用于动量大于 0 的 SGD）。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>L2 weight decay.</source>
        <translation>L2 权重衰减。</translation>
    </message>
    <message>
        <source>No decay on norms and biases</source>
        <translation>归一化层和偏置不衰减</translation>
    </message>
    <message>
        <source>Norm-layer parameters and every bias get no weight decay (X3D).</source>
        <translation>归一化层参数和所有偏置不做权重衰减（X3D）。</translation>
    </message>
    <message>
        <source>Classifier weight LR x</source>
        <translation>分类器权重学习率倍数</translation>
    </message>
    <message>
        <source>Learning-rate multiplier of the classifier&apos;s weight (PP-TSN: 5).</source>
        <translation>分类器权重的学习率倍数（PP-TSN：5）。</translation>
    </message>
    <message>
        <source>Classifier bias LR x</source>
        <translation>分类器偏置学习率倍数</translation>
    </message>
    <message>
        <source>Learning-rate multiplier of the classifier&apos;s bias (PP-TSN: 10).</source>
        <translation>分类器偏置的学习率倍数（PP-TSN：10）。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Learning-rate schedule, stepped per iteration: warm-up then cosine, pySlowFast&apos;s cosine, or steps at milestones.</source>
        <translation>学习率调度，按迭代步进：预热后余弦衰减、pySlowFast 的余弦调度，或在里程碑处分段衰减。</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <source>Epochs of linear warm-up; at most the epochs.</source>
        <translation>线性预热的轮数；不超过总轮数。</translation>
    </message>
    <message>
        <source>Warm-up start LR</source>
        <translation>预热起始学习率</translation>
    </message>
    <message>
        <source>Learning rate the warm-up starts from; at most the learning rate.</source>
        <translation>预热开始时的学习率；不超过学习率。</translation>
    </message>
    <message>
        <source>Minimum LR</source>
        <translation>最小学习率</translation>
    </message>
    <message>
        <source>End or floor of the cosine; at most the learning rate.</source>
        <translation>余弦衰减的终点或下限；不超过学习率。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Multistep: increasing epochs at which the rate is multiplied by gamma.</source>
        <translation>分段衰减：递增的轮次，在这些轮次学习率乘以 gamma。</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Multistep: factor applied at each milestone.</source>
        <translation>分段衰减：每个里程碑处乘以的系数。</translation>
    </message>
    <message>
        <source>Gradient clip norm</source>
        <translation>梯度裁剪范数</translation>
    </message>
    <message>
        <source>Clip the global gradient L2 norm to this; 0 = off.</source>
        <translation>将全局梯度 L2 范数裁剪到该值；0 = 关闭。</translation>
    </message>
    <message>
        <source>Accumulate steps</source>
        <translation>梯度累积步数</translation>
    </message>
    <message>
        <source>Batches whose gradients add up before one optimiser step.</source>
        <translation>梯度累加的批次数，之后执行一次优化器更新。</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <source>Epsilon: 1 - epsilon on the label, epsilon / classes everywhere.</source>
        <translation>Epsilon：真实标签为 1 - epsilon，其余各类为 epsilon / 类别数。</translation>
    </message>
    <message>
        <source>Teacher model</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>Registry name of the distillation teacher; empty = off.</source>
        <translation>蒸馏教师模型在注册表中的名称；留空 = 关闭。</translation>
    </message>
    <message>
        <source>Teacher weights</source>
        <translation>教师权重</translation>
    </message>
    <message>
        <source>The teacher&apos;s checkpoint or state_dict file.</source>
        <translation>教师模型的检查点或 state_dict 文件。</translation>
    </message>
    <message>
        <source>Distillation weight</source>
        <translation>蒸馏权重</translation>
    </message>
    <message>
        <source>Share w of the distillation term in the loss.</source>
        <translation>蒸馏项在损失中所占的比例 w。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Both logits are divided by T before the KL term.</source>
        <translation>计算 KL 项之前，两组 logits 都除以 T。</translation>
    </message>
    <message>
        <source>Precise BN batches</source>
        <translation>精确 BN 批次数</translation>
    </message>
    <message>
        <source>Recompute BatchNorm statistics over this many batches after each epoch; 0 = off.</source>
        <translation>每轮结束后用这么多批次重新计算 BatchNorm 统计量；0 = 关闭。</translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation>EMA 衰减</translation>
    </message>
    <message>
        <source>Exponential moving average of the weights (typical 0.999 - 0.9999); 0 = off.</source>
        <translation>权重的指数移动平均（通常为 0.999 - 0.9999）；0 = 关闭。</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>混合精度</translation>
    </message>
    <message>
        <source>CUDA: float16 autocast; ignored on the CPU.</source>
        <translation>CUDA：float16 自动混合精度；在 CPU 上忽略。</translation>
    </message>
    <message>
        <source>Channels last</source>
        <translation>通道在后</translation>
    </message>
    <message>
        <source>Channels-last (3-D) memory format for weights and clips.</source>
        <translation>权重和片段使用 channels-last（3-D）内存格式。</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>间隔（轮）</translation>
    </message>
    <message>
        <source>Epochs between checkpoints; the last epoch always has one.</source>
        <translation>保存检查点的间隔轮数；最后一轮总会保存。</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>保留最近个数</translation>
    </message>
    <message>
        <source>Epoch checkpoints kept besides last.pt, newest first.</source>
        <translation>除 last.pt 外保留的轮次检查点数，从最新开始。</translation>
    </message>
    <message>
        <source>Keep best</source>
        <translation>保留最佳</translation>
    </message>
    <message>
        <source>Keep best.pt, the epoch with the highest validation top-1.</source>
        <translation>保留 best.pt，即验证 top-1 最高的那一轮。</translation>
    </message>
    <message>
        <source>After the last epoch, test the best checkpoint on the test subset.</source>
        <translation>最后一轮结束后，在测试子集上测试最佳检查点。</translation>
    </message>
    <message>
        <source>Test clips</source>
        <translation>测试片段数</translation>
    </message>
    <message>
        <source>Clips (dense) or segments per test video; 0 = the model&apos;s protocol.</source>
        <translation>每个测试视频的片段数（密集采样）或分段数；0 = 使用模型的协议。</translation>
    </message>
    <message>
        <source>Test crops</source>
        <translation>测试裁剪数</translation>
    </message>
    <message>
        <source>1 (centre), 3 (three-crop) or 10 (ten-crop); 0 = the model&apos;s protocol.</source>
        <translation>1（中心裁剪）、3（三裁剪）或 10（十裁剪）；0 = 使用模型的协议。</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>运行名称</translation>
    </message>
    <message>
        <source>Run folder name under runs/ (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;); generated when empty.</source>
        <translation>runs/ 下的运行文件夹名称（字母、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;）；留空时自动生成。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed of the run.</source>
        <translation>本次运行的随机种子。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Intra-op threads; 0 = all cores.</source>
        <translation>算子内并行线程数；0 = 使用所有核心。</translation>
    </message>
    <message>
        <source>Loader workers</source>
        <translation>加载线程数</translation>
    </message>
    <message>
        <source>Clip loader threads.</source>
        <translation>片段加载器的线程数。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation>auto、cpu、cuda 或 cuda:N。</translation>
    </message>
    <message>
        <source>Validate every (epochs)</source>
        <translation>验证间隔（轮）</translation>
    </message>
    <message>
        <source>Epochs between validations.</source>
        <translation>两次验证之间的轮数。</translation>
    </message>
    <message>
        <source>Background class</source>
        <translation>背景类</translation>
    </message>
    <message>
        <source>Train an extra class &quot;background&quot; (no action) on the unlabelled stretches of fully reviewed videos, so live recognition stays quiet between actions.</source>
        <translation>在已完整审核视频的未标注片段上额外训练一个“background”（无动作）类别，使实时识别在动作之间保持安静。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A video file could not be used.</source>
        <translation>无法使用某个视频文件。</translation>
    </message>
    <message>
        <source>The folder is not an ActionStudio project.</source>
        <translation>该文件夹不是 ActionStudio 项目。</translation>
    </message>
    <message>
        <source>The project could not be read or written.</source>
        <translation>无法读取或写入项目。</translation>
    </message>
    <message>
        <source>The experiment settings are not valid.</source>
        <translation>实验设置无效。</translation>
    </message>
    <message>
        <source>A list file could not be imported.</source>
        <translation>无法导入列表文件。</translation>
    </message>
    <message>
        <source>The demo project could not be prepared.</source>
        <translation>无法准备示例项目。</translation>
    </message>
    <message>
        <source>Training could not continue.</source>
        <translation>训练无法继续。</translation>
    </message>
    <message>
        <source>The training data is not usable.</source>
        <translation>训练数据不可用。</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>无法读取或写入文件。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>文件 %1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>LabellingProgress</name>
    <message numerus="yes">
        <source>%1 of %n video(s) left to label</source>
        <translation>
            <numerusform>还剩 %1 / %n 个视频待标注</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: known after your first video</source>
        <translation>剩余时间：完成第一个视频后可估算</translation>
    </message>
    <message>
        <source>About %1 min left at your pace (%2 video(s) done in %3 min)</source>
        <translation>按你的速度约剩 %1 分钟（%3 分钟内完成 %2 个视频）</translation>
    </message>
    <message numerus="yes">
        <source>This video: %n segment(s), %1 to review</source>
        <translation>
            <numerusform>本视频：%n 个片段，%1 个待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This video: %n segment(s)</source>
        <translation>
            <numerusform>本视频：%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review (P)</source>
        <translation>
            <numerusform>%n 个提议待审核（P）</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>片段：%1</translation>
    </message>
</context>
<context>
    <name>LiveSourceText</name>
    <message>
        <source>camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>视频流 %1</translation>
    </message>
</context>
<context>
    <name>as::ui::AccuracyChartView</name>
    <message>
        <source>Train top-1</source>
        <translation>训练 top-1</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Val top-1</source>
        <translation>验证 top-1</translation>
    </message>
    <message>
        <source>Val top-5</source>
        <translation>验证 top-5</translation>
    </message>
    <message>
        <source>Train top-5</source>
        <translation>训练 top-5</translation>
    </message>
    <message>
        <source>%1 val top-1</source>
        <translation>%1 验证 top-1</translation>
    </message>
</context>
<context>
    <name>as::ui::ActionTimeline</name>
    <message>
        <source>no action</source>
        <translation>无动作</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>as::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>as::ui::ClassBalanceChartView</name>
    <message>
        <source>Videos per class</source>
        <translation>每个类别的视频数</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>videos</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>as::ui::ClassEditController</name>
    <message>
        <source>The classes of %1 could not be changed: %2</source>
        <translation>无法修改 %1 的类别：%2</translation>
    </message>
    <message>
        <source>Added the class “%1”.</source>
        <translation>已添加类别“%1”。</translation>
    </message>
    <message>
        <source>Renamed the class “%1” to “%2”.</source>
        <translation>已将类别“%1”重命名为“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into “%2”: %n video(s) moved.</source>
        <translation>
            <numerusform>已将“%1”合并到“%2”：移动了 %n 个视频。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ClassListModel</name>
    <message numerus="yes">
        <source>Class %1 (label %2): %n video(s)</source>
        <translation>
            <numerusform>类别 %1（标签 %2）：%n 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Split %1: %2 train, %3 test</source>
        <translation>划分 %1：训练 %2，测试 %3</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
</context>
<context>
    <name>as::ui::ClassListPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Find a class (/)</source>
        <translation>查找类别（/）</translation>
    </message>
    <message>
        <source>Type part of a name, then Enter gives the first match to the selected segment; Escape goes back</source>
        <translation>输入名称的一部分，按 Enter 把第一个匹配项赋给选中的片段；按 Esc 返回</translation>
    </message>
    <message>
        <source>Press a class&apos;s number to give it to the selected segment</source>
        <translation>按类别的编号，把它赋给选中的片段</translation>
    </message>
    <message>
        <source>Delete the class: its videos become unlabelled and its segments are removed (you are told how many first)</source>
        <translation>删除类别：其视频变为未标注，其片段被移除（会先告诉你数量）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>类别颜色</translation>
    </message>
    <message>
        <source>No class matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的类别。</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>新类别的名称：</translation>
    </message>
    <message>
        <source>Added the class %1.</source>
        <translation>已添加类别 %1。</translation>
    </message>
    <message>
        <source>Rename the class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Merge classes</source>
        <translation>合并类别</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>将 %1 合并到：</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>已将 %1 合并到 %2。</translation>
    </message>
    <message>
        <source>Delete the class %1? No video or segment uses it.</source>
        <translation>删除类别 %1？没有视频或片段使用它。</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Deleted the class %1.</source>
        <translation>已删除类别 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? %n video(s) labelled %1 become %2, and so do its segments (%3). %1 is removed. This cannot be undone.</source>
        <translation>
            <numerusform>将 %1 合并到 %2？%n 个标注为 %1 的视频及其片段（%3 个）将变为 %2。%1 将被移除。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? %n video(s) labelled %1 become unlabelled. Segments removed: %2 (in videos: %3). This cannot be undone.</source>
        <translation>
            <numerusform>删除类别 %1？%n 个标注为 %1 的视频将变为未标注。将移除的片段：%2（涉及视频：%3）。此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ClipAnimationView</name>
    <message>
        <source>%1 of %2 · frame %3</source>
        <translation>%1 / %2 · 第 %3 帧</translation>
    </message>
</context>
<context>
    <name>as::ui::ClipPreviewController</name>
    <message>
        <source>The clip could not be previewed: %1</source>
        <translation>无法预览该片段：%1</translation>
    </message>
</context>
<context>
    <name>as::ui::ClipTimeline</name>
    <message>
        <source>Video frames; the marks are the frames the clip was sampled from. Click to show a frame in the player.</source>
        <translation>视频帧；标记是采样该片段所用的帧。点击可在播放器中显示某一帧。</translation>
    </message>
    <message>
        <source>No clip sampled yet</source>
        <translation>尚未采样片段</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>分段 %1</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
</context>
<context>
    <name>as::ui::ConfigEditor</name>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Replaces the config with a recipe to start from</source>
        <translation>用一个配方替换当前配置，作为起点</translation>
    </message>
    <message>
        <source>The recipe the demo project trains with (X3D-XS on SynthMotion), with this project&apos;s folder.</source>
        <translation>示例项目训练所用的配方（SynthMotion 上的 X3D-XS），使用本项目的文件夹。</translation>
    </message>
    <message>
        <source>Start from &amp;preset:</source>
        <translation>从预设开始(&amp;P)：</translation>
    </message>
    <message>
        <source>Take the preset&apos;s value back for every changed field</source>
        <translation>将所有已修改字段恢复为预设值</translation>
    </message>
    <message>
        <source>Open a YAML config (Ctrl+Shift+O)</source>
        <translation>打开 YAML 配置（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Save the config as YAML (Ctrl+S)</source>
        <translation>将配置保存为 YAML（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Demo project recipe</source>
        <translation>示例项目配方</translation>
    </message>
    <message>
        <source>%1 (YAML line %2): %3</source>
        <translation>%1（YAML 第 %2 行）：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The preset %1 cannot be read: %2</source>
        <translation>无法读取预设 %1：%2</translation>
    </message>
    <message>
        <source>There is no preset named %1.</source>
        <translation>没有名为 %1 的预设。</translation>
    </message>
    <message>
        <source>Started from the preset %1.</source>
        <translation>已从预设 %1 开始。</translation>
    </message>
    <message>
        <source>%1 is back at the preset&apos;s value.</source>
        <translation>%1 已恢复为预设值。</translation>
    </message>
    <message>
        <source>Every field is back at the preset&apos;s value.</source>
        <translation>所有字段均已恢复为预设值。</translation>
    </message>
    <message>
        <source>Model set to %1: the input section now uses its reference input (%2 frames every %3, crop %4 of short side %5).</source>
        <translation>模型已设为 %1：输入部分现在使用其参考输入（%2 帧，每隔 %3 帧取一帧，短边缩放到 %5 后裁剪 %4）。</translation>
    </message>
    <message>
        <source>Model set to %1, which has no reference input: the input section is unchanged.</source>
        <translation>模型已设为 %1，该模型没有参考输入：输入部分保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>The YAML has %n problem(s), listed below it; the form keeps the last valid config.</source>
        <translation>
            <numerusform>YAML 有 %n 个问题，列在其下方；表单保留最后一个有效配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>The form now shows the YAML.</source>
        <translation>表单现在显示 YAML 中的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1</source>
        <translation>
            <numerusform>相对 %1 有 %n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (YAML line %2): %3. The form keeps the last valid value.</source>
        <translation>%1（YAML 第 %2 行）：%3。表单保留最后一个有效值。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a config file: it is larger than 1 MiB.</source>
        <translation>%1 不是配置文件：它大于 1 MiB。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s), listed under the YAML; the config is unchanged. First: line %2, %3: %4</source>
        <translation>
            <numerusform>%1 有 %n 个问题，列在 YAML 下方；配置未改变。第一个：第 %2 行，%3：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, but the config has %n problem(s): training will refuse it until they are fixed.</source>
        <translation>
            <numerusform>已保存 %1，但配置有 %n 个问题：修复之前无法用它训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>YAML configs (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 配置 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save config as</source>
        <translation>配置另存为</translation>
    </message>
    <message>
        <source>YAML configs (*.yaml *.yml)</source>
        <translation>YAML 配置 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>as::ui::ConfigForm</name>
    <message numerus="yes">
        <source>(%n changed)</source>
        <translation>
            <numerusform>（%n 处修改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) with a problem</source>
        <translation>
            <numerusform>%n 个字段有问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ConfigYamlView</name>
    <message>
        <source>Edits here update the form once you pause typing; comments are not kept.</source>
        <translation>在此处的编辑会在停止输入后更新表单；注释不会保留。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::ConfusionHeatMap</name>
    <message numerus="yes">
        <source>true %1 → predicted %2: %n clip(s)</source>
        <translation>
            <numerusform>真实 %1 → 预测 %2：%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the test clips of %2</source>
        <translation>占 %2 测试片段的 %1 %</translation>
    </message>
    <message>
        <source>No confusion matrix: this run has no test report yet.</source>
        <translation>没有混淆矩阵：此运行尚无测试报告。</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>share of the true class&apos;s clips</source>
        <translation>占真实类别片段的比例</translation>
    </message>
</context>
<context>
    <name>as::ui::DatasetPanel</name>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable</source>
        <translation>
            <numerusform>%n 个不可用</numerusform>
        </translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Drop video files or folders here to import them</source>
        <translation>将视频文件或文件夹拖放到此处即可导入</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add class…</source>
        <translation>添加类别(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename class…</source>
        <translation>重命名类别(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge class…</source>
        <translation>合并类别(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split tools…</source>
        <translation>划分工具(&amp;S)…</translation>
    </message>
    <message>
        <source>Which train/test split the counts and the table show</source>
        <translation>计数和表格所显示的训练/测试划分</translation>
    </message>
    <message>
        <source>Click a class to show only its videos; right-click to edit it</source>
        <translation>点击某个类别只显示其视频；右键单击可编辑</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;类别&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation>划分(&amp;P)：</translation>
    </message>
    <message>
        <source>Search videos by name, class, split or status…</source>
        <translation>按名称、类别、划分或状态搜索视频…</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>所有划分</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Making thumbnails…</source>
        <translation>正在生成缩略图…</translation>
    </message>
    <message>
        <source>Stop making thumbnails</source>
        <translation>停止生成缩略图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Videos&lt;/b&gt;</source>
        <translation>&lt;b&gt;视频&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>划分 %1</translation>
    </message>
    <message>
        <source>split %1: %2 train, %3 test</source>
        <translation>划分 %1：训练 %2，测试 %3</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>（未标注）</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into</source>
        <translation>将“%1”合并到(&amp;I)</translation>
    </message>
    <message>
        <source>Merge classes</source>
        <translation>合并类别</translation>
    </message>
    <message numerus="yes">
        <source>Merge the class “%1” into “%2”? %n video(s) will move to “%2” and “%1” will be removed. Runs trained before keep their own class names.</source>
        <translation>
            <numerusform>将类别“%1”合并到“%2”？%n 个视频将移至“%2”，“%1”将被删除。之前训练的运行保留各自的类别名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>新类别的名称：</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name of the class “%1”:</source>
        <translation>类别“%1”的新名称：</translation>
    </message>
    <message>
        <source>Merge class</source>
        <translation>合并类别</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
</context>
<context>
    <name>as::ui::DemoProjectController</name>
    <message>
        <source>Generating SynthMotion…</source>
        <translation>正在生成 SynthMotion…</translation>
    </message>
    <message>
        <source>Importing videos…</source>
        <translation>正在导入视频…</translation>
    </message>
    <message>
        <source>Extracting frames…</source>
        <translation>正在提取帧…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>The demo project could not be prepared.</source>
        <translation>无法准备示例项目。</translation>
    </message>
</context>
<context>
    <name>as::ui::EstimateController</name>
    <message>
        <source>The estimate failed: %1</source>
        <translation>估算失败：%1</translation>
    </message>
</context>
<context>
    <name>as::ui::EstimateDialog</name>
    <message>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Estimate of the run</source>
        <translation>运行估算</translation>
    </message>
    <message numerus="yes">
        <source>%1, batch %2, %n epoch(s), device %3</source>
        <translation>
            <numerusform>%1，批大小 %2，%n 轮，设备 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>per epoch</source>
        <translation>每轮</translation>
    </message>
    <message numerus="yes">
        <source>whole run of %n epoch(s)</source>
        <translation>
            <numerusform>整个运行（%n 轮）</numerusform>
        </translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>峰值内存</translation>
    </message>
    <message>
        <source>Measured with real training iterations</source>
        <translation>使用真实训练迭代测量</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>训练数据：</translation>
    </message>
    <message>
        <source>Time per iteration:</source>
        <translation>每次迭代用时：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Times cover training only; validation after each epoch and the final test come on top. The first iteration warms up and is not timed.</source>
        <translation>时间仅包括训练；每轮后的验证和最终测试另计。第一次迭代用于预热，不计时。</translation>
    </message>
    <message>
        <source>Start the run with this config (Ctrl+Return)</source>
        <translation>用此配置开始运行（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Measure again (F5)</source>
        <translation>重新测量（F5）</translation>
    </message>
    <message>
        <source>The measurement failed.</source>
        <translation>测量失败。</translation>
    </message>
    <message>
        <source>The measurement was cancelled.</source>
        <translation>测量已取消。</translation>
    </message>
    <message>
        <source>Preparing the model and the data pipeline…</source>
        <translation>正在准备模型和数据流水线…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>停止测量</translation>
    </message>
    <message>
        <source>Extracting the frames of the videos to measure: %1 of %2</source>
        <translation>正在提取待测视频的帧：%1 / %2</translation>
    </message>
    <message>
        <source>Running training iterations: %1 of %2 (the first warms up)</source>
        <translation>正在运行训练迭代：%1 / %2（第一次用于预热）</translation>
    </message>
    <message numerus="yes">
        <source>%n training video(s) in batches of %1: %2 iterations per epoch</source>
        <translation>
            <numerusform>%n 个训练视频，批大小 %1：每轮 %2 次迭代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (median of %n iteration(s))</source>
        <translation>
            <numerusform>%1（%n 次迭代的中位数）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the peak of training, %2 of the %3 free before the run</source>
        <translation>训练峰值 %1，占运行前可用 %3 的 %2</translation>
    </message>
    <message>
        <source>%1 allocated on the device at the peak of training</source>
        <translation>训练峰值时设备上已分配 %1</translation>
    </message>
    <message>
        <source>Not measured: this LibTorch build reports no memory statistics for the device.</source>
        <translation>未测量：此 LibTorch 构建不提供该设备的内存统计。</translation>
    </message>
    <message>
        <source>The run fits on this device.</source>
        <translation>该设备可以容纳此次运行。</translation>
    </message>
    <message>
        <source>The run will not fit on this device.</source>
        <translation>该设备无法容纳此次运行。</translation>
    </message>
    <message>
        <source>Training ran out of memory. %1</source>
        <translation>训练时内存不足。%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>as::ui::EvaluationController</name>
    <message>
        <source>The run %1 could not be read: %2</source>
        <translation>无法读取运行 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be classified: %2</source>
        <translation>无法对 %1 进行分类：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::EvaluationHeader</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Test again…</source>
        <translation>重新测试…</translation>
    </message>
    <message>
        <source>Run the final test again, with another protocol</source>
        <translation>用其他协议重新进行最终测试</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test&lt;/b&gt;: not run yet — the final multi-view test writes its report to %1</source>
        <translation>&lt;b&gt;测试&lt;/b&gt;：尚未进行——最终多视图测试会将报告写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Test top-1 %1&lt;/b&gt; · top-5 %2 · mean class accuracy %3 — &lt;i&gt;%4&lt;/i&gt; (%n test clip(s))</source>
        <translation>
            <numerusform>&lt;b&gt;测试 top-1 %1&lt;/b&gt; · top-5 %2 · 平均类别准确率 %3——&lt;i&gt;%4&lt;/i&gt;（%n 个测试片段）</numerusform>
        </translation>
    </message>
    <message>
        <source>single view; the run&apos;s config.yaml could not be found</source>
        <translation>单视图；找不到该运行的 config.yaml</translation>
    </message>
    <message>
        <source>best epoch %1</source>
        <translation>最佳轮次 %1</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>最佳轮次</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation&lt;/b&gt;: no validated epoch yet — &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;b&gt;验证&lt;/b&gt;：尚无已验证的轮次——&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation top-1 (%1) %2&lt;/b&gt; — &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;验证 top-1（%1）%2&lt;/b&gt;——&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 epochs · %5</source>
        <translation>%1 · %2 · 已完成 %3/%4 轮 · %5</translation>
    </message>
</context>
<context>
    <name>as::ui::EvaluationView</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>True</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Confidence (%)</source>
        <translation>置信度 (%)</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>被预测为</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>片段数</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比 (%)</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>The test finished; its report is in %1/test.</source>
        <translation>测试已完成；报告位于 %1/test。</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was written.</source>
        <translation>测试已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open a finished run to see its evaluation.</source>
        <translation>打开一个已完成的运行以查看其评估结果。</translation>
    </message>
    <message>
        <source>Clips of the selected cell</source>
        <translation>所选单元格的片段</translation>
    </message>
    <message>
        <source>Per-class accuracy</source>
        <translation>各类别准确率</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>最易混淆的类别对</translation>
    </message>
    <message>
        <source>Test predictions</source>
        <translation>测试预测</translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation>混淆矩阵（测试）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Testing %1 on its test videos…</source>
        <translation>正在用测试视频测试 %1…</translation>
    </message>
    <message>
        <source>This run has no test report. Test its best checkpoint on the test videos to see the confusion matrix and per-class accuracy.</source>
        <translation>此运行没有测试报告。在测试视频上测试其最佳检查点，即可查看混淆矩阵和各类别准确率。</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to list its clips.</source>
        <translation>点击矩阵中的单元格以列出其片段。</translation>
    </message>
    <message numerus="yes">
        <source>True &lt;b&gt;%1&lt;/b&gt; → predicted &lt;b&gt;%2&lt;/b&gt;: %n clip(s)</source>
        <translation>
            <numerusform>真实 &lt;b&gt;%1&lt;/b&gt; → 预测 &lt;b&gt;%2&lt;/b&gt;：%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Predict a video…</source>
        <translation>预测视频…</translation>
    </message>
    <message>
        <source>The prediction of %1 was cancelled.</source>
        <translation>%1 的预测已取消。</translation>
    </message>
    <message>
        <source>Classify any video file with this run&apos;s model and show its top 5 (%1)</source>
        <translation>用此运行的模型对任意视频文件分类，并显示其前 5 名（%1）</translation>
    </message>
    <message>
        <source>Top-5 of the selected clip or video</source>
        <translation>所选片段或视频的 Top-5</translation>
    </message>
    <message>
        <source>Predict a video</source>
        <translation>预测视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.3gp *.ogv);;All files (*)</source>
        <translation>视频 (*.mp4 *.avi *.mkv *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.3gp *.ogv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Predicting %1 with the model of %2…</source>
        <translation>正在用 %2 的模型预测 %1…</translation>
    </message>
    <message>
        <source>Wait for the current test or prediction to finish, or cancel it.</source>
        <translation>请等待当前的测试或预测完成，或将其取消。</translation>
    </message>
</context>
<context>
    <name>as::ui::ExperimentFields</name>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>X3D-XS</source>
        <translation>X3D-XS</translation>
    </message>
    <message>
        <source>C3D</source>
        <translation>C3D</translation>
    </message>
    <message>
        <source>Network architecture from the model registry</source>
        <translation>模型注册表中的网络结构</translation>
    </message>
    <message>
        <source>Passes over the training videos</source>
        <translation>遍历训练视频的次数</translation>
    </message>
    <message>
        <source>Clips per optimisation step</source>
        <translation>每个优化步骤的片段数</translation>
    </message>
    <message>
        <source>Peak learning rate after the warm-up; cosine decay follows</source>
        <translation>预热后的峰值学习率；之后按余弦衰减</translation>
    </message>
    <message>
        <source>Frames per clip fed to the network</source>
        <translation>输入网络的每个片段的帧数</translation>
    </message>
    <message>
        <source>Take every n-th frame of the video</source>
        <translation>每隔 n 帧取一帧</translation>
    </message>
    <message>
        <source>Side of the square crop fed to the network, in pixels</source>
        <translation>输入网络的正方形裁剪边长（像素）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Frames per clip:</source>
        <translation>每片段帧数(&amp;F)：</translation>
    </message>
    <message>
        <source>Frame &amp;interval:</source>
        <translation>帧间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Crop size:</source>
        <translation>裁剪尺寸(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>as::ui::FieldEditor</name>
    <message>
        <source>%1
YAML key: %2</source>
        <translation>%1
YAML 键：%2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>numbers separated by commas, e.g. 10, 20</source>
        <translation>以逗号分隔的数字，例如 10, 20</translation>
    </message>
    <message>
        <source>red, green, blue, e.g. 0.45, 0.45, 0.45</source>
        <translation>红、绿、蓝，例如 0.45, 0.45, 0.45</translation>
    </message>
    <message>
        <source>none; pairs of classes, e.g. move_left/move_right, grow/shrink</source>
        <translation>无；类别对，例如 move_left/move_right, grow/shrink</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: enter a whole number from 0 to 9223372036854775807.</source>
        <translation>%1：请输入 0 到 9223372036854775807 之间的整数。</translation>
    </message>
    <message>
        <source>%1: enter numbers separated by commas.</source>
        <translation>%1：请输入以逗号分隔的数字。</translation>
    </message>
    <message>
        <source>%1: enter exactly 3 numbers (red, green, blue).</source>
        <translation>%1：请输入正好 3 个数字（红、绿、蓝）。</translation>
    </message>
    <message>
        <source>%1: enter pairs of class names as a/b, separated by commas.</source>
        <translation>%1：请以 a/b 形式输入类别名称对，用逗号分隔。</translation>
    </message>
    <message>
        <source>Reset to the preset&apos;s value: %1</source>
        <translation>重置为预设值：%1</translation>
    </message>
</context>
<context>
    <name>as::ui::FrameDecoder</name>
    <message>
        <source>The video %1 could not be opened: %2</source>
        <translation>无法打开视频 %1：%2</translation>
    </message>
    <message>
        <source>A frame of the video could not be decoded: %1</source>
        <translation>无法解码视频的某一帧：%1</translation>
    </message>
</context>
<context>
    <name>as::ui::FrameGridView</name>
    <message>
        <source>The sampled frames appear here.</source>
        <translation>采样得到的帧显示在这里。</translation>
    </message>
    <message>
        <source>#%1 · frame %2</source>
        <translation>#%1 · 第 %2 帧</translation>
    </message>
</context>
<context>
    <name>as::ui::FrameView</name>
    <message>
        <source>model crop (mirrored)</source>
        <translation>模型裁剪（已镜像）</translation>
    </message>
    <message>
        <source>model crop</source>
        <translation>模型裁剪</translation>
    </message>
</context>
<context>
    <name>as::ui::HealthCheckController</name>
    <message>
        <source>The health check failed: %1</source>
        <translation>健康检查失败：%1</translation>
    </message>
</context>
<context>
    <name>as::ui::HealthCheckDialog</name>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Skip these</source>
        <translation>跳过这些视频</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>帧/秒</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>short side (pixels)</source>
        <translation>短边（像素）</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Dataset health check</source>
        <translation>数据集健康检查</translation>
    </message>
    <message>
        <source>Move these videos to Unused in this split, so training leaves them out (Ctrl+Delete)</source>
        <translation>将这些视频在此划分中移至“未使用”，使训练不使用它们（Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Check the split again (F5)</source>
        <translation>重新检查该划分（F5）</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) moved to Unused: training leaves them out.</source>
        <translation>
            <numerusform>已将 %n 个视频移至“未使用”：训练将不使用它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>子集</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Training loops short videos and leaves undecodable ones out; skipping makes that explicit.</source>
        <translation>训练会循环使用过短的视频并跳过无法解码的视频；选择跳过可以明确这一点。</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>可以开始训练</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before training</source>
        <translation>
            <numerusform>训练前需修复 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) in train and test of split %1; a clip of this config spans %2 frames.</source>
        <translation>
            <numerusform>划分 %1 的训练和测试中共有 %n 个视频；此配置的一个片段跨越 %2 帧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have no training video.</source>
        <translation>
            <numerusform>%n 个类别没有训练视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>Class balance: largest / smallest training class %1, unbalanced</source>
        <translation>类别平衡：最大/最小训练类别之比为 %1，不平衡</translation>
    </message>
    <message>
        <source>Class balance: largest / smallest training class %1</source>
        <translation>类别平衡：最大/最小训练类别之比为 %1</translation>
    </message>
    <message>
        <source>Cannot be decoded: %1</source>
        <translation>无法解码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s); a clip needs %1</source>
        <translation>
            <numerusform>%n 帧；一个片段需要 %1 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecodable or too short (%1)</source>
        <translation>无法解码或过短（%1）</translation>
    </message>
    <message>
        <source>Every video decodes and is long enough.</source>
        <translation>所有视频都可以解码且长度足够。</translation>
    </message>
    <message>
        <source>Group %1: %2 in train, %3 in test</source>
        <translation>分组 %1：训练集中 %2，测试集中 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>train: %1</source>
        <translation>训练：%1</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>测试：%1</translation>
    </message>
    <message>
        <source>No source group is in both train and test.</source>
        <translation>没有同时出现在训练和测试中的来源分组。</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) match no group (pattern %1) and were not checked.</source>
        <translation>
            <numerusform>%n 个视频不匹配任何分组（模式 %1），未做检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leakage: source groups in both train and test (%1)</source>
        <translation>数据泄漏：同时出现在训练和测试中的来源分组（%1）</translation>
    </message>
</context>
<context>
    <name>as::ui::HistogramChartView</name>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>histogram bar of videos with unknown values</comment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>as::ui::ImportCommitPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Each new video is opened once to measure its frames, rate and size.</source>
        <translation>每个新视频都会打开一次，以测量其帧数、帧率和尺寸。</translation>
    </message>
    <message>
        <source>%v of %m videos</source>
        <translation>%v / %m 个视频</translation>
    </message>
    <message>
        <source>Stop; the project is left as it was</source>
        <translation>停止；项目保持原样</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Another job of this wizard is still running; close it and try again.</source>
        <translation>此向导的另一个任务仍在运行；请将其关闭后重试。</translation>
    </message>
    <message>
        <source>Opening the videos…</source>
        <translation>正在打开视频…</translation>
    </message>
    <message>
        <source>Not on disk: %1</source>
        <translation>不在磁盘上：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new class(es)</source>
        <translation>
            <numerusform>%n 个新类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split assignment(s)</source>
        <translation>
            <numerusform>%n 个划分分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already in the project updated</source>
        <translation>
            <numerusform>更新了项目中已有的 %n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on disk</source>
        <translation>
            <numerusform>%n 个不在磁盘上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n 个无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list line(s) with problems ignored</source>
        <translation>
            <numerusform>已忽略 %n 个有问题的列表行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The videos are in the project. Videos that could not be used are listed below.</source>
        <translation>视频已加入项目。无法使用的视频列在下方。</translation>
    </message>
    <message>
        <source>The import failed; the project was not changed.</source>
        <translation>导入失败；项目未被修改。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The import was cancelled; the project was not changed.</source>
        <translation>导入已取消；项目未被修改。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>as::ui::ImportController</name>
    <message>
        <source>The lists could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>The videos could not be imported into %1: %2</source>
        <translation>无法将视频导入 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::ImportFormatPage</name>
    <message>
        <source>&amp;Class folders</source>
        <translation>类别文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>One folder per class holding its videos or frame folders: root/&lt;class&gt;/&lt;video&gt;. No split is set.</source>
        <translation>每个类别一个文件夹，存放其视频或帧文件夹：root/&lt;class&gt;/&lt;video&gt;。不设置划分。</translation>
    </message>
    <message>
        <source>&amp;UCF101 split lists</source>
        <translation>&amp;UCF101 划分列表</translation>
    </message>
    <message>
        <source>classInd.txt with trainlist0N.txt and testlist0N.txt, paths like Class/v_Class_g01_c01.avi under a video folder.</source>
        <translation>classInd.txt 以及 trainlist0N.txt 和 testlist0N.txt，路径形如视频文件夹下的 Class/v_Class_g01_c01.avi。</translation>
    </message>
    <message>
        <source>&amp;HMDB51 split files</source>
        <translation>&amp;HMDB51 划分文件</translation>
    </message>
    <message>
        <source>&lt;class&gt;_test_split1.txt files marking each video 1 (train), 2 (test) or 0 (unused); videos in &lt;class&gt;/ folders.</source>
        <translation>&lt;class&gt;_test_split1.txt 文件将每个视频标记为 1（训练）、2（测试）或 0（未使用）；视频位于 &lt;class&gt;/ 文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Kinetics CSV</source>
        <translation>&amp;Kinetics CSV</translation>
    </message>
    <message>
        <source>A Kinetics-400/600 CSV (label, youtube_id, time_start, time_end, split) and a folder of the downloaded clips.</source>
        <translation>Kinetics-400/600 CSV 文件（label, youtube_id, time_start, time_end, split）以及存放已下载片段的文件夹。</translation>
    </message>
    <message>
        <source>&amp;mmaction2 / PaddleVideo lists</source>
        <translation>&amp;mmaction2 / PaddleVideo 列表</translation>
    </message>
    <message>
        <source>Train and test lists of &quot;path label&quot; lines, or &quot;frame_dir total_frames label&quot; for extracted frames.</source>
        <translation>由 &quot;path label&quot; 行组成的训练和测试列表；若为已提取的帧，则为 &quot;frame_dir total_frames label&quot;。</translation>
    </message>
    <message>
        <source>Choose the dataset format</source>
        <translation>选择数据集格式</translation>
    </message>
    <message>
        <source>How are the videos and their labels laid out on disk?</source>
        <translation>视频及其标签在磁盘上是如何组织的？</translation>
    </message>
    <message>
        <source>Detected from the dropped files: %1. Change it below if that is wrong.</source>
        <translation>根据拖放的文件检测到：%1。如有误，请在下方更改。</translation>
    </message>
    <message>
        <source>class folders</source>
        <translation>类别文件夹</translation>
    </message>
    <message>
        <source>UCF101 split lists</source>
        <translation>UCF101 划分列表</translation>
    </message>
    <message>
        <source>HMDB51 split files</source>
        <translation>HMDB51 划分文件</translation>
    </message>
    <message>
        <source>Kinetics CSV</source>
        <translation>Kinetics CSV</translation>
    </message>
    <message>
        <source>mmaction2 / PaddleVideo lists</source>
        <translation>mmaction2 / PaddleVideo 列表</translation>
    </message>
</context>
<context>
    <name>as::ui::ImportPathsPage</name>
    <message>
        <source>The lists name folders of extracted frames (&quot;frame_dir total_frames label&quot;)</source>
        <translation>列表中给出的是已提取帧的文件夹（&quot;frame_dir total_frames label&quot;）</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>划分 %1</translation>
    </message>
    <message>
        <source>The split number the list&apos;s train and test subsets are written to</source>
        <translation>列表的训练和测试子集写入的划分编号</translation>
    </message>
    <message>
        <source>Optional: names the classes by their ids</source>
        <translation>可选：按 ID 给出类别名称</translation>
    </message>
    <message>
        <source>Label maps (*.txt);;All files (*)</source>
        <translation>标签映射 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list);;All files (*)</source>
        <translation>列表 (*.txt *.list);;所有文件 (*)</translation>
    </message>
    <message>
        <source>List folder:</source>
        <translation>列表文件夹：</translation>
    </message>
    <message>
        <source>Test list:</source>
        <translation>测试列表：</translation>
    </message>
    <message>
        <source>Video folder:</source>
        <translation>视频文件夹：</translation>
    </message>
    <message>
        <source>Label map:</source>
        <translation>标签映射：</translation>
    </message>
    <message>
        <source>Splits:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <source>Split number:</source>
        <translation>划分编号：</translation>
    </message>
    <message>
        <source>The folder that holds one subfolder per class.</source>
        <translation>包含每个类别一个子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Class folders root:</source>
        <translation>类别文件夹根目录(&amp;C)：</translation>
    </message>
    <message>
        <source>The folder of classInd.txt and the train/test lists, and the folder the lists&apos; Class/video.avi paths start from.</source>
        <translation>classInd.txt 和训练/测试列表所在的文件夹，以及列表中 Class/video.avi 路径的起始文件夹。</translation>
    </message>
    <message>
        <source>&amp;List folder:</source>
        <translation>列表文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Video folder:</source>
        <translation>视频文件夹(&amp;V)：</translation>
    </message>
    <message>
        <source>The folder of the &lt;class&gt;_test_splitN.txt files, and the folder of the &lt;class&gt;/ video folders.</source>
        <translation>&lt;class&gt;_test_splitN.txt 文件所在的文件夹，以及 &lt;class&gt;/ 视频文件夹所在的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Split folder:</source>
        <translation>划分文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>The Kinetics CSV and the folder its clips were downloaded to (searched with its subfolders).</source>
        <translation>Kinetics CSV 文件，以及其片段的下载文件夹（会搜索其子文件夹）。</translation>
    </message>
    <message>
        <source>&amp;Kinetics CSV:</source>
        <translation>&amp;Kinetics CSV：</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The train and/or test list, and the folder their paths start from (mmaction2&apos;s data_prefix).</source>
        <translation>训练和/或测试列表，以及其路径的起始文件夹（mmaction2 的 data_prefix）。</translation>
    </message>
    <message>
        <source>&amp;Train list:</source>
        <translation>训练列表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Root folder:</source>
        <translation>根文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Where are the files?</source>
        <translation>文件在哪里？</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>请选择%1。</translation>
    </message>
    <message>
        <source>The %1 %2 is not a folder.</source>
        <translation>%1 %2 不是文件夹。</translation>
    </message>
    <message>
        <source>The %1 %2 is not a file.</source>
        <translation>%1 %2 不是文件。</translation>
    </message>
    <message>
        <source>class folders root</source>
        <translation>类别文件夹根目录</translation>
    </message>
    <message>
        <source>list folder</source>
        <translation>列表文件夹</translation>
    </message>
    <message>
        <source>The list folder %1 holds no classInd.txt.</source>
        <translation>列表文件夹 %1 中没有 classInd.txt。</translation>
    </message>
    <message>
        <source>split folder</source>
        <translation>划分文件夹</translation>
    </message>
    <message>
        <source>Kinetics CSV</source>
        <translation>Kinetics CSV 文件</translation>
    </message>
    <message>
        <source>Choose a train list, a test list or both.</source>
        <translation>请选择训练列表、测试列表或两者。</translation>
    </message>
    <message>
        <source>train list</source>
        <translation>训练列表</translation>
    </message>
    <message>
        <source>test list</source>
        <translation>测试列表</translation>
    </message>
    <message>
        <source>label map</source>
        <translation>标签映射</translation>
    </message>
    <message>
        <source>video folder</source>
        <translation>视频文件夹</translation>
    </message>
    <message>
        <source>Choose at least one split to import.</source>
        <translation>请至少选择一个要导入的划分。</translation>
    </message>
</context>
<context>
    <name>as::ui::ImportPreviewPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What the import would add. Nothing is written to the project until you press Import.</source>
        <translation>导入将添加的内容。在按下“导入”之前，不会向项目写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Stop planning (Esc closes the wizard)</source>
        <translation>停止规划（按 Esc 关闭向导）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Waiting for the previous job to stop…</source>
        <translation>正在等待上一个任务停止…</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Planning was cancelled. Go back to change the paths, or retry.</source>
        <translation>规划已取消。返回修改路径，或重试。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，分属 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>split %1: %2 train, %3 test</source>
        <translation>划分 %1：训练 %2，测试 %3</translation>
    </message>
    <message>
        <source>, %1 unused</source>
        <translation>，未使用 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed video(s) not on disk</source>
        <translation>
            <numerusform>列表中有 %n 个视频不在磁盘上</numerusform>
        </translation>
    </message>
    <message>
        <source>These files list no video to import.</source>
        <translation>这些文件没有列出任何要导入的视频。</translation>
    </message>
    <message>
        <source>None of the listed videos is on disk: check the video folder.</source>
        <translation>列出的视频都不在磁盘上：请检查视频文件夹。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>%1 (split %2)</source>
        <translation>%1（划分 %2）</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>（未标注）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>%1:%2: the video %3 is not on disk and will be skipped.</source>
        <translation>%1:%2：视频 %3 不在磁盘上，将被跳过。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more video(s) not on disk.</source>
        <translation>
            <numerusform>……以及另外 %n 个不在磁盘上的视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Preview: no problems</source>
        <translation>预览：没有问题</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n problem(s)</source>
        <translation>
            <numerusform>预览：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line of the lists was understood.</source>
        <translation>列表的每一行都已正确解析。</translation>
    </message>
</context>
<context>
    <name>as::ui::ImportWizard</name>
    <message>
        <source>Import Videos</source>
        <translation>导入视频</translation>
    </message>
</context>
<context>
    <name>as::ui::JobsIndicator</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the running jobs and cancel them</source>
        <translation>显示正在运行的任务并可取消</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Running jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;正在运行的任务&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>as::ui::LabellingView</name>
    <message>
        <source>Choose a video in the dataset to label it.</source>
        <translation>在数据集中选择一个视频来标注。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>标记入点</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>标记出点</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>在此拆分</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>The project has no video with id %1.</source>
        <translation>项目中没有 id 为 %1 的视频。</translation>
    </message>
    <message>
        <source>%1 is not a video of the project.</source>
        <translation>%1 不是本项目的视频。</translation>
    </message>
    <message>
        <source>Open a video first.</source>
        <translation>请先打开一个视频。</translation>
    </message>
    <message>
        <source>In at frame %1: go to the last frame of the action and press O.</source>
        <translation>入点在第 %1 帧：请前往动作的最后一帧并按 O。</translation>
    </message>
    <message>
        <source>Press I at the first frame of the action before O (at frame %1 or later).</source>
        <translation>请先在动作的第一帧按 I，再按 O（在第 %1 帧或之后）。</translation>
    </message>
    <message>
        <source>Add segment %1-%2</source>
        <translation>添加片段 %1-%2</translation>
    </message>
    <message numerus="yes">
        <source>There is no class %1: the project has %n class(es).</source>
        <translation>
            <numerusform>没有类别 %1：项目共有 %n 个类别。</numerusform>
        </translation>
    </message>
    <message>
        <source>New segments will be %1.</source>
        <translation>新片段的类别将是 %1。</translation>
    </message>
    <message>
        <source>No segment under the playhead (frame %1) to split.</source>
        <translation>播放头（第 %1 帧）下没有可拆分的片段。</translation>
    </message>
    <message>
        <source>Split at frame %1</source>
        <translation>在第 %1 帧拆分</translation>
    </message>
    <message>
        <source>Select a segment that has another after it to merge.</source>
        <translation>请选择一个后面还有片段的片段来合并。</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>合并片段</translation>
    </message>
    <message>
        <source>Select a segment to remove.</source>
        <translation>请选择要删除的片段。</translation>
    </message>
    <message>
        <source>Next unlabelled video</source>
        <translation>下一个未标注的视频</translation>
    </message>
    <message>
        <source>Every video has a class or segments: nothing left to label.</source>
        <translation>每个视频都已有类别或片段：没有需要标注的了。</translation>
    </message>
    <message>
        <source>Fully reviewed</source>
        <translation>已完整审核</translation>
    </message>
    <message>
        <source>Every action in this video is labelled: training may use its unlabelled stretches as the background (&quot;no action&quot;) class</source>
        <translation>本视频中的每个动作都已标注：训练可把其未标注部分用作背景（“无动作”）类别</translation>
    </message>
    <message>
        <source>I: in · O: out · 1-9: class · /: find class · W: whole video · S: split · M: merge with next · Del: remove · N: next unlabelled · P: next proposal, A: accept, X: reject · Space: play · ←/→: frame · Shift+←/→: 1 s · [ ]: speed · drag an edge to move it</source>
        <translation>I：入点 · O：出点 · 1-9：类别 · /：查找类别 · W：整个视频 · S：拆分 · M：与下一个合并 · Del：删除 · N：下一个未标注 · P：下一个提议，A：接受，X：拒绝 · 空格：播放 · ←/→：逐帧 · Shift+←/→：1 秒 · [ ]：速度 · 拖动边缘可移动</translation>
    </message>
    <message>
        <source>Whole video is the current class</source>
        <translation>整个视频为当前类别</translation>
    </message>
    <message>
        <source>Review the next proposal</source>
        <translation>审核下一个提议</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>接受提议</translation>
    </message>
    <message>
        <source>Reject the proposal</source>
        <translation>拒绝提议</translation>
    </message>
    <message>
        <source>Find a class</source>
        <translation>查找类别</translation>
    </message>
    <message>
        <source>Press a class&apos;s number first: W gives the whole video that class.</source>
        <translation>请先按类别编号：W 会把该类别赋给整个视频。</translation>
    </message>
    <message>
        <source>The video is no longer labelled %1 as a whole.</source>
        <translation>该视频整体不再标注为 %1。</translation>
    </message>
    <message>
        <source>The whole video is %1.</source>
        <translation>整个视频为 %1。</translation>
    </message>
    <message>
        <source>Unlabel the video</source>
        <translation>取消视频标注</translation>
    </message>
    <message>
        <source>Whole video: %1</source>
        <translation>整个视频：%1</translation>
    </message>
    <message>
        <source>Move segment to %1-%2</source>
        <translation>将片段移到 %1-%2</translation>
    </message>
    <message>
        <source>Select a model proposal first: P shows the next one to review.</source>
        <translation>请先选择一个模型提议：P 显示下一个待审核的提议。</translation>
    </message>
    <message>
        <source>No model proposals left to review.</source>
        <translation>没有待审核的模型提议了。</translation>
    </message>
    <message numerus="yes">
        <source>Proposal: %1, %2 % sure, frames %3-%4 (%n left to review). A: accept · 1-9: correct · X: reject · P: skip</source>
        <translation>
            <numerusform>提议：%1，置信度 %2 %，第 %3-%4 帧（还剩 %n 个待审核）。A：接受 · 1-9：更正 · X：拒绝 · P：跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>no class</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>接受提议</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>拒绝提议</translation>
    </message>
</context>
<context>
    <name>as::ui::LearningRateChartView</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
</context>
<context>
    <name>as::ui::LiveController</name>
    <message>
        <source>Cannot play %1.</source>
        <translation>无法播放 %1。</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>无法播放 %1：%2</translation>
    </message>
    <message>
        <source>%1 stopped with an error.</source>
        <translation>%1 因出错而停止。</translation>
    </message>
</context>
<context>
    <name>as::ui::LivePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record CSV</source>
        <translation>录制 CSV(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;napshot</source>
        <translation>快照(&amp;N)</translation>
    </message>
    <message>
        <source>How the model&apos;s window is taken from the source: the same time span and frame spacing as in training</source>
        <translation>如何从视频源中截取模型的窗口：与训练时相同的时间跨度和帧间隔</translation>
    </message>
    <message>
        <source>Play the chosen source with the chosen run (F9); a playing source is replaced</source>
        <translation>用所选运行播放所选视频源（F9）；正在播放的视频源会被替换</translation>
    </message>
    <message>
        <source>Stop the source (Shift+F9)</source>
        <translation>停止视频源（Shift+F9）</translation>
    </message>
    <message>
        <source>Record every window&apos;s prediction to a CSV file (Shift+F12)</source>
        <translation>将每个窗口的预测录制到 CSV 文件（Shift+F12）</translation>
    </message>
    <message>
        <source>Save the picture with its overlay as PNG (F12)</source>
        <translation>将画面连同叠加信息保存为 PNG（F12）</translation>
    </message>
    <message>
        <source>Choose a trained run and a source, then press Start (F9).</source>
        <translation>选择一个已训练的运行和一个视频源，然后按“开始”（F9）。</translation>
    </message>
    <message>
        <source>Recognised actions</source>
        <translation>识别出的动作</translation>
    </message>
    <message>
        <source>No finished run yet: train one first</source>
        <translation>尚无已完成的运行：请先训练一个</translation>
    </message>
    <message>
        <source>The trained run whose model recognises the actions</source>
        <translation>用其模型识别动作的已训练运行</translation>
    </message>
    <message>
        <source>Best checkpoint</source>
        <translation>最佳检查点</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>最后一个检查点</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>视频源</translation>
    </message>
    <message>
        <source>Top 5</source>
        <translation>前 5 名</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Recognition:</source>
        <translation>识别：</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>丢弃：</translation>
    </message>
    <message>
        <source>test top-1 %1%</source>
        <translation>测试 top-1 %1%</translation>
    </message>
    <message>
        <source>val top-1 %1%</source>
        <translation>验证 top-1 %1%</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose a trained run first: the model names the actions.</source>
        <translation>请先选择一个已训练的运行：动作名称来自其模型。</translation>
    </message>
    <message>
        <source>Choose a camera, a video file or a stream URL to play.</source>
        <translation>请选择要播放的摄像头、视频文件或视频流 URL。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Playing %1</source>
        <translation>正在播放 %1</translation>
    </message>
    <message>
        <source>Frame %1 · %2 s · %3×%4 pixels</source>
        <translation>第 %1 帧 · %2 秒 · %3×%4 像素</translation>
    </message>
    <message>
        <source>%1 could not be played.</source>
        <translation>无法播放 %1。</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 ended after %n frame(s).</source>
        <translation>
            <numerusform>%1 在 %n 帧后结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 已结束</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) recorded to %1.</source>
        <translation>
            <numerusform>已将 %n 条预测录制到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Predictions</source>
        <translation>录制预测</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>还没有可保存的画面。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Snapshot saved to %1.</source>
        <translation>快照已保存到 %1。</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>%1 fps (source %2 fps)</source>
        <translation>%1 帧/秒（视频源 %2 帧/秒）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 windows/s (%2 run)</source>
        <translation>%1 窗口/秒（已运行 %2 个）</translation>
    </message>
    <message>
        <source>%1 ms median, %2 ms p90</source>
        <translation>中位数 %1 ms，p90 %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n 个窗口</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights file…</source>
        <translation>权重文件…</translation>
    </message>
    <message>
        <source>Use exported weights (a .pt file with its model card .pt.json beside it)</source>
        <translation>使用导出的权重（.pt 文件，旁边须有其模型卡 .pt.json）</translation>
    </message>
    <message>
        <source>Open exported weights</source>
        <translation>打开导出的权重</translation>
    </message>
    <message>
        <source>Exported weights (*.pt);;All files (*)</source>
        <translation>导出的权重 (*.pt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>as::ui::LiveRunLister</name>
    <message>
        <source>Cannot list the runs of %1: %2</source>
        <translation>无法列出 %1 的运行：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::LiveSourceChooser</name>
    <message>
        <source>&amp;Camera</source>
        <translation>摄像头(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Video file</source>
        <translation>视频文件(&amp;V)</translation>
    </message>
    <message>
        <source>Stream &amp;URL</source>
        <translation>视频流 &amp;URL</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Play at the file&apos;s own frame rate</source>
        <translation>按文件自身的帧率播放</translation>
    </message>
    <message>
        <source>index </source>
        <translation>索引 </translation>
    </message>
    <message>
        <source>The camera&apos;s index: 0 is /dev/video0</source>
        <translation>摄像头的索引：0 即 /dev/video0</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Unchecked: play as fast as frames decode, to measure the model&apos;s throughput</source>
        <translation>不勾选时：以帧解码的最快速度播放，用于测量模型的吞吐量</translation>
    </message>
    <message>
        <source>rtsp://, http://…</source>
        <translation>rtsp://, http://…</translation>
    </message>
    <message>
        <source>Play a Video File</source>
        <translation>播放视频文件</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.wmv);;All files (*)</source>
        <translation>视频 (*.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.wmv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>as::ui::LiveVideoView</name>
    <message>
        <source>no action</source>
        <translation>无动作</translation>
    </message>
    <message>
        <source>%1% confidence</source>
        <translation>置信度 %1%</translation>
    </message>
</context>
<context>
    <name>as::ui::LossChartView</name>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Smoothed (EMA %1)</source>
        <translation>平滑（EMA %1）</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
</context>
<context>
    <name>as::ui::MainWindow</name>
    <message>
        <source>ActionStudio</source>
        <translation>ActionStudio</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Preparing the demo project: %1 %2/%3</source>
        <translation>正在准备示例项目：%1 %2/%3</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ActionStudio</source>
        <translation>关于 ActionStudio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>正在准备示例项目…</translation>
    </message>
    <message>
        <source>Opening the SynthMotion demo project in %1</source>
        <translation>正在打开位于 %1 的 SynthMotion 示例项目</translation>
    </message>
    <message>
        <source>Preparing the demo project was cancelled</source>
        <translation>示例项目的准备已取消</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>The demo project could not be prepared</source>
        <translation>无法准备示例项目</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1 — ActionStudio</source>
        <translation>%1 — ActionStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n class(es)</source>
        <translation>
            <numerusform>已打开项目 %1：%n 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Stop the training run before opening another project.</source>
        <translation>请先停止训练，再打开其他项目。</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>About ActionStudio</source>
        <translation>关于 ActionStudio</translation>
    </message>
    <message>
        <source>Quit ActionStudio</source>
        <translation>退出 ActionStudio</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit? The last completed epoch&apos;s checkpoint is kept.</source>
        <translation>正在进行训练。要停止训练并退出吗？最后完成的一轮的检查点会被保留。</translation>
    </message>
    <message>
        <source>Preparing the demo project</source>
        <translation>正在准备示例项目</translation>
    </message>
    <message>
        <source>Opening a project</source>
        <translation>正在打开项目</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏 %1 面板</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project in an empty folder</source>
        <translation>在空文件夹中创建项目</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, training device and threads, frame cache</source>
        <translation>语言、训练设备和线程数、帧缓存</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Stop the training run before creating another project.</source>
        <translation>请先停止训练，再创建其他项目。</translation>
    </message>
    <message>
        <source>New Project: Choose an Empty Folder</source>
        <translation>新建项目：选择一个空文件夹</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty folder for the new project, or open it with File &gt; Open Project if it already is one.</source>
        <translation>文件夹 %1 不为空。请为新项目选择一个空文件夹；如果它已经是项目，请通过“文件 &gt; 打开项目”打开它。</translation>
    </message>
    <message>
        <source>Could not create a project in %1: %2</source>
        <translation>无法在 %1 中创建项目：%2</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>已创建项目 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;Label video clips, train video action recognition networks and watch them learn, fully offline.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt:&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Training device:&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;标注视频片段，训练视频动作识别网络并观察其学习过程，完全离线运行。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt：&lt;/td&gt;&lt;td&gt;%2（构建时为 %3）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch：&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV：&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;训练设备：&lt;/td&gt;&lt;td&gt;%6（%7）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>as::ui::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose with a file dialog</source>
        <translation>通过文件对话框选择</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>as::ui::PerClassAccuracyChart</name>
    <message>
        <source>Test accuracy per class</source>
        <translation>各类别测试准确率</translation>
    </message>
    <message>
        <source>Top-1 (%)</source>
        <translation>Top-1 (%)</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>%1 (no test clips)</source>
        <translation>%1（无测试片段）</translation>
    </message>
</context>
<context>
    <name>as::ui::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation>CUDA 设备 %1</translation>
    </message>
    <message numerus="yes">
        <source>LibTorch threads for training; this machine has %n logical core(s)</source>
        <translation>
            <numerusform>用于训练的 LibTorch 线程数；本机有 %n 个逻辑核心</numerusform>
        </translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>当前项目</translation>
    </message>
    <message>
        <source>Frame &amp;cache:</source>
        <translation>帧缓存(&amp;C)：</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Open a project to choose where its extracted frames are kept.</source>
        <translation>打开项目后即可选择其提取帧的存放位置。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Where %1 keeps its extracted frames; empty for the default. Frames already extracted elsewhere are extracted again when needed.</source>
        <translation>%1 存放其提取帧的位置；留空使用默认位置。已在其他位置提取的帧会在需要时重新提取。</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages.</source>
        <translation>菜单、面板和消息所用的语言。</translation>
    </message>
    <message>
        <source>The new language applies when ActionStudio restarts.</source>
        <translation>新语言将在 ActionStudio 重启后生效。</translation>
    </message>
    <message>
        <source>Trains on the processor with the threads below.</source>
        <translation>使用处理器训练，线程数见下方设置。</translation>
    </message>
    <message>
        <source>Trains on CUDA device 0.</source>
        <translation>使用 CUDA 设备 0 训练。</translation>
    </message>
    <message>
        <source>No CUDA device is available: trains on the processor.</source>
        <translation>没有可用的 CUDA 设备：使用处理器训练。</translation>
    </message>
    <message>
        <source>Frame Cache Folder</source>
        <translation>帧缓存文件夹</translation>
    </message>
</context>
<context>
    <name>as::ui::ProjectLoader</name>
    <message>
        <source>The project %1 could not be read: %2</source>
        <translation>无法读取项目 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::ProposalBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The trained model that proposes segments</source>
        <translation>用于提议片段的已训练模型</translation>
    </message>
    <message>
        <source>Propose segments</source>
        <translation>提议片段</translation>
    </message>
    <message>
        <source>Run the model over videos with a sliding window: confident stretches become proposals to review (P)</source>
        <translation>用滑动窗口在视频上运行模型：置信的部分成为待审核的提议（P）</translation>
    </message>
    <message>
        <source>In this video</source>
        <translation>在本视频中</translation>
    </message>
    <message>
        <source>In every video left to label</source>
        <translation>在所有待标注的视频中</translation>
    </message>
    <message>
        <source>Use a weights file…</source>
        <translation>使用权重文件…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>no trained model yet</source>
        <translation>还没有已训练的模型</translation>
    </message>
    <message>
        <source>video %1 of %2: %p%</source>
        <translation>第 %1 / %2 个视频：%p%</translation>
    </message>
    <message>
        <source>Weights file with its model card</source>
        <translation>带模型卡的权重文件</translation>
    </message>
    <message>
        <source>Exported weights (*.pt)</source>
        <translation>导出的权重 (*.pt)</translation>
    </message>
    <message>
        <source>Train a model first (or choose a weights file): proposals come from a trained model.</source>
        <translation>请先训练一个模型（或选择权重文件）：提议来自已训练的模型。</translation>
    </message>
    <message>
        <source>No video to scan.</source>
        <translation>没有要扫描的视频。</translation>
    </message>
    <message>
        <source>loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n video(s) for proposals…</source>
        <translation>
            <numerusform>正在扫描 %n 个视频以生成提议…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n video(s) scanned before, their proposals kept.</source>
        <translation>
            <numerusform>已取消：之前扫描的 %n 个视频的提议已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) written (videos scanned: %1): press P to review them, least sure first.</source>
        <translation>
            <numerusform>已写入 %n 个提议（扫描的视频：%1）：按 P 审核，最不确定的优先。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::RecentProjects</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open the project %1</source>
        <translation>打开项目 %1</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists</source>
        <translation>文件夹 %1 已不存在</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>清除最近的项目(&amp;C)</translation>
    </message>
</context>
<context>
    <name>as::ui::RecognitionSettings</name>
    <message>
        <source>Recognition</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>the model&apos;s span</source>
        <translation>模型的跨度</translation>
    </message>
    <message>
        <source> frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Source frames between the starts of two windows; changes apply at once</source>
        <translation>相邻两个窗口起点之间的视频源帧数；更改立即生效</translation>
    </message>
    <message>
        <source> windows</source>
        <translation>个窗口</translation>
    </message>
    <message>
        <source>Average the probabilities of this many windows (applies at the next Start)</source>
        <translation>对这么多个窗口的概率取平均（下次“开始”时生效）</translation>
    </message>
    <message>
        <source>Below this confidence the view shows &quot;no action&quot; (applies at the next Start)</source>
        <translation>置信度低于此值时，画面显示“无动作”（下次“开始”时生效）</translation>
    </message>
    <message>
        <source>A new action replaces the shown one after winning this many windows in a row (applies at the next Start)</source>
        <translation>新动作须连续在这么多个窗口中胜出，才会替换当前显示的动作（下次“开始”时生效）</translation>
    </message>
    <message>
        <source>Str&amp;ide:</source>
        <translation>步长(&amp;I)：</translation>
    </message>
    <message>
        <source>Smoothin&amp;g:</source>
        <translation>平滑(&amp;G)：</translation>
    </message>
    <message>
        <source>Thres&amp;hold:</source>
        <translation>阈值(&amp;H)：</translation>
    </message>
    <message>
        <source>H&amp;old:</source>
        <translation>保持(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>as::ui::RunCurvesLoader</name>
    <message>
        <source>Cannot read the curves of %1: %2</source>
        <translation>无法读取 %1 的曲线：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::RunListLoader</name>
    <message>
        <source>Cannot list the runs of %1: %2</source>
        <translation>无法列出 %1 的运行：%2</translation>
    </message>
</context>
<context>
    <name>as::ui::RunListModel</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Best val top-1</source>
        <translation>最佳验证 top-1</translation>
    </message>
    <message>
        <source>Test top-1</source>
        <translation>测试 top-1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>as::ui::RunListWidget</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Resume Run</source>
        <translation>继续运行(&amp;R)</translation>
    </message>
    <message>
        <source>Read the project&apos;s runs again</source>
        <translation>重新读取项目的运行记录</translation>
    </message>
    <message>
        <source>Continue the selected stopped run from its last checkpoint, with its own settings</source>
        <translation>从上一个检查点继续所选的已停止运行，使用其原有设置</translation>
    </message>
    <message>
        <source>Check runs to compare their curves; double-click to open a run</source>
        <translation>勾选运行以比较其曲线；双击打开运行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs of the project&lt;/b&gt;</source>
        <translation>&lt;b&gt;项目的运行记录&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>as::ui::SampleInspector</name>
    <message>
        <source>Train view</source>
        <translation>训练视图</translation>
    </message>
    <message>
        <source>Test view</source>
        <translation>测试视图</translation>
    </message>
    <message>
        <source>Fast pathway</source>
        <translation>快路径</translation>
    </message>
    <message>
        <source>Slow pathway</source>
        <translation>慢路径</translation>
    </message>
    <message>
        <source>&amp;Resample</source>
        <translation>重新采样(&amp;R)</translation>
    </message>
    <message>
        <source>Draw another training clip and augmentation (Ctrl+R)</source>
        <translation>重新抽取一个训练片段及其增强（Ctrl+R）</translation>
    </message>
    <message>
        <source>Sample and augment the clip as training does</source>
        <translation>按训练时的方式采样并增强该片段</translation>
    </message>
    <message>
        <source>The single view testing uses: centred clip, centre crop</source>
        <translation>测试所用的单一视图：居中片段，中心裁剪</translation>
    </message>
    <message>
        <source>Show every frame the fast pathway sees</source>
        <translation>显示快路径看到的每一帧</translation>
    </message>
    <message>
        <source>Show the frames of the slow pathway only</source>
        <translation>只显示慢路径的帧</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>取消预览</translation>
    </message>
    <message>
        <source>Sampling…</source>
        <translation>正在采样…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Input frames, model order</source>
        <translation>输入帧（模型顺序）</translation>
    </message>
    <message>
        <source>As an animation</source>
        <translation>以动画显示</translation>
    </message>
    <message>
        <source>The clip as the model sees it</source>
        <translation>模型所见的片段</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>视频 %1</translation>
    </message>
    <message>
        <source>%1 · class %2</source>
        <translation>%1 · 类别 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n input frame(s) · %1</source>
        <translation>
            <numerusform>%n 个输入帧 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>played backwards</source>
        <translation>倒放</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>This draw: %1</source>
        <translation>本次抽取：%1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>随机种子 %1</translation>
    </message>
</context>
<context>
    <name>as::ui::ScoreBarsView</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>as::ui::SegmentTimeline</name>
    <message>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <source>Labelled segments: click one to select it and jump there; drag an edge to move it</source>
        <translation>已标注的片段：单击选中并跳转到该处；拖动边缘可移动</translation>
    </message>
</context>
<context>
    <name>as::ui::SplitDialog</name>
    <message>
        <source>&amp;Make split</source>
        <translation>生成划分(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export lists</source>
        <translation>导出列表(&amp;E)</translation>
    </message>
    <message>
        <source>Split tools</source>
        <translation>划分工具</translation>
    </message>
    <message>
        <source>Stratified by class</source>
        <translation>按类别分层</translation>
    </message>
    <message>
        <source>By group (UCF101 “_gNN_”: a group never spans train and test)</source>
        <translation>按分组（UCF101 的“_gNN_”：同一分组不会同时出现在训练和测试中）</translation>
    </message>
    <message>
        <source>Make a split</source>
        <translation>生成划分</translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation>划分(&amp;P)：</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>方法(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Test fraction:</source>
        <translation>测试比例(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>UCF101 (classInd.txt, trainlist, testlist)</source>
        <translation>UCF101（classInd.txt、trainlist、testlist）</translation>
    </message>
    <message>
        <source>mmaction2 (label_map.txt, train/val lists)</source>
        <translation>mmaction2（label_map.txt、训练/验证列表）</translation>
    </message>
    <message>
        <source>Export the split as list files</source>
        <translation>将划分导出为列表文件</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Making split %1…</source>
        <translation>正在生成划分 %1…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export lists to</source>
        <translation>将列表导出到</translation>
    </message>
    <message numerus="yes">
        <source>Split %1 written: %2 train, %3 test (%4 % test), %n unused.</source>
        <translation>
            <numerusform>已写入划分 %1：训练 %2，测试 %3（测试占 %4 %），未使用 %n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) (%1 train, %2 test):</source>
        <translation>
            <numerusform>已写入 %n 个文件（训练 %1，测试 %2）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::TestRunBar</name>
    <message>
        <source>&amp;Run test</source>
        <translation>运行测试(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>as configured</source>
        <translation>按配置</translation>
    </message>
    <message>
        <source> clips</source>
        <translation> 个片段</translation>
    </message>
    <message>
        <source>Clips sampled evenly along each test video; their scores are averaged</source>
        <translation>沿每个测试视频均匀采样的片段数；对其分数取平均</translation>
    </message>
    <message>
        <source>1 centre crop</source>
        <translation>1 个中心裁剪</translation>
    </message>
    <message>
        <source>3 crops (three-crop)</source>
        <translation>3 个裁剪（三裁剪）</translation>
    </message>
    <message>
        <source>10 crops (ten-crop)</source>
        <translation>10 个裁剪（十裁剪）</translation>
    </message>
    <message>
        <source>Spatial crops of each clip; their scores are averaged</source>
        <translation>每个片段的空间裁剪；对其分数取平均</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Test the run&apos;s best checkpoint on the test videos (Ctrl+T)</source>
        <translation>在测试视频上测试该运行的最佳检查点（Ctrl+T）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message numerus="yes">
        <source>as configured (%n clip(s))</source>
        <translation>
            <numerusform>按配置（%n 个片段）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as configured (%n crop(s))</source>
        <translation>
            <numerusform>按配置（%n 个裁剪）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ui::ThumbnailProvider</name>
    <message>
        <source>The thumbnail %1 could not be read.</source>
        <translation>无法读取缩略图 %1。</translation>
    </message>
</context>
<context>
    <name>as::ui::TopPredictionsView</name>
    <message>
        <source>Select a clip to see the classes the model ranked highest.</source>
        <translation>选择一个片段，查看模型排名最高的类别。</translation>
    </message>
    <message numerus="yes">
        <source>Top %n of %1</source>
        <translation>
            <numerusform>%1 的前 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>as::ui::TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train a model on the project&apos;s split 1 (F5)</source>
        <translation>在项目的划分 1 上训练模型（F5）</translation>
    </message>
    <message>
        <source>Stop after the current iteration; the last epoch&apos;s checkpoint is kept (Shift+F5, Esc)</source>
        <translation>在当前迭代结束后停止；保留最后一轮的检查点（Shift+F5、Esc）</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Messages of the training run appear here.</source>
        <translation>训练过程中的消息显示在这里。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>设置无效：</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message numerus="yes">
        <source>Starting %1 for %n epoch(s) on %2</source>
        <translation>
            <numerusform>开始在 %2 上训练 %1，共 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>Training: preparing…</source>
        <translation>训练：正在准备…</translation>
    </message>
    <message>
        <source>Stopping after the current iteration…</source>
        <translation>将在当前迭代结束后停止…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · iteration %3/%4</source>
        <translation>第 %1/%2 轮 · 第 %3/%4 次迭代</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>剩余时间 –</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余时间 %1</translation>
    </message>
    <message>
        <source>%1 · %2 clips/s</source>
        <translation>%1 · %2 片段/秒</translation>
    </message>
    <message>
        <source>Training: epoch %1/%2</source>
        <translation>训练：第 %1/%2 轮</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Training: validating…</source>
        <translation>训练：正在验证…</translation>
    </message>
    <message>
        <source>Extracting frames… %1/%2</source>
        <translation>正在提取帧… %1/%2</translation>
    </message>
    <message>
        <source>Training: extracting frames…</source>
        <translation>训练：正在提取帧…</translation>
    </message>
    <message numerus="yes">
        <source>Training finished: final validation accuracy top-1 %1, top-5 %2 after %n epoch(s) (best top-1 %3). Run folder: %4</source>
        <translation>
            <numerusform>训练完成：%n 轮后最终验证准确率 top-1 %1，top-5 %2（最佳 top-1 %3）。运行文件夹：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished · validation top-1 %1</source>
        <translation>已完成 · 验证 top-1 %1</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n completed epoch(s); the last completed epoch&apos;s checkpoint is kept in %1.</source>
        <translation>
            <numerusform>训练已在完成 %n 轮后停止；最后完成的一轮的检查点保存在 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>暂停训练(&amp;P)</translation>
    </message>
    <message>
        <source>Pause after the current iteration; press again to go on (F6, Ctrl+P)</source>
        <translation>在当前迭代结束后暂停；再次按下以继续（F6、Ctrl+P）</translation>
    </message>
    <message>
        <source>Resuming %1 from its last checkpoint</source>
        <translation>正在从上一个检查点继续 %1</translation>
    </message>
    <message>
        <source>Pausing after the current iteration…</source>
        <translation>将在当前迭代结束后暂停…</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>已暂停 · %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Paused; press Pause again (F6) to go on</source>
        <translation>已暂停；再次按“暂停”（F6）以继续</translation>
    </message>
    <message>
        <source>Training: paused</source>
        <translation>训练：已暂停</translation>
    </message>
    <message>
        <source>Epoch %1/%2 finished · train top-1 %3, top-5 %4</source>
        <translation>第 %1/%2 轮完成 · 训练 top-1 %3，top-5 %4</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>继续训练(&amp;R)</translation>
    </message>
</context>
<context>
    <name>as::ui::VideoPlayer</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧（左方向键）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧（右方向键）</translation>
    </message>
    <message>
        <source>Choose a video in the dataset to play it here.</source>
        <translation>在数据集中选择一个视频即可在此播放。</translation>
    </message>
    <message>
        <source>Drag to move through the video</source>
        <translation>拖动以在视频中移动</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>第 %1 / %2 帧</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Back 1 second (Shift+Left)</source>
        <translation>后退 1 秒（Shift+左方向键）</translation>
    </message>
    <message>
        <source>Forward 1 second (Shift+Right)</source>
        <translation>前进 1 秒（Shift+右方向键）</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 变慢，] 变快）</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation>后退 1 秒</translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation>前进 1 秒</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>变慢</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>变快</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>Playback speed, e.g. &quot;0.5×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>as::ui::VideoTableModel</name>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>已探测</translation>
    </message>
    <message>
        <source>Frames cached</source>
        <translation>帧已缓存</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>（未标注）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>%1 (+%2 to review)</source>
        <translation>%1（+%2 待审核）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>as::ui::Workbench</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Sample Inspector</source>
        <translation>样本检查器</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Check &amp;Dataset…</source>
        <translation>检查数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Find undecodable and too-short videos, class imbalance and train/test leakage</source>
        <translation>查找无法解码或过短的视频、类别不平衡以及训练/测试数据泄漏</translation>
    </message>
    <message>
        <source>&amp;Estimate Run…</source>
        <translation>估算运行(&amp;E)…</translation>
    </message>
    <message>
        <source>Time a few real iterations: time per epoch and peak memory on the chosen device</source>
        <translation>实际运行几次迭代并计时：所选设备上的每轮时间和峰值内存</translation>
    </message>
    <message>
        <source>Check and T&amp;rain…</source>
        <translation>检查并训练(&amp;R)…</translation>
    </message>
    <message>
        <source>Check the dataset, estimate the run, then start training</source>
        <translation>检查数据集、估算运行，然后开始训练</translation>
    </message>
    <message>
        <source>&amp;Training Dashboard</source>
        <translation>训练仪表板(&amp;T)</translation>
    </message>
    <message>
        <source>Sample &amp;Inspector</source>
        <translation>样本检查器(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建项目。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Stop the training run before importing into its project.</source>
        <translation>请先停止训练，再向其项目导入视频。</translation>
    </message>
    <message>
        <source>Check Dataset</source>
        <translation>检查数据集</translation>
    </message>
    <message>
        <source>Estimate Run</source>
        <translation>估算运行</translation>
    </message>
    <message>
        <source>Check and Train</source>
        <translation>检查并训练</translation>
    </message>
    <message>
        <source>&amp;Config Editor</source>
        <translation>配置编辑器(&amp;C)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时识别</translation>
    </message>
    <message>
        <source>&amp;Live Recognition</source>
        <translation>实时识别(&amp;L)</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>La&amp;belling</source>
        <translation>标注(&amp;B)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and inspect video action recognition models.</source>
        <translation>训练并检查视频动作识别模型。</translation>
    </message>
    <message>
        <source>Keep the SynthMotion demo project in &lt;dir&gt;.</source>
        <translation>将 SynthMotion 示例项目保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;lang&gt;, e.g. zh_CN (default: the system&apos;s; ACTIONSTUDIO_LANG works too).</source>
        <translation>使用界面语言 &lt;lang&gt;，例如 zh_CN（默认：系统语言；也可使用 ACTIONSTUDIO_LANG）。</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Project folder to open (default: the demo project).</source>
        <translation>要打开的项目文件夹（默认：示例项目）。</translation>
    </message>
    <message>
        <source>[PROJECT_DIR]</source>
        <translation>[项目文件夹]</translation>
    </message>
    <message>
        <source>Start training as soon as the project is open.</source>
        <translation>项目打开后立即开始训练。</translation>
    </message>
</context>
</TS>
