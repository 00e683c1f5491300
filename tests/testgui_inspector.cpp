// GUI test of the sample inspector: a SynthMotion clip of the tiny demo project, played on the
// left, and beside it the clip the model is fed (previewClip), checked against the core for
// the same config and seed: frame count, indices and order, timeline marks, resampling, TSN
// segments, and frame stepping in the player.

#include <algorithm>

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include "core/config/configio.h"
#include "core/data/clippreview.h"
#include "core/project/project.h"
#include "core/video/framesequence.h"
#include "core/video/seektestvideo.h"
#include "guitesthelpers.h"
#include "ui/inspector/cliptimeline.h"
#include "ui/inspector/framegridview.h"
#include "ui/inspector/frameview.h"
#include "ui/inspector/sampleinspector.h"
#include "ui/inspector/videoplayer.h"
#include "ui/widgets/banner.h"

using namespace as;
using as::ui::SampleInspector;

namespace {

constexpr int kWaitMs = 30000;

QVector<int> toVector(const std::vector<int> &values)
{
    return QVector<int>(values.begin(), values.end());
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestGuiInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectDir;
    VideoRecord m_video; // a move_left clip of the demo

    /** The pack previewClip reads for `config` (the inspector extracts it when missing). */
    std::string packFor(const ExperimentConfig &config) const
    {
        const Project project = Project::open(m_projectDir.toStdString());
        return FrameSequence::packPath(project.cacheDir(), m_video.id, config.data.cacheShortSide);
    }

    /** Changes a setting of `inspector` through `act` and waits for the new preview. */
    template<typename Act> bool waitForPreview(SampleInspector &inspector, Act act)
    {
        QSignalSpy ready(&inspector, &SampleInspector::previewReady);
        QSignalSpy failed(&inspector, &SampleInspector::previewFailed);
        act();
        const bool ok
            = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kWaitMs);
        if (!failed.isEmpty())
            qWarning("preview failed: %s", qPrintable(failed.first().first().toString()));
        return ok && failed.isEmpty() && !inspector.isBusy();
    }

private Q_SLOTS:
    void initTestCase();
    void showsTheClipTheModelIsFed();
    void resampleDrawsAnotherClipOfTheSameLength();
    void tsnShowsItsSegments();
    void slowFastShowsBothPathways();
    void playerStepsFrames();
    void playerSpeedsAndSecondSteps();
    void playerStepLatency1080p();
    void unknownVideoIsReported();
};

void TestGuiInspector::initTestCase()
{
    test::initGuiTestSettings("testgui_inspector");
    QVERIFY(m_dir.isValid());
    m_projectDir = m_dir.filePath(QStringLiteral("demo"));
    test::prepareTinyDemo(m_projectDir);
    const Project project = Project::open(m_projectDir.toStdString());
    const std::optional<ClassInfo> moveLeft = project.classByName("move_left");
    QVERIFY(moveLeft.has_value());
    for (const VideoRecord &video : project.videos()) {
        if (video.classId == moveLeft->id) {
            m_video = video;
            break;
        }
    }
    QVERIFY(m_video.id > 0);
    QCOMPARE(m_video.frameCount, 16);
}

void TestGuiInspector::showsTheClipTheModelIsFed()
{
    const ExperimentConfig config = test::tinyRecipe(m_projectDir, 1);
    SampleInspector inspector;
    inspector.show();
    inspector.setProject(m_projectDir);
    inspector.setConfig(config);
    QVERIFY(inspector.isTrainView());
    QVERIFY(waitForPreview(inspector,
                           [&] { inspector.showVideo(QString::fromStdString(m_video.path)); }));

    // The grid shows exactly the clip's frames, with the indices the core draws for this seed.
    auto *grid = child<ui::FrameGridView>(&inspector, "frameGrid");
    const ClipPreview expected = previewClip(config, packFor(config), true, inspector.seed());
    QCOMPARE(grid->frameCount(), config.input.clipLengthFrames);
    QCOMPARE(grid->indices(), toVector(expected.indices));
    // In order: every `frameInterval` frames, backwards only when the draw reversed the clip.
    for (int i = 1; i < grid->indices().size(); ++i)
        QCOMPARE(grid->indices()[i] - grid->indices()[i - 1],
                 expected.reversed ? -config.input.frameInterval : config.input.frameInterval);
    // The pictures are the model's input: the same pixels as the core's frames.
    const PreviewFrame &first = expected.frames.front();
    const QImage shown = grid->frame(0).convertToFormat(QImage::Format_RGB888);
    QCOMPARE(shown.size(), QSize(first.width, first.height));
    QCOMPARE(shown.pixelColor(5, 7),
             QColor(first.rgb[(7 * first.width + 5) * 3], first.rgb[(7 * first.width + 5) * 3 + 1],
                    first.rgb[(7 * first.width + 5) * 3 + 2]));

    // The timeline marks the same frames of the whole video; dense sampling has no segments.
    auto *timeline = child<ui::ClipTimeline>(&inspector, "clipTimeline");
    QCOMPARE(timeline->frameCount(), m_video.frameCount);
    QCOMPARE(timeline->markedIndices(), grid->indices());
    QVERIFY(timeline->segments().isEmpty());
    QVERIFY(!child<QLabel>(&inspector, "clipDescriptionLabel")->text().isEmpty());

    // The crop is drawn over the player where the core cut it.
    auto *view = child<ui::FrameView>(&inspector, "playerFrameView");
    QCOMPARE(view->cropRect(),
             QRectF(expected.crop.x, expected.crop.y, expected.crop.width, expected.crop.height));

    // The test view: the seed-independent centred clip.
    QVERIFY(waitForPreview(inspector, [&] {
        QTest::mouseClick(child<QToolButton>(&inspector, "testViewButton"), Qt::LeftButton);
    }));
    QVERIFY(!inspector.isTrainView());
    const ClipPreview testView = previewClip(config, packFor(config), false, 0);
    QCOMPARE(grid->indices(), toVector(testView.indices));
    QCOMPARE(timeline->markedIndices(), toVector(testView.indices));
    QVERIFY(!child<QToolButton>(&inspector, "resampleButton")->isEnabled());
}

void TestGuiInspector::resampleDrawsAnotherClipOfTheSameLength()
{
    const ExperimentConfig config = test::tinyRecipe(m_projectDir, 1);
    SampleInspector inspector;
    inspector.show();
    inspector.setProject(m_projectDir);
    inspector.setConfig(config);
    QVERIFY(waitForPreview(inspector, [&] { inspector.showVideo(m_video.id); }));
    auto *grid = child<ui::FrameGridView>(&inspector, "frameGrid");
    auto *resample = child<QToolButton>(&inspector, "resampleButton");
    QVERIFY(resample->isEnabled());

    int changed = 0;
    for (int draw = 0; draw < 4; ++draw) {
        const quint64 seedBefore = inspector.seed();
        const ClipPreview before = inspector.preview().preview;
        QVERIFY(waitForPreview(inspector, [&] { QTest::mouseClick(resample, Qt::LeftButton); }));
        QVERIFY(inspector.seed() != seedBefore);
        const ClipPreview &after = inspector.preview().preview;
        QCOMPARE(grid->frameCount(), config.input.clipLengthFrames);
        QCOMPARE(grid->indices(), toVector(after.indices));
        QCOMPARE(after.indices,
                 previewClip(config, packFor(config), true, inspector.seed()).indices);
        const bool sameCrop = after.crop.x == before.crop.x && after.crop.y == before.crop.y;
        changed += (after.indices != before.indices || !sameCrop) ? 1 : 0;
    }
    QVERIFY2(changed >= 3, qPrintable(QStringLiteral("only %1 of 4 draws differed").arg(changed)));

    // Player on a middle frame, then the screenshot of the panel in its usual state.
    auto *player = child<ui::VideoPlayer>(&inspector, "videoPlayer");
    player->seek(7);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 7, kWaitMs);
    test::saveScreenshot(&inspector, QStringLiteral("panel-inspector.png"));
}

void TestGuiInspector::tsnShowsItsSegments()
{
    QFile preset(QStringLiteral(":/presets/tsn_r50_synthmotion.yaml"));
    QVERIFY(preset.open(QIODevice::ReadOnly));
    ExperimentConfig config
        = parseConfig(preset.readAll().toStdString(), "tsn_r50_synthmotion.yaml");
    QCOMPARE(config.model.name, std::string("tsn_r50"));
    config.data.project = m_projectDir.toStdString();
    SampleInspector inspector;
    inspector.show();
    inspector.setProject(m_projectDir);
    inspector.setConfig(config);
    // The preset caches frames at 72 px: the inspector extracts that pack first.
    QVERIFY(waitForPreview(inspector,
                           [&] { inspector.showVideo(QString::fromStdString(m_video.path)); }));
    auto *timeline = child<ui::ClipTimeline>(&inspector, "clipTimeline");
    auto *grid = child<ui::FrameGridView>(&inspector, "frameGrid");
    QCOMPARE(timeline->segments().size(), 3);
    QCOMPARE(grid->frameCount(), 3);
    const ClipPreview expected = previewClip(config, packFor(config), true, inspector.seed());
    QCOMPARE(grid->indices(), toVector(expected.indices));
    for (int k = 0; k < 3; ++k) {
        const auto [begin, end] = timeline->segments()[k];
        QVERIFY(grid->indices()[k] >= begin && grid->indices()[k] < end);
    }
    QCOMPARE(grid->frame(0).width(), config.input.cropSize);
}

void TestGuiInspector::slowFastShowsBothPathways()
{
    QFile preset(QStringLiteral(":/presets/slowfast_r50_synthmotion.yaml"));
    QVERIFY(preset.open(QIODevice::ReadOnly));
    ExperimentConfig config
        = parseConfig(preset.readAll().toStdString(), "slowfast_r50_synthmotion.yaml");
    config.data.cacheShortSide = 48; // the tiny demo's cache: no extraction
    config.input.shortSide = 48;
    config.input.cropSize = 32;
    SampleInspector inspector;
    inspector.show();
    inspector.setProject(m_projectDir);
    inspector.setConfig(config);
    QVERIFY(waitForPreview(inspector, [&] { inspector.showVideo(m_video.id); }));
    const ClipPreview expected = previewClip(config, packFor(config), true, inspector.seed());
    QVERIFY(!expected.slowPositions.empty());
    auto *grid = child<ui::FrameGridView>(&inspector, "frameGrid");
    auto *timeline = child<ui::ClipTimeline>(&inspector, "clipTimeline");
    auto *slowButton = child<QToolButton>(&inspector, "slowPathwayButton");
    QVERIFY(slowButton->isVisible());
    QCOMPARE(grid->frameCount(), config.input.clipLengthFrames);
    QCOMPARE(grid->indices(), toVector(expected.indices));
    QCOMPARE(timeline->slowIndices(), toVector(expected.slowIndices));

    QTest::mouseClick(slowButton, Qt::LeftButton);
    QCOMPARE(grid->frameCount(), static_cast<int>(expected.slowPositions.size()));
    QCOMPARE(grid->indices(), toVector(expected.slowIndices));
    QTest::mouseClick(child<QToolButton>(&inspector, "fastPathwayButton"), Qt::LeftButton);
    QCOMPARE(grid->frameCount(), config.input.clipLengthFrames);
    if (qEnvironmentVariableIsSet("INSPECTOR_SLOWFAST_SHOT"))
        test::saveScreenshot(&inspector, QStringLiteral("panel-inspector-slowfast.png"));
}

void TestGuiInspector::playerStepsFrames()
{
    SampleInspector inspector;
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setProject(m_projectDir);
    inspector.setConfig(test::tinyRecipe(m_projectDir, 1));
    inspector.showVideo(QString::fromStdString(m_video.path));
    auto *player = child<ui::VideoPlayer>(&inspector, "videoPlayer");
    auto *label = child<QLabel>(&inspector, "frameIndexLabel");
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 0, kWaitMs);
    QCOMPARE(player->frameCount(), m_video.frameCount);
    QVERIFY(!player->currentImage().isNull());
    QCOMPARE(player->currentImage().size(), QSize(m_video.width, m_video.height));
    const QString firstText = label->text();
    const QImage firstImage = player->currentImage();

    QTest::mouseClick(child<QToolButton>(&inspector, "stepForwardButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 1, kWaitMs);
    QVERIFY(label->text() != firstText);
    QVERIFY(!player->currentImage().isNull());
    QVERIFY(player->currentImage() != firstImage); // the shape moved

    // The keyboard: Right steps on, Left back (shortcuts of the focused panel).
    inspector.activateWindow();
    inspector.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&inspector));
    QTest::keyClick(&inspector, Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 2, kWaitMs);
    QTest::keyClick(&inspector, Qt::Key_Left);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 1, kWaitMs);

    // Playing runs to the end at the video's rate and stops there.
    QTest::mouseClick(child<QToolButton>(&inspector, "playButton"), Qt::LeftButton);
    QVERIFY(player->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), m_video.frameCount - 1, kWaitMs);
    QTRY_VERIFY(!player->isPlaying());
    QVERIFY(label->text().startsWith(QStringLiteral("Frame 15")));
}

void TestGuiInspector::playerSpeedsAndSecondSteps()
{
    // A 3 s video at 30 fps, so that one second is 30 frames and is not clamped.
    QTemporaryDir tmp;
    SeekTestVideoOptions options;
    options.path = tmp.filePath(QStringLiteral("player.mp4")).toStdString();
    options.width = 320;
    options.height = 240;
    options.frameCount = 90;
    options.fps = 30.0;
    SeekTestVideo::write(options);

    // The player beside another focusable widget, as in the labelling view: its keys work with
    // the focus on the sibling once the view is passed to addShortcutsTo.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *player = new ui::VideoPlayer(&window);
    auto *sibling = new QListWidget(&window);
    sibling->addItem(QStringLiteral("a class"));
    layout->addWidget(player, 1);
    layout->addWidget(sibling);
    player->addShortcutsTo(&window);
    window.resize(480, 480);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    sibling->setFocus();
    player->open(QString::fromStdString(options.path));
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 0, kWaitMs);
    QCOMPARE(player->frameCount(), 90);
    QCOMPARE(player->fps(), 30.0);

    // Speeds: the timer's interval follows the rate; [ and ] step through the offered rates.
    QCOMPARE(player->playbackRate(), 1.0);
    QCOMPARE(player->frameIntervalMs(), 33);
    QSignalSpy rateChanged(player, &ui::VideoPlayer::playbackRateChanged);
    player->setPlaybackRate(2.0);
    QCOMPARE(player->frameIntervalMs(), 17);
    player->setPlaybackRate(0.5);
    QCOMPARE(player->frameIntervalMs(), 67);
    QCOMPARE(rateChanged.size(), 2);
    QCOMPARE(rateChanged.last().first().toDouble(), 0.5);
    auto *speedButton = child<QToolButton>(player, "speedButton");
    QVERIFY2(speedButton->text().contains(QStringLiteral("0.5")), qPrintable(speedButton->text()));
    QVERIFY(speedButton->toolTip().contains(QStringLiteral("[")));
    QTest::keyClick(sibling, Qt::Key_BracketRight);
    QCOMPARE(player->playbackRate(), 1.0);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(sibling, Qt::Key_BracketRight);
    QCOMPARE(player->playbackRate(), 4.0); // the fastest: a third ] changes nothing
    QCOMPARE(player->frameIntervalMs(), 8);
    QTest::keyClick(sibling, Qt::Key_BracketLeft);
    QCOMPARE(player->playbackRate(), 2.0);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(sibling, Qt::Key_BracketLeft);
    QCOMPARE(player->playbackRate(), 0.25);
    QCOMPARE(player->frameIntervalMs(), 133);
    QCOMPARE(rateChanged.size(), 2 + 1 + 2 + 1 + 3);

    // Frames and seconds: Left/Right (comma/period) one frame, Shift+Left/Right 30 frames,
    // clamped at both ends.
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers, int expected) {
        QTest::keyClick(sibling, key, modifiers);
        QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), expected, kWaitMs);
    };
    press(Qt::Key_Right, Qt::NoModifier, 1);
    press(Qt::Key_Right, Qt::ShiftModifier, 31);
    press(Qt::Key_Right, Qt::ShiftModifier, 61);
    press(Qt::Key_Left, Qt::NoModifier, 60);
    press(Qt::Key_Left, Qt::ShiftModifier, 30);
    press(Qt::Key_Period, Qt::NoModifier, 31);
    press(Qt::Key_Comma, Qt::NoModifier, 30);
    press(Qt::Key_Right, Qt::ShiftModifier, 60);
    press(Qt::Key_Right, Qt::ShiftModifier, 89); // clamped to the last frame
    press(Qt::Key_Left, Qt::NoModifier, 88);
    player->seek(10);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 10, kWaitMs);
    press(Qt::Key_Left, Qt::ShiftModifier, 0); // clamped to the first frame
    QTest::mouseClick(child<QToolButton>(player, "forwardSecondButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 30, kWaitMs);
    QTest::mouseClick(child<QToolButton>(player, "backSecondButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(player->currentFrame(), 0, kWaitMs);
    QVERIFY(!player->isPlaying());

    // Playback advances faster at 2× than at 0.5× (4× the frame rate; asserted loosely, as a
    // busy machine delays timers).
    qint64 elapsedMs = 0;
    const auto framesPlayedIn = [&](double rate, int ms) {
        player->setPlaybackRate(rate);
        player->seek(0);
        if (!QTest::qWaitFor([&] { return player->currentFrame() == 0; }, kWaitMs))
            return -1;
        QTest::keyClick(sibling, Qt::Key_Space);
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(ms);
        const int played = player->currentFrame();
        elapsedMs = clock.elapsed();
        QTest::keyClick(sibling, Qt::Key_Space);
        return played;
    };
    const int slow = framesPlayedIn(0.5, 600);
    QVERIFY(!player->isPlaying());
    const int fast = framesPlayedIn(2.0, 600);
    QVERIFY(!player->isPlaying());
    qInfo("frames played in 600 ms: %d at 0.5x, %d at 2x (%lld ms)", slow, fast, elapsedMs);
    QVERIFY2(slow >= 2 && fast >= 2 * slow,
             qPrintable(QStringLiteral("0.5×: %1 frames, 2×: %2 frames").arg(slow).arg(fast)));
    // Never faster than the rate: one frame per 17 ms at most (60 fps).
    QVERIFY2(fast <= elapsedMs / 16 + 2, qPrintable(QStringLiteral("%1 frames in %2 ms")
                                                        .arg(fast)
                                                        .arg(elapsedMs)));
}

void TestGuiInspector::playerStepLatency1080p()
{
    // The acceptance check of the labelling player (issue 7), in the real widget: a key press
    // to the frame painted, stepping forward while paused on a 1080p H.264 video.
    // `actionstudio-cli bench seek` measures the decode side on a longer video.
    QTemporaryDir tmp;
    SeekTestVideoOptions options;
    options.path = tmp.filePath(QStringLiteral("1080p.mp4")).toStdString();
    options.frameCount = 60;
    const SeekTestVideo video = SeekTestVideo::write(options);
    if (!video.isH264)
        qWarning("no H.264 encoder here: measuring %s", video.codec.c_str());

    ui::VideoPlayer player;
    player.resize(960, 600);
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    player.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&player));
    player.open(QString::fromStdString(options.path));
    QTRY_COMPARE_WITH_TIMEOUT(player.currentFrame(), 0, kWaitMs);
    QCOMPARE(player.currentImage().size(), QSize(1920, 1080));

    QElapsedTimer clock;
    clock.start();
    qint64 pressedNs = 0;
    std::vector<double> latencyMs;
    std::vector<double> paintMs;
    connect(&player, &ui::VideoPlayer::currentFrameChanged, this, [&](int) {
        // Paint now rather than at the next pass of the event loop, to time it.
        const qint64 shownNs = clock.nsecsElapsed();
        player.frameView()->repaint();
        const qint64 paintedNs = clock.nsecsElapsed();
        latencyMs.push_back((paintedNs - pressedNs) / 1e6);
        paintMs.push_back((paintedNs - shownNs) / 1e6);
    });
    const int start = 20;
    player.seek(start);
    QTRY_COMPARE_WITH_TIMEOUT(player.currentFrame(), start, kWaitMs);
    const int steps = 20;
    std::vector<double> stepMs;
    std::vector<double> stepPaintMs;
    for (int i = 1; i <= steps; ++i) {
        QTest::qWait(100); // a user tapping the key; the decoder reads ahead meanwhile
        latencyMs.clear();
        paintMs.clear();
        pressedNs = clock.nsecsElapsed();
        QTest::keyClick(&player, Qt::Key_Right);
        QTRY_COMPARE_WITH_TIMEOUT(player.currentFrame(), start + i, kWaitMs);
        QCOMPARE(latencyMs.size(), std::size_t(1));
        stepMs.push_back(latencyMs.front());
        stepPaintMs.push_back(paintMs.front());
    }
    const auto medianOf = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double median = medianOf(stepMs);
    qInfo("1080p H.264, step forward while paused: key press to frame painted median %.1f ms, "
          "max %.1f ms; of which painting median %.1f ms (%d steps)",
          median, *std::max_element(stepMs.begin(), stepMs.end()), medianOf(stepPaintMs), steps);
    // No time limit asserted: these machines are shared and noisy (speed targets are checked
    // by `actionstudio-cli bench seek`, which prints PASS/FAIL); the log is the measurement.
}

void TestGuiInspector::unknownVideoIsReported()
{
    SampleInspector inspector;
    inspector.setProject(m_projectDir);
    inspector.setConfig(test::tinyRecipe(m_projectDir, 1));
    const QString stranger = m_dir.filePath(QStringLiteral("not_in_project.mp4"));
    QSignalSpy failed(&inspector, &SampleInspector::previewFailed);
    inspector.showVideo(stranger);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    auto *banner = child<ui::Banner>(&inspector, "inspectorBanner");
    QVERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains(stranger), qPrintable(banner->text()));
    QVERIFY(!inspector.hasPreview());
}

QTEST_MAIN(TestGuiInspector)
#include "testgui_inspector.moc"
