<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>A video file could not be used.</source>
        <translation>A video file could not be used.</translation>
    </message>
    <message>
        <source>The folder is not an ActionStudio project.</source>
        <translation>The folder is not an ActionStudio project.</translation>
    </message>
    <message>
        <source>The project could not be read or written.</source>
        <translation>The project could not be read or written.</translation>
    </message>
    <message>
        <source>The experiment settings are not valid.</source>
        <translation>The experiment settings are not valid.</translation>
    </message>
    <message>
        <source>A list file could not be imported.</source>
        <translation>A list file could not be imported.</translation>
    </message>
    <message>
        <source>The demo project could not be prepared.</source>
        <translation>The demo project could not be prepared.</translation>
    </message>
    <message>
        <source>Training could not continue.</source>
        <translation>Training could not continue.</translation>
    </message>
    <message>
        <source>The training data is not usable.</source>
        <translation>The training data is not usable.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>A file could not be read or written.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>File %1, line %2</translation>
    </message>
</context>
<context>
    <name>as::ui::AccuracyChartView</name>
    <message>
        <source>Train top-1</source>
        <translation>Train top-1</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Accuracy per epoch</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Accuracy (%)</translation>
    </message>
    <message>
        <source>Val top-1</source>
        <translation>Val top-1</translation>
    </message>
    <message>
        <source>Val top-5</source>
        <translation>Val top-5</translation>
    </message>
</context>
<context>
    <name>as::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
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
        <translation>Class</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>as::ui::DatasetPanel</name>
    <message>
        <source>Click a class to show only its videos</source>
        <translation>Click a class to show only its videos</translation>
    </message>
    <message>
        <source>Filter videos by name, class, split or status…</source>
        <translation>Filter videos by name, class, split or status…</translation>
    </message>
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
        <translation>No project open</translation>
    </message>
</context>
<context>
    <name>as::ui::DemoProjectController</name>
    <message>
        <source>Generating SynthMotion…</source>
        <translation>Generating SynthMotion…</translation>
    </message>
    <message>
        <source>Importing videos…</source>
        <translation>Importing videos…</translation>
    </message>
    <message>
        <source>Extracting frames…</source>
        <translation>Extracting frames…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validating…</translation>
    </message>
    <message>
        <source>The demo project could not be prepared.</source>
        <translation>The demo project could not be prepared.</translation>
    </message>
</context>
<context>
    <name>as::ui::LossChartView</name>
    <message>
        <source>Training loss</source>
        <translation>Training loss</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Smoothed (EMA %1)</source>
        <translation>Smoothed (EMA %1)</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Cross-entropy loss</source>
        <translation>Cross-entropy loss</translation>
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
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Preparing the demo project: %1 %2/%3</source>
        <translation>Preparing the demo project: %1 %2/%3</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Open a project folder</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About ActionStudio</source>
        <translation>&amp;About ActionStudio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>Preparing the demo project…</translation>
    </message>
    <message>
        <source>Opening the SynthMotion demo project in %1</source>
        <translation>Opening the SynthMotion demo project in %1</translation>
    </message>
    <message>
        <source>Preparing the demo project was cancelled</source>
        <translation>Preparing the demo project was cancelled</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <source>The demo project could not be prepared</source>
        <translation>The demo project could not be prepared</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demo Project</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1 — ActionStudio</source>
        <translation>%1 — ActionStudio</translation>
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
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Stop the training run before opening another project.</source>
        <translation>Stop the training run before opening another project.</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>Open Project Folder</translation>
    </message>
    <message>
        <source>About ActionStudio</source>
        <translation>About ActionStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;Label video clips, train video action recognition networks and watch them learn, fully offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ActionStudio %1&lt;/h3&gt;&lt;p&gt;Label video clips, train video action recognition networks and watch them learn, fully offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit ActionStudio</source>
        <translation>Quit ActionStudio</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit? The last completed epoch&apos;s checkpoint is kept.</source>
        <translation>A training run is in progress. Stop it and quit? The last completed epoch&apos;s checkpoint is kept.</translation>
    </message>
</context>
<context>
    <name>as::ui::ProjectLoader</name>
    <message>
        <source>The project %1 could not be read: %2</source>
        <translation>The project %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>as::ui::TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>S&amp;top Training</translation>
    </message>
    <message>
        <source>Train a model on the project&apos;s split 1 (F5)</source>
        <translation>Train a model on the project&apos;s split 1 (F5)</translation>
    </message>
    <message>
        <source>Stop after the current iteration; the last epoch&apos;s checkpoint is kept (Shift+F5, Esc)</source>
        <translation>Stop after the current iteration; the last epoch&apos;s checkpoint is kept (Shift+F5, Esc)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Messages of the training run appear here.</source>
        <translation>Messages of the training run appear here.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
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
        <translation>Network architecture from the model registry</translation>
    </message>
    <message>
        <source>Passes over the training videos</source>
        <translation>Passes over the training videos</translation>
    </message>
    <message>
        <source>Clips per optimisation step</source>
        <translation>Clips per optimisation step</translation>
    </message>
    <message>
        <source>Peak learning rate after the warm-up; cosine decay follows</source>
        <translation>Peak learning rate after the warm-up; cosine decay follows</translation>
    </message>
    <message>
        <source>Frames per clip fed to the network</source>
        <translation>Frames per clip fed to the network</translation>
    </message>
    <message>
        <source>Take every n-th frame of the video</source>
        <translation>Take every n-th frame of the video</translation>
    </message>
    <message>
        <source>Side of the square crop fed to the network, in pixels</source>
        <translation>Side of the square crop fed to the network, in pixels</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch size:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Learning rate:</translation>
    </message>
    <message>
        <source>&amp;Frames per clip:</source>
        <translation>&amp;Frames per clip:</translation>
    </message>
    <message>
        <source>Frame &amp;interval:</source>
        <translation>Frame &amp;interval:</translation>
    </message>
    <message>
        <source>&amp;Crop size:</source>
        <translation>&amp;Crop size:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>The settings are not valid:</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
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
        <translation>Training: preparing…</translation>
    </message>
    <message>
        <source>Stopping after the current iteration…</source>
        <translation>Stopping after the current iteration…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · iteration %3/%4</source>
        <translation>Epoch %1/%2 · iteration %3/%4</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>ETA –</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <source>%1 · %2 clips/s</source>
        <translation>%1 · %2 clips/s</translation>
    </message>
    <message>
        <source>Training: epoch %1/%2</source>
        <translation>Training: epoch %1/%2</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validating…</translation>
    </message>
    <message>
        <source>Training: validating…</source>
        <translation>Training: validating…</translation>
    </message>
    <message>
        <source>Extracting frames… %1/%2</source>
        <translation>Extracting frames… %1/%2</translation>
    </message>
    <message>
        <source>Training: extracting frames…</source>
        <translation>Training: extracting frames…</translation>
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
        <translation>Finished · validation top-1 %1</translation>
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
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Epoch %1/%2 finished · train top-1 %3</source>
        <translation>Epoch %1/%2 finished · train top-1 %3</translation>
    </message>
</context>
<context>
    <name>as::ui::VideoTableModel</name>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>unused</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Probed</translation>
    </message>
    <message>
        <source>Frames cached</source>
        <translation>Frames cached</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(unlabelled)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and inspect video action recognition models.</source>
        <translation>Train and inspect video action recognition models.</translation>
    </message>
    <message>
        <source>Keep the SynthMotion demo project in &lt;dir&gt;.</source>
        <translation>Keep the SynthMotion demo project in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;lang&gt;, e.g. zh_CN (default: the system&apos;s; ACTIONSTUDIO_LANG works too).</source>
        <translation>Use the user interface language &lt;lang&gt;, e.g. zh_CN (default: the system&apos;s; ACTIONSTUDIO_LANG works too).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Project folder to open (default: the demo project).</source>
        <translation>Project folder to open (default: the demo project).</translation>
    </message>
    <message>
        <source>[PROJECT_DIR]</source>
        <translation>[PROJECT_DIR]</translation>
    </message>
    <message>
        <source>Start training as soon as the project is open.</source>
        <translation>Start training as soon as the project is open.</translation>
    </message>
</context>
</TS>
