<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>as::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
</context>
<context>
    <name>as::ui::DatasetPanel</name>
    <message>
        <source>Click a class to show only its videos</source>
        <translation>点击类别，只显示该类别的视频</translation>
    </message>
    <message>
        <source>Filter videos by name, class, split or status…</source>
        <translation>按名称、类别、划分或状态筛选视频…</translation>
    </message>
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
        <source>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;Label video clips, train video action recognition networks and watch them learn, fully offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;标注视频片段，训练视频动作识别网络并观察其学习过程，完全离线运行。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit ActionStudio</source>
        <translation>退出 ActionStudio</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit? The last completed epoch&apos;s checkpoint is kept.</source>
        <translation>正在进行训练。要停止训练并退出吗？最后完成的一轮的检查点会被保留。</translation>
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
        <translation>每个输入网络的片段所含帧数</translation>
    </message>
    <message>
        <source>Take every n-th frame of the video</source>
        <translation>每隔 n 帧取一帧</translation>
    </message>
    <message>
        <source>Side of the square crop fed to the network, in pixels</source>
        <translation>输入网络的正方形裁剪的边长（像素）</translation>
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
        <source>Epoch %1/%2 finished · train top-1 %3</source>
        <translation>第 %1/%2 轮完成 · 训练 top-1 %3</translation>
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
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
