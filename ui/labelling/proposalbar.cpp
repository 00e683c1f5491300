#include "ui/labelling/proposalbar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

#include "ui/labelling/proposalcontroller.h"
#include "ui/live/liverunlister.h"

namespace as::ui {

ProposalBar::ProposalBar(QWidget *parent)
    : QWidget(parent)
    , m_lister(new LiveRunLister(this))
    , m_controller(new ProposalController(this))
    , m_model(new QComboBox(this))
    , m_propose(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_model->setObjectName(QStringLiteral("proposalModel"));
    m_model->setToolTip(tr("The trained model that proposes segments"));
    m_model->setMinimumContentsLength(18);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_propose->setText(tr("Propose segments"));
    m_propose->setToolTip(tr("Run the model over videos with a sliding window: confident "
                             "stretches become proposals to review (P)"));
    m_propose->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_propose);
    menu->addAction(tr("In this video"), this, [this] {
        propose(source(), m_chooser ? m_chooser(false) : QList<qint64>());
    });
    menu->addAction(tr("In every video left to label"), this, [this] {
        propose(source(), m_chooser ? m_chooser(true) : QList<qint64>());
    });
    menu->addSeparator();
    menu->addAction(tr("Use a weights file…"), this, &ProposalBar::chooseWeightsFile);
    m_propose->setMenu(menu);
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    m_cancel->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Model:"), this));
    layout->addWidget(m_model, 1);
    layout->addWidget(m_propose);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);

    connect(m_lister, &LiveRunLister::loaded, this,
            [this](const QString &dir, const QVector<LiveRunEntry> &runs) {
                if (dir != m_projectDir)
                    return;
                m_model->clear();
                for (const LiveRunEntry &run : runs)
                    m_model->addItem(QStringLiteral("%1 (%2, %3 %)")
                                         .arg(run.name, run.model)
                                         .arg(run.top1 * 100, 0, 'f', 0),
                                     run.dir);
                if (runs.isEmpty())
                    m_model->setPlaceholderText(tr("no trained model yet"));
            });
    connect(m_controller, &ProposalController::progress, this,
            [this](int index, int count, double fraction) {
                m_progress->setFormat(tr("video %1 of %2: %p%").arg(index + 1).arg(count));
                m_progress->setValue(int(1000 * (index + fraction) / std::max(1, count)));
            });
    connect(m_controller, &ProposalController::videoDone, this,
            [this](qint64 id, int) { Q_EMIT videoDone(id); });
    connect(m_controller, &ProposalController::finished, this, &ProposalBar::onFinished);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ProposalController::cancel);
}

void ProposalBar::setProject(const QString &projectDir)
{
    m_projectDir = projectDir;
    m_model->clear();
    if (!projectDir.isEmpty())
        m_lister->load(projectDir);
}

QString ProposalBar::source() const
{
    return m_model->currentData().toString();
}

void ProposalBar::chooseWeightsFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Weights file with its model card"), m_projectDir,
        tr("Exported weights (*.pt)"));
    if (file.isEmpty())
        return;
    m_model->addItem(QFileInfo(file).fileName(), file);
    m_model->setCurrentIndex(m_model->count() - 1);
}

bool ProposalBar::propose(const QString &source, const QList<qint64> &videoIds,
                          double minConfidence)
{
    if (source.isEmpty()) {
        Q_EMIT message(tr("Train a model first (or choose a weights file): proposals come from "
                          "a trained model."),
                       true);
        return false;
    }
    if (videoIds.isEmpty()) {
        Q_EMIT message(tr("No video to scan."), true);
        return false;
    }
    ProposalController::Request request;
    request.projectDir = m_projectDir;
    request.source = source;
    request.videoIds = videoIds;
    request.minConfidence = minConfidence;
    if (!m_controller->start(request))
        return false;
    m_progress->setValue(0);
    m_progress->setFormat(tr("loading the model…"));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_propose->setEnabled(false);
    Q_EMIT message(tr("Scanning %n video(s) for proposals…", nullptr, int(videoIds.size())),
                   false);
    return true;
}

void ProposalBar::onFinished(int videos, int proposals, bool cancelled, const QString &error)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_propose->setEnabled(true);
    if (!error.isEmpty())
        Q_EMIT message(error, true);
    else if (cancelled)
        Q_EMIT message(tr("Cancelled: %n video(s) scanned before, their proposals kept.",
                          nullptr, videos),
                       false);
    else
        Q_EMIT message(tr("%n proposal(s) written (videos scanned: %1): press P to review them, "
                          "least sure first.",
                          nullptr, proposals)
                           .arg(videos),
                       false);
}

} // namespace as::ui
