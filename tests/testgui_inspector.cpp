// GUI test of the sample inspector: a SynthMotion clip of the tiny demo project, played on the
// left, and beside it the clip the model is fed (previewClip), checked against the core for
// the same config and seed: frame count, indices and order, timeline marks, resampling, TSN
// segments, and frame stepping in the player.

#include <algorithm>

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/config/configio.h"
#include "core/data/clippreview.h"
#include "core/project/project.h"
#include "core/video/framesequence.h"
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
