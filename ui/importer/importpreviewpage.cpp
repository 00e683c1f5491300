#include "ui/importer/importpreviewpage.h"

#include <algorithm>

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/project/importers/importplan.h"
#include "ui/importer/importcontroller.h"
#include "ui/importer/importwizard.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

constexpr int kMaxMissingListed = 500; // a Kinetics CSV can name 20 000 clips not on disk

QTableWidgetItem *countItem(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/**
 * "file:line: message" for a problem. Line problems of the core spell out "Line N of PATH ..."
 * (listfile::lineProblem); that prefix repeats the location and is dropped here.
 */
QString problemText(const as::ErrorInfo &problem)
{
    const QString path = QString::fromStdString(problem.path);
    QString message = QString::fromStdString(problem.message);
    if (path.isEmpty())
        return message;
    const QString prefix = QStringLiteral("Line %1 of %2 ").arg(problem.line).arg(path);
    if (problem.line > 0 && message.startsWith(prefix))
        message = message.mid(prefix.size());
    const QString name = QFileInfo(path).fileName();
    return problem.line > 0 ? QStringLiteral("%1:%2: %3").arg(name).arg(problem.line).arg(message)
                            : QStringLiteral("%1: %2").arg(name, message);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(themeIcon(QStringLiteral("stop")), tr("Cancel"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_classTable(new QTableWidget(this))
    , m_problemsBox(new QGroupBox(this))
    , m_problems(new QListWidget(m_problemsBox))
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("What the import would add. Nothing is written to the project until you "
                   "press Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_status->setObjectName(QStringLiteral("planStatus"));
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 0); // the core planners report no progress: busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(16);
    m_cancel->setObjectName(QStringLiteral("planCancel"));
    m_cancel->setToolTip(tr("Stop planning (Esc closes the wizard)"));
    m_retry->setObjectName(QStringLiteral("planRetry"));
    m_retry->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->controller()->cancel();
        setBusy(true, tr("Cancelling…"));
        m_cancel->setEnabled(false);
    });
    connect(m_retry, &QPushButton::clicked, this, &ImportPreviewPage::startPlanning);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(10);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_retry);

    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background:#fdecea; border:1px solid #ef9a9a; border-radius:4px; "
                       "padding:6px 10px; }"));
    m_error->hide();

    m_classTable->setObjectName(QStringLiteral("classTable"));
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classTable->setAlternatingRowColors(true);
    m_classTable->verticalHeader()->hide();
    m_classTable->verticalHeader()->setDefaultSectionSize(22);
    m_classTable->horizontalHeader()->setHighlightSections(false);

    m_problemsBox->setObjectName(QStringLiteral("problemsBox"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problems->setAlternatingRowColors(true);
    m_problems->setUniformItemSizes(true);
    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->setContentsMargins(6, 6, 6, 6);
    problemsLayout->addWidget(m_problems);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_classTable);
    splitter->addWidget(m_problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    ImportController *controller = m_wizard->controller();
    connect(controller, &ImportController::planReady, this, &ImportPreviewPage::onPlanReady);
    connect(controller, &ImportController::planFailed, this, &ImportPreviewPage::onPlanFailed);
    connect(controller, &ImportController::cancelled, this, &ImportPreviewPage::onCancelled);
    connect(controller, &JobController::runningChanged, this, [this](bool running) {
        if (!running && m_startWhenIdle) {
            m_startWhenIdle = false;
            startPlanning();
        }
    });
}

void ImportPreviewPage::initializePage()
{
    startPlanning();
}

void ImportPreviewPage::cleanupPage()
{
    // Back to the paths: a plan of the old paths is of no use any more.
    m_startWhenIdle = false;
    if (m_planning)
        m_wizard->controller()->cancel();
}

bool ImportPreviewPage::isComplete() const
{
    if (!m_ready)
        return false;
    const as::ImportPlan &plan = m_wizard->plan();
    return static_cast<int>(plan.videos.size()) > plan.missingCount();
}

void ImportPreviewPage::startPlanning()
{
    m_ready = false;
    m_error->hide();
    m_retry->hide();
    m_summary->clear();
    m_classTable->clear();
    m_classTable->setRowCount(0);
    m_classTable->setColumnCount(0);
    m_problems->clear();
    m_problemsBox->setTitle(tr("Problems"));
    setTitle(tr("Preview"));
    m_wizard->setPlan(as::ImportPlan());
    Q_EMIT completeChanged();

    if (m_wizard->controller()->isRunning()) {
        m_startWhenIdle = true; // a cancelled plan or commit is still winding down
        setBusy(true, tr("Waiting for the previous job to stop…"));
        return;
    }
    m_planning = m_wizard->controller()->plan(m_wizard->request());
    setBusy(m_planning, tr("Reading the lists…"));
}

void ImportPreviewPage::setBusy(bool busy, const QString &status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
}

void ImportPreviewPage::onPlanReady(const as::ImportPlan &plan)
{
    if (!m_planning)
        return;
    m_planning = false;
    setBusy(false, QString());
    m_wizard->setPlan(plan);
    showPlan(m_wizard->plan());
    m_ready = true;
    Q_EMIT completeChanged();
}

void ImportPreviewPage::onPlanFailed(const QString &error)
{
    if (!m_planning)
        return;
    m_planning = false;
    setBusy(false, QString());
    m_error->setText(error);
    m_error->show();
    m_retry->show();
}

void ImportPreviewPage::onCancelled()
{
    if (!m_planning)
        return;
    m_planning = false;
    setBusy(false, tr("Planning was cancelled. Go back to change the paths, or retry."));
    m_retry->show();
}

void ImportPreviewPage::showPlan(const as::ImportPlan &plan)
{
    fillClassTable(plan);
    fillProblems(plan);

    const int videos = static_cast<int>(plan.videos.size());
    QStringList parts;
    parts << tr("%1 in %2")
                 .arg(tr("%n video(s)", nullptr, videos),
                      tr("%n class(es)", nullptr, static_cast<int>(plan.classNames.size())));
    for (const auto &[split, counts] : as::countPlanPerSplit(plan)) {
        QString text = tr("split %1: %2 train, %3 test")
                           .arg(split)
                           .arg(counts[static_cast<int>(as::Subset::Train)])
                           .arg(counts[static_cast<int>(as::Subset::Test)]);
        if (const int unused = counts[static_cast<int>(as::Subset::Unused)])
            text += tr(", %1 unused").arg(unused);
        parts << text;
    }
    if (const int missing = plan.missingCount())
        parts << tr("%n listed video(s) not on disk", nullptr, missing);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    if (videos == 0) {
        m_error->setText(tr("These files list no video to import."));
        m_error->show();
    } else if (videos == plan.missingCount()) {
        m_error->setText(tr("None of the listed videos is on disk: check the video folder."));
        m_error->show();
    }
}

void ImportPreviewPage::fillClassTable(const as::ImportPlan &plan)
{
    const std::vector<as::PlanClassCounts> rows = as::countPlanPerClass(plan);
    const std::map<int, std::array<int, 3>> splits = as::countPlanPerSplit(plan);

    // Columns: class, videos, missing, then per split train, test and (when used) unused.
    struct SplitColumn
    {
        int split;
        as::Subset subset;
    };
    QList<SplitColumn> splitColumns;
    QStringList headers {tr("Class"), tr("Videos"), tr("Missing")};
    const bool oneSplit = splits.size() == 1;
    for (const auto &[split, counts] : splits) {
        for (const as::Subset subset : {as::Subset::Train, as::Subset::Test, as::Subset::Unused}) {
            if (subset == as::Subset::Unused && counts[static_cast<int>(subset)] == 0)
                continue;
            splitColumns.append({split, subset});
            const QString name = subset == as::Subset::Train ? tr("Train")
                : subset == as::Subset::Test                 ? tr("Test")
                                                             : tr("Unused");
            headers << (oneSplit ? name : tr("%1 (split %2)").arg(name).arg(split));
        }
    }

    m_classTable->setColumnCount(headers.size());
    m_classTable->setHorizontalHeaderLabels(headers);
    m_classTable->setRowCount(static_cast<int>(rows.size()) + 1);
    const QIcon classIcon = themeIcon(QStringLiteral("class"));
    std::vector<int> totals(static_cast<std::size_t>(headers.size()), 0);
    int row = 0;
    for (const as::PlanClassCounts &counts : rows) {
        auto *name = new QTableWidgetItem(classIcon,
                                          counts.className.empty()
                                              ? tr("(unlabelled)")
                                              : QString::fromStdString(counts.className));
        m_classTable->setItem(row, 0, name);
        QList<int> values {counts.videos, counts.missing};
        for (const SplitColumn &column : splitColumns) {
            const auto found = counts.perSplit.find(column.split);
            values << (found == counts.perSplit.end()
                           ? 0
                           : found->second[static_cast<std::size_t>(column.subset)]);
        }
        for (int i = 0; i < values.size(); ++i) {
            QTableWidgetItem *item = countItem(values[i]);
            if (i == 1) // missing videos: red when any, quiet when none
                item->setForeground(values[i] > 0 ? QBrush(QColor(0xb3, 0x26, 0x1e))
                                                  : palette().brush(QPalette::PlaceholderText));
            m_classTable->setItem(row, i + 1, item);
            totals[static_cast<std::size_t>(i + 1)] += values[i];
        }
        ++row;
    }
    // The last row sums the columns.
    QFont bold = m_classTable->font();
    bold.setBold(true);
    auto *totalName = new QTableWidgetItem(tr("Total"));
    totalName->setFont(bold);
    m_classTable->setItem(row, 0, totalName);
    for (int column = 1; column < headers.size(); ++column) {
        QTableWidgetItem *item = countItem(totals[static_cast<std::size_t>(column)]);
        item->setFont(bold);
        m_classTable->setItem(row, column, item);
    }

    QHeaderView *header = m_classTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, std::max(90, header->sectionSizeHint(column) + 16));
    }
}

void ImportPreviewPage::fillProblems(const as::ImportPlan &plan)
{
    const QIcon warning = themeIcon(QStringLiteral("warning"));
    for (const as::ErrorInfo &problem : plan.problems) {
        auto *item = new QListWidgetItem(warning, problemText(problem), m_problems);
        item->setToolTip(ErrorText::describe(problem));
        item->setData(PathRole, QString::fromStdString(problem.path));
        item->setData(LineRole, problem.line);
    }
    const QIcon missingIcon = themeIcon(QStringLiteral("video-error"));
    int missingListed = 0;
    for (const as::PlannedVideo &video : plan.videos) {
        if (!video.missing)
            continue;
        if (++missingListed > kMaxMissingListed)
            continue;
        // listedIn is "list:line" of the list that named the video first.
        const QString listedIn = QString::fromStdString(video.listedIn);
        const int colon = listedIn.lastIndexOf(QLatin1Char(':'));
        const QString list = colon > 0 ? listedIn.left(colon) : listedIn;
        const int line = colon > 0 ? listedIn.mid(colon + 1).toInt() : 0;
        const QString text = tr("%1:%2: the video %3 is not on disk and will be skipped.")
                                 .arg(QFileInfo(list).fileName())
                                 .arg(line)
                                 .arg(QString::fromStdString(video.path));
        auto *item = new QListWidgetItem(missingIcon, text, m_problems);
        item->setToolTip(listedIn);
        item->setData(PathRole, list);
        item->setData(LineRole, line);
    }
    if (missingListed > kMaxMissingListed) {
        new QListWidgetItem(
            tr("… and %n more video(s) not on disk.", nullptr, missingListed - kMaxMissingListed),
            m_problems);
    }

    const int count = static_cast<int>(plan.problems.size()) + plan.missingCount();
    m_problemsBox->setTitle(tr("Problems (%1)").arg(count));
    setTitle(count == 0 ? tr("Preview: no problems")
                        : tr("Preview: %n problem(s)", nullptr, count));
    if (count == 0)
        new QListWidgetItem(themeIcon(QStringLiteral("success")),
                            tr("Every line of the lists was understood."), m_problems);
}

} // namespace as::ui
