#include "ui/inspector/sampleinspector.h"

#include <algorithm>

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/inspector/clipanimationview.h"
#include "ui/inspector/clippreviewcontroller.h"
#include "ui/inspector/cliptimeline.h"
#include "ui/inspector/framegridview.h"
#include "ui/inspector/frameview.h"
#include "ui/inspector/videoplayer.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

/** Loop rate of the clip animation: slow enough to follow a 3-frame TSN clip. */
constexpr double kAnimationFps = 4.0;

QToolButton *toggleButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

/** A small swatch, so the pathway buttons double as the timeline's colour legend. */
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

template<typename T> QVector<T> toVector(const std::vector<T> &values)
{
    return QVector<T>(values.begin(), values.end());
}

} // namespace

SampleInspector::SampleInspector(QWidget *parent)
    : QWidget(parent)
    , m_controller(new ClipPreviewController(this))
    , m_banner(new Banner(this))
    , m_title(new QLabel(this))
    , m_player(new VideoPlayer(this))
    , m_trainButton(toggleButton(tr("Train view"), QStringLiteral("trainViewButton"), this))
    , m_testButton(toggleButton(tr("Test view"), QStringLiteral("testViewButton"), this))
    , m_resampleButton(new QToolButton(this))
    , m_fastButton(toggleButton(tr("Fast pathway"), QStringLiteral("fastPathwayButton"), this))
    , m_slowButton(toggleButton(tr("Slow pathway"), QStringLiteral("slowPathwayButton"), this))
    , m_seedLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_timeline(new ClipTimeline(this))
    , m_description(new QLabel(this))
    , m_grid(new FrameGridView(this))
    , m_animation(new ClipAnimationView(this))
{
    setObjectName(QStringLiteral("sampleInspector"));
    m_banner->setObjectName(QStringLiteral("inspectorBanner"));
    m_title->setObjectName(QStringLiteral("videoTitleLabel"));
    m_player->setObjectName(QStringLiteral("videoPlayer"));
    m_timeline->setObjectName(QStringLiteral("clipTimeline"));
    m_description->setObjectName(QStringLiteral("clipDescriptionLabel"));
    m_grid->setObjectName(QStringLiteral("frameGrid"));
    m_animation->setObjectName(QStringLiteral("clipAnimation"));
    m_seedLabel->setObjectName(QStringLiteral("seedLabel"));
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPreviewButton"));
    m_resampleButton->setObjectName(QStringLiteral("resampleButton"));

    m_resampleButton->setText(tr("&Resample"));
    m_resampleButton->setToolTip(tr("Draw another training clip and augmentation (Ctrl+R)"));
    m_resampleButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_resampleButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_trainButton->setToolTip(tr("Sample and augment the clip as training does"));
    m_testButton->setToolTip(tr("The single view testing uses: centred clip, centre crop"));
    m_fastButton->setIcon(swatch(ClipTimeline::fastColour()));
    m_slowButton->setIcon(swatch(ClipTimeline::slowColour()));
    m_fastButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_slowButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fastButton->setToolTip(tr("Show every frame the fast pathway sees"));
    m_slowButton->setToolTip(tr("Show the frames of the slow pathway only"));
    m_cancelButton->setIcon(themeIcon(QStringLiteral("stop")));
    m_cancelButton->setToolTip(tr("Cancel the preview"));
    m_cancelButton->setAutoRaise(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setFormat(tr("Sampling…"));
    m_progress->setTextVisible(false);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_animation->setRate(kAnimationFps);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_trainButton);
    modes->addButton(m_testButton);
    auto *pathways = new QButtonGroup(this);
    pathways->addButton(m_fastButton);
    pathways->addButton(m_slowButton);
    m_fastButton->setChecked(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->addWidget(buildPlayerSide());
    splitter->addWidget(buildClipSide());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_trainButton, &QToolButton::clicked, this, [this] { setTrainView(true); });
    connect(m_testButton, &QToolButton::clicked, this, [this] { setTrainView(false); });
    connect(m_resampleButton, &QToolButton::clicked, this, &SampleInspector::resample);
    connect(m_fastButton, &QToolButton::clicked, this, [this] { setSlowPathwayShown(false); });
    connect(m_slowButton, &QToolButton::clicked, this, [this] { setSlowPathwayShown(true); });
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_controller->cancel();
        setBusy(false);
    });
    connect(m_controller, &ClipPreviewController::ready, this, &SampleInspector::onPreview);
    connect(m_controller, &ClipPreviewController::failed, this, &SampleInspector::onFailed);
    connect(m_player, &VideoPlayer::currentFrameChanged, m_timeline, &ClipTimeline::setPlayhead);
    connect(m_player, &VideoPlayer::failed, this,
            [this](const QString &error) { m_banner->showMessage(Banner::Kind::Error, error); });
    connect(m_timeline, &ClipTimeline::frameClicked, m_player, [this](int frame) {
        m_player->pause();
        m_player->seek(frame);
    });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // The player's keys (Space, Left/Right, Shift+Left/Right, [ ]) anywhere in the panel.
    m_player->addShortcutsTo(this);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { resample(); });

    setBusy(false);
    updateModeButtons();
}

SampleInspector::~SampleInspector() = default;

QWidget *SampleInspector::buildPlayerSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(heading(tr("Video"), side));
    layout->addWidget(m_title);
    layout->addWidget(m_player, 1);
    return side;
}

QWidget *SampleInspector::buildClipSide()
{
    auto *side = new QWidget(this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_trainButton);
    controls->addWidget(m_testButton);
    controls->addSpacing(8);
    controls->addWidget(m_resampleButton);
    controls->addWidget(m_seedLabel);
    controls->addSpacing(8);
    controls->addWidget(m_fastButton);
    controls->addWidget(m_slowButton);
    controls->addStretch(1);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancelButton);

    auto *gridColumn = new QVBoxLayout;
    gridColumn->addWidget(heading(tr("Input frames, model order"), side));
    gridColumn->addWidget(m_grid, 1);
    auto *animationColumn = new QVBoxLayout;
    animationColumn->addWidget(heading(tr("As an animation"), side));
    animationColumn->addWidget(m_animation, 1);
    auto *frames = new QHBoxLayout;
    frames->addLayout(gridColumn, 3);
    frames->addLayout(animationColumn, 2);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(heading(tr("The clip as the model sees it"), side));
    layout->addLayout(controls);
    layout->addWidget(m_timeline);
    layout->addWidget(m_description);
    layout->addLayout(frames, 1);
    return side;
}

void SampleInspector::setProject(const QString &projectDir)
{
    m_projectDir = projectDir;
    m_videoPath.clear();
    m_videoId = 0;
    m_hasPreview = false;
    m_preview = {};
    m_title->clear();
    m_timeline->clear();
    m_grid->clear();
    m_animation->setFrames({}, {});
    m_description->clear();
    m_banner->hide();
}

void SampleInspector::setConfig(const as::ExperimentConfig &config)
{
    m_config = config;
    m_seed = config.run.seed;
    requestPreview();
}

void SampleInspector::showVideo(const QString &videoPath, const QString &className)
{
    m_videoPath = QFileInfo(videoPath).absoluteFilePath();
    m_videoId = 0;
    m_className = className;
    m_title->setText(QFileInfo(videoPath).fileName());
    m_player->open(m_videoPath);
    requestPreview();
}

void SampleInspector::showVideo(qint64 videoId, const QString &className)
{
    m_videoPath.clear();
    m_videoId = videoId;
    m_className = className;
    m_title->setText(tr("Video %1").arg(videoId));
    requestPreview();
}

bool SampleInspector::isBusy() const
{
    return m_busy;
}

void SampleInspector::setTrainView(bool train)
{
    if (m_train == train) {
        updateModeButtons();
        return;
    }
    m_train = train;
    updateModeButtons();
    requestPreview();
}

void SampleInspector::resample()
{
    if (!m_train)
        return; // the test view does not depend on the seed
    ++m_seed;
    requestPreview();
}

void SampleInspector::setSlowPathwayShown(bool slow)
{
    m_slowShown = slow;
    updateModeButtons();
    showFrames();
}

void SampleInspector::requestPreview()
{
    updateModeButtons();
    if (m_projectDir.isEmpty() || (m_videoPath.isEmpty() && m_videoId <= 0))
        return;
    ClipPreviewJob job;
    job.projectDir = m_projectDir;
    job.videoPath = m_videoPath;
    job.videoId = m_videoId;
    job.className = m_className;
    job.config = m_config;
    job.train = m_train;
    job.seed = m_seed;
    setBusy(true);
    m_controller->request(job);
}

void SampleInspector::onPreview(const ClipPreviewResult &result)
{
    setBusy(false);
    m_banner->hide();
    m_preview = result;
    m_hasPreview = true;
    const as::ClipPreview &p = result.preview;

    if (m_player->path() != result.videoPath) {
        m_videoPath = result.videoPath;
        m_player->open(result.videoPath, result.videoFrames);
    }
    QString title = QFileInfo(result.videoPath).fileName();
    if (!result.className.isEmpty())
        title = tr("%1 · class %2").arg(title, result.className);
    m_title->setText(title);

    QVector<std::pair<int, int>> segments(p.segments.begin(), p.segments.end());
    m_timeline->setClip(p.sourceFrameCount, toVector(p.indices), segments, toVector(p.slowIndices));
    m_player->frameView()->setCropRect(QRectF(p.crop.x, p.crop.y, p.crop.width, p.crop.height),
                                       p.crop.flipped);
    QString text = tr("%n input frame(s) · %1", nullptr, static_cast<int>(p.indices.size()))
                       .arg(QString::fromStdString(p.description));
    QStringList drawn;
    if (p.reversed)
        drawn << tr("played backwards");
    if (p.flipped)
        drawn << tr("mirrored");
    if (!drawn.isEmpty())
        text += QLatin1Char('\n') + tr("This draw: %1").arg(drawn.join(QStringLiteral(", ")));
    m_description->setText(text);
    showFrames();
    updateModeButtons();
    Q_EMIT previewReady();
}

void SampleInspector::onFailed(const QString &error)
{
    setBusy(false);
    m_banner->showMessage(Banner::Kind::Error, error);
    Q_EMIT previewFailed(error);
}

void SampleInspector::showFrames()
{
    if (!m_hasPreview)
        return;
    const as::ClipPreview &p = m_preview.preview;
    const bool slowFast = !p.slowPositions.empty();
    QVector<QImage> images;
    QVector<int> indices;
    QVector<bool> highlighted;
    if (slowFast && m_slowShown) {
        for (const int position : p.slowPositions) {
            images.append(m_preview.images.value(position));
            indices.append(p.indices[static_cast<std::size_t>(position)]);
        }
    } else {
        images = m_preview.images;
        indices = toVector(p.indices);
        for (int i = 0; i < indices.size(); ++i)
            highlighted.append(slowFast
                               && std::find(p.slowPositions.begin(), p.slowPositions.end(), i)
                                   != p.slowPositions.end());
    }
    m_grid->setFrames(images, indices, highlighted);
    m_animation->setFrames(images, indices);
    m_animation->start();
}

void SampleInspector::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void SampleInspector::updateModeButtons()
{
    m_trainButton->setChecked(m_train);
    m_testButton->setChecked(!m_train);
    m_resampleButton->setEnabled(m_train);
    m_seedLabel->setText(m_train ? tr("seed %1").arg(m_seed) : QString());
    const bool slowFast = m_hasPreview && !m_preview.preview.slowPositions.empty();
    m_fastButton->setVisible(slowFast);
    m_slowButton->setVisible(slowFast);
    m_fastButton->setChecked(!m_slowShown);
    m_slowButton->setChecked(m_slowShown);
}

} // namespace as::ui
