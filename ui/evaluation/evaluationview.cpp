#include "ui/evaluation/evaluationview.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/evaluation/confusionheatmap.h"
#include "ui/evaluation/evaluationcontroller.h"
#include "ui/evaluation/evaluationheader.h"
#include "ui/evaluation/perclassaccuracychart.h"
#include "ui/evaluation/testrunbar.h"
#include "ui/evaluation/toppredictionsview.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/preference.h"

namespace as::ui {

namespace {

constexpr int kPredictionRole = Qt::UserRole + 1;  // index into EvalReport::predictions
constexpr int kPathRole = Qt::UserRole + 2;        // the clip's video path
constexpr int kMaxPairs = 50;
constexpr int kPredictTopK = 5;

const Preference<QString> lastPredictDir {"evaluation/predictVideoDir"};

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    // Sorting, where enabled, starts A→Z on the first column (Qt's default is Z→A).
    table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

QGroupBox *makeGroup(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return group;
}

QTableWidgetItem *numberItem(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString className(const as::EvalReport &report, int index)
{
    if (index < 0 || index >= int(report.classNames.size()))
        return EvaluationView::tr("(none)");
    return QString::fromStdString(report.classNames[index]);
}

/** Clip rows: name (path in the tooltip), true class, predicted class, confidence in %. */
void fillClipRows(QTableWidget *table, const as::EvalReport &report, const QVector<int> &indices)
{
    table->setSortingEnabled(false);
    table->clearContents();
    table->setRowCount(int(indices.size()));
    int row = 0;
    for (int i : indices) {
        const as::EvalReport::Prediction &p = report.predictions[i];
        const QString path = QString::fromStdString(p.video);
        auto *clip = new QTableWidgetItem(QFileInfo(path).fileName());
        clip->setToolTip(path);
        clip->setData(kPredictionRole, i);
        clip->setData(kPathRole, path);
        table->setItem(row, 0, clip);
        table->setItem(row, 1, new QTableWidgetItem(className(report, p.label)));
        auto *predicted = new QTableWidgetItem(className(report, p.predicted));
        if (p.predicted != p.label)
            predicted->setForeground(QColor(0xc6, 0x28, 0x28));
        table->setItem(row, 2, predicted);
        table->setItem(row, 3, numberItem(std::round(p.confidence * 1000.0) / 10.0));
        ++row;
    }
    table->setSortingEnabled(true);
}

} // namespace

EvaluationView::EvaluationView(QWidget *parent)
    : QWidget(parent)
    , m_controller(new EvaluationController(this))
    , m_header(new EvaluationHeader(this))
    , m_banner(new Banner(this))
    , m_testBar(new TestRunBar(this))
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_heatMap(new ConfusionHeatMap(this))
    , m_cellTitle(new QLabel(this))
    , m_cellClips(makeTable(QStringLiteral("cellClipTable"),
                            {tr("Clip"), tr("True"), tr("Predicted"), tr("Confidence (%)")}, this))
    , m_perClass(new PerClassAccuracyChart(this))
    , m_pairs(makeTable(QStringLiteral("confusedPairsTable"),
                        {tr("True class"), tr("Predicted as"), tr("Clips"), tr("Share (%)")}, this))
    , m_predictions(makeTable(QStringLiteral("predictionsTable"),
                              {tr("Clip"), tr("True"), tr("Predicted"), tr("Confidence (%)")},
                              this))
    , m_top(new TopPredictionsView(this))
    , m_predictButton(new QPushButton(tr("Predict a video\u2026"), this))
    , m_predictProgress(new QProgressBar(this))
    , m_predictCancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("evaluationView"));
    buildLayout();

    connect(m_controller, &EvaluationController::loaded, this, &EvaluationView::showData);
    connect(m_controller, &EvaluationController::loadFailed, this,
            [this](const QString &dir, const QString &error) {
                m_header->setStatus(tr("Could not read %1").arg(dir));
                m_banner->showMessage(Banner::Kind::Error, error);
            });
    connect(m_controller, &EvaluationController::testFinished, this, [this](const QString &dir) {
        m_testBar->setRunning(false);
        m_banner->showMessage(Banner::Kind::Success,
                              tr("The test finished; its report is in %1/test.").arg(dir));
        Q_EMIT testFinished(dir);
        startLoad(dir); // keeps the banner: the user should see where the report went

    });
    connect(m_controller, &EvaluationController::testFailed, this,
            [this](const QString &, const QString &error, bool cancelled) {
                m_testBar->setRunning(false);
                m_header->setData(m_data);
                if (cancelled)
                    m_banner->showMessage(Banner::Kind::Information,
                                          tr("The test was cancelled; nothing was written."));
                else
                    m_banner->showMessage(Banner::Kind::Error, error);
            });
    connect(m_controller, &EvaluationController::predicted, this,
            &EvaluationView::showVideoPrediction);
    connect(m_controller, &EvaluationController::predictFailed, this,
            [this](const QString &videoPath, const QString &error, bool cancelled) {
                endPrediction();
                if (cancelled)
                    m_banner->showMessage(
                        Banner::Kind::Information,
                        tr("The prediction of %1 was cancelled.").arg(videoPath));
                else
                    m_banner->showMessage(Banner::Kind::Error, error);
            });
    connect(m_controller, &JobController::runningChanged, this, &EvaluationView::busyChanged);
    connect(m_predictButton, &QPushButton::clicked, this, &EvaluationView::choosePredictVideo);
    connect(m_predictCancel, &QPushButton::clicked, this, &EvaluationView::cancel);

    connect(m_testBar, &TestRunBar::runRequested, this, &EvaluationView::runTest);
    connect(m_testBar, &TestRunBar::cancelRequested, this, &EvaluationView::cancel);
    connect(m_header->testAgainButton(), &QToolButton::clicked, m_testBar, &QWidget::show);
    connect(m_heatMap, &ConfusionHeatMap::cellActivated, this, &EvaluationView::showCell);
    connect(m_heatMap, &ConfusionHeatMap::cellActivated, this, &EvaluationView::cellActivated);

    for (QTableWidget *table : {m_cellClips, m_predictions}) {
        connect(table, &QTableWidget::currentCellChanged, this, [this, table](int row) {
            showTopPredictions(predictionAt(table, row));
        });
        connect(table, &QAbstractItemView::activated, this,
                [this, table](const QModelIndex &index) { playRow(table, index.row()); });
    }
    connect(m_pairs, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = m_pairs->item(row, 0);
        if (item)
            m_heatMap->activateCell(item->data(kPredictionRole).toInt(),
                                    m_pairs->item(row, 1)->data(kPredictionRole).toInt());
    });

    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadAction, &QAction::triggered, this, &EvaluationView::reload);
    addAction(reloadAction);
    auto *cancelAction = new QAction(tr("Cancel"), this);
    cancelAction->setShortcut(QKeySequence::Cancel);
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelAction, &QAction::triggered, this, &EvaluationView::cancel);
    addAction(cancelAction);
    auto *predictAction = new QAction(tr("Predict a video\u2026"), this);
    predictAction->setObjectName(QStringLiteral("predictVideoAction"));
    predictAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    predictAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(predictAction, &QAction::triggered, this, &EvaluationView::choosePredictVideo);
    addAction(predictAction);
    m_predictButton->setToolTip(
        tr("Classify any video file with this run's model and show its top 5 (%1)")
            .arg(predictAction->shortcut().toString(QKeySequence::NativeText)));

    showData(EvaluationData{});
    m_header->setStatus(tr("Open a finished run to see its evaluation."));
}

EvaluationView::~EvaluationView() = default;

void EvaluationView::buildLayout()
{
    auto *heatScroll = new QScrollArea(this);
    heatScroll->setObjectName(QStringLiteral("heatMapScroll"));
    heatScroll->setWidgetResizable(true);
    heatScroll->setFrameShape(QFrame::NoFrame);
    heatScroll->setWidget(m_heatMap);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(m_perClass);

    m_cellTitle->setObjectName(QStringLiteral("cellTitleLabel"));
    m_cellTitle->setWordWrap(true);
    auto *cellBox = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cellBox);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(m_cellTitle);
    cellLayout->addWidget(m_cellClips);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(makeGroup(tr("Clips of the selected cell"), cellBox, this));
    middle->addWidget(makeGroup(tr("Per-class accuracy"), chartScroll, this));
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(makeGroup(tr("Most confused pairs"), m_pairs, this));
    right->addWidget(makeGroup(tr("Test predictions"), m_predictions, this));
    right->addWidget(makeGroup(tr("Top-5 of the selected clip or video"),
                               buildTopPredictionsBox(), this));
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 0);

    m_body->setObjectName(QStringLiteral("evaluationSplitter"));
    m_body->addWidget(makeGroup(tr("Confusion matrix (test)"), heatScroll, this));
    m_body->addWidget(middle);
    m_body->addWidget(right);
    m_body->setStretchFactor(0, 5);
    m_body->setStretchFactor(1, 3);
    m_body->setStretchFactor(2, 4);
    m_body->setSizes({700, 400, 500});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_testBar);
    layout->addWidget(m_body, 1);
}

QWidget *EvaluationView::buildTopPredictionsBox()
{
    m_predictButton->setObjectName(QStringLiteral("predictVideoButton"));
    m_predictProgress->setObjectName(QStringLiteral("predictProgress"));
    m_predictProgress->setRange(0, 0); // the recognizer reports no progress: a busy bar
    m_predictProgress->setTextVisible(false);
    m_predictProgress->setMaximumHeight(16);
    m_predictProgress->hide();
    m_predictCancel->setObjectName(QStringLiteral("predictCancelButton"));
    m_predictCancel->hide();

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_predictButton);
    bar->addWidget(m_predictProgress, 1);
    bar->addWidget(m_predictCancel);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(m_top, 1);
    return box;
}

bool EvaluationView::isBusy() const
{
    return m_controller->isRunning();
}

void EvaluationView::openRun(const QString &runDir)
{
    if (m_controller->isRunning()) {
        m_banner->showMessage(
            Banner::Kind::Warning,
            tr("Wait for the current test or prediction to finish, or cancel it."));
        return;
    }
    m_banner->hide();
    startLoad(runDir);
}

void EvaluationView::startLoad(const QString &runDir)
{
    m_header->setStatus(tr("Reading %1\u2026").arg(runDir));
    m_controller->load(runDir);
}

void EvaluationView::reload()
{
    if (!m_data.runDir.isEmpty())
        openRun(m_data.runDir);
}

void EvaluationView::runTest()
{
    if (m_data.runDir.isEmpty() || m_controller->isRunning())
        return;
    m_banner->hide();
    m_testBar->show();
    if (!m_controller->runTest(m_data.runDir, m_testBar->options()))
        return;
    m_testBar->setRunning(true);
    m_header->setStatus(tr("Testing %1 on its test videos\u2026").arg(m_data.runDir));
}

void EvaluationView::cancel()
{
    m_controller->cancel();
}

void EvaluationView::choosePredictVideo()
{
    if (m_data.runDir.isEmpty() || m_controller->isRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Predict a video"), lastPredictDir.get(),
        tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.3gp *.ogv);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    lastPredictDir.set(QFileInfo(path).absolutePath());
    predictVideo(path);
}

void EvaluationView::predictVideo(const QString &path)
{
    if (m_data.runDir.isEmpty() || m_controller->isRunning())
        return;
    m_banner->hide();
    if (!m_controller->predict(m_data.runDir, path, kPredictTopK))
        return;
    m_predictButton->setEnabled(false);
    m_predictProgress->show();
    m_predictCancel->show();
    m_top->clear();
    m_header->setStatus(tr("Predicting %1 with the model of %2\u2026")
                            .arg(QDir::toNativeSeparators(path), m_data.runDir));
}

void EvaluationView::endPrediction()
{
    m_predictButton->setEnabled(!m_data.runDir.isEmpty() && m_data.run.hasCheckpoint);
    m_predictProgress->hide();
    m_predictCancel->hide();
    m_header->setData(m_data); // replaces the "Predicting…" status
}

void EvaluationView::showVideoPrediction(const QString &videoPath, const QStringList &classNames,
                                         const QVector<double> &probabilities)
{
    QVector<TopPredictionsView::Entry> entries;
    for (int i = 0; i < classNames.size() && i < probabilities.size(); ++i) {
        TopPredictionsView::Entry entry;
        entry.className = classNames[i];
        entry.probability = probabilities[i];
        entries.append(entry); // the true class of an arbitrary video is unknown
    }
    m_top->setPredictions(QFileInfo(videoPath).fileName(), entries);
    endPrediction();
    Q_EMIT videoPredicted(videoPath);
}

void EvaluationView::showData(const EvaluationData &data)
{
    m_data = data;
    const as::EvalReport &report = m_data.report;
    m_header->setData(m_data);
    m_header->setVisible(true);

    m_testBar->setConfigured(data.configTestClips, data.configTestCrops);
    m_testBar->setVisible(!data.runDir.isEmpty() && !data.hasReport);
    m_testBar->setMessage(
        tr("This run has no test report. Test its best checkpoint on the test videos to see the "
           "confusion matrix and per-class accuracy."));

    QStringList names;
    for (const std::string &name : report.classNames)
        names << QString::fromStdString(name);
    QVector<QVector<int>> confusion;
    for (const std::vector<int> &row : report.confusion)
        confusion.append(QVector<int>(row.begin(), row.end()));
    m_heatMap->setMatrix(names, confusion);

    if (data.hasReport) {
        const std::vector<double> accuracy = as::perClassAccuracy(report);
        m_perClass->setAccuracies(names, QVector<double>(accuracy.begin(), accuracy.end()));
    } else {
        m_perClass->clear();
    }
    fillPairs();
    fillPredictions();
    fillClipRows(m_cellClips, report, {});
    m_cellTitle->setText(data.hasReport ? tr("Click a cell of the matrix to list its clips.")
                                        : QString());
    m_top->clear();
    m_predictButton->setEnabled(!data.runDir.isEmpty() && data.run.hasCheckpoint);
    if (!data.runDir.isEmpty())
        Q_EMIT runLoaded(data.runDir);
}

void EvaluationView::fillPairs()
{
    const as::EvalReport &report = m_data.report;
    const auto pairs = as::mostConfusedPairs(report, kMaxPairs);
    m_pairs->setSortingEnabled(false);
    m_pairs->clearContents();
    m_pairs->setRowCount(int(pairs.size()));
    int row = 0;
    for (const auto &[t, p, n] : pairs) {
        int total = 0;
        for (int c : report.confusion[t])
            total += c;
        auto *truth = new QTableWidgetItem(className(report, t));
        truth->setData(kPredictionRole, t);
        auto *predicted = new QTableWidgetItem(className(report, p));
        predicted->setData(kPredictionRole, p);
        m_pairs->setItem(row, 0, truth);
        m_pairs->setItem(row, 1, predicted);
        m_pairs->setItem(row, 2, numberItem(n));
        m_pairs->setItem(row, 3, numberItem(total > 0 ? std::round(1000.0 * n / total) / 10.0 : 0.0));
        ++row;
    }
}

void EvaluationView::fillPredictions()
{
    QVector<int> all(int(m_data.report.predictions.size()));
    std::iota(all.begin(), all.end(), 0);
    fillClipRows(m_predictions, m_data.report, all);
}

void EvaluationView::showCell(int trueClass, int predictedClass)
{
    const as::EvalReport &report = m_data.report;
    QVector<int> indices;
    for (int i = 0; i < int(report.predictions.size()); ++i)
        if (report.predictions[i].label == trueClass
            && report.predictions[i].predicted == predictedClass)
            indices.append(i);
    fillClipRows(m_cellClips, report, indices);
    m_cellTitle->setText(tr("True <b>%1</b> \u2192 predicted <b>%2</b>: %n clip(s)", nullptr,
                            int(indices.size()))
                             .arg(className(report, trueClass).toHtmlEscaped(),
                                  className(report, predictedClass).toHtmlEscaped()));
    if (!indices.isEmpty())
        m_cellClips->selectRow(0);
}

int EvaluationView::predictionAt(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = row >= 0 ? table->item(row, 0) : nullptr;
    return item ? item->data(kPredictionRole).toInt() : -1;
}

void EvaluationView::showTopPredictions(int predictionIndex)
{
    const as::EvalReport &report = m_data.report;
    if (predictionIndex < 0 || predictionIndex >= int(report.predictions.size())) {
        m_top->clear();
        return;
    }
    const as::EvalReport::Prediction &p = report.predictions[predictionIndex];
    QVector<TopPredictionsView::Entry> entries;
    for (int c : p.top5) {
        TopPredictionsView::Entry entry;
        entry.className = className(report, c);
        entry.probability = c >= 0 && c < int(p.probabilities.size())
            ? p.probabilities[c]
            : (c == p.predicted ? p.confidence : 0.0);
        entry.isTrueClass = c == p.label;
        entries.append(entry);
    }
    m_top->setPredictions(QFileInfo(QString::fromStdString(p.video)).fileName(), entries);
}

void EvaluationView::playRow(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = row >= 0 ? table->item(row, 0) : nullptr;
    if (item)
        Q_EMIT playRequested(item->data(kPathRole).toString());
}

} // namespace as::ui
