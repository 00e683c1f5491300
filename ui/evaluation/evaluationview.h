#pragma once

#include <QString>
#include <QWidget>

#include "ui/evaluation/evaluationdata.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace as::ui {

class Banner;
class ConfusionHeatMap;
class EvaluationController;
class EvaluationHeader;
class PerClassAccuracyChart;
class TestRunBar;
class TopPredictionsView;

/**
 * The evaluation of a finished run (issue 5, "Evaluation view"): a header naming every accuracy
 * with its protocol, the confusion matrix as a heat map (click a cell to list its clips,
 * double-click or Enter on a clip to play it), test accuracy per class, the most confused
 * pairs, every test clip's prediction and the top-5 of the selected one. A run without a test
 * report offers "Run test" with a clips × crops protocol, and "Predict a video…" (Ctrl+Shift+P)
 * shows the top-5 the run's model gives any video file. Reading, testing and predicting run in
 * an EvaluationController worker; errors show in the banner, naming the folder or file.
 */
class EvaluationView final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationView(QWidget *parent = nullptr);
    ~EvaluationView() override;

    QString runDir() const { return m_data.runDir; }
    /** What is shown; empty until a run has loaded. */
    const EvaluationData &data() const { return m_data; }
    bool isBusy() const;

    ConfusionHeatMap *heatMap() const { return m_heatMap; }
    PerClassAccuracyChart *perClassChart() const { return m_perClass; }
    QTableWidget *cellClipTable() const { return m_cellClips; }
    QTableWidget *pairTable() const { return m_pairs; }
    QTableWidget *predictionTable() const { return m_predictions; }
    TopPredictionsView *topPredictions() const { return m_top; }
    EvaluationHeader *header() const { return m_header; }
    TestRunBar *testRunBar() const { return m_testBar; }
    Banner *banner() const { return m_banner; }
    QPushButton *predictButton() const { return m_predictButton; }
    QPushButton *predictCancelButton() const { return m_predictCancel; }

public Q_SLOTS:
    /** Reads `runDir` (a run folder) in the background and shows it. */
    void openRun(const QString &runDir);
    /** Reads the current run again (F5). */
    void reload();
    /** Runs the final test of the current run with the protocol chosen in the test bar. */
    void runTest();
    /** Cancels reading or testing, or discards a running prediction (Esc). */
    void cancel();
    /** Asks for a video file and predicts it (Ctrl+Shift+P). */
    void choosePredictVideo();
    /** Shows the top-5 classes the current run's model gives the video `path` (any file). */
    void predictVideo(const QString &path);

Q_SIGNALS:
    /** A confusion-matrix cell was clicked: its clips are listed beside the heat map. */
    void cellActivated(int trueClass, int predictedClass);
    /** The user asked to play a test clip (double-click or Enter in a clip table). */
    void playRequested(const QString &videoPath);
    /** A run was read and is shown. */
    void runLoaded(const QString &runDir);
    /** The final test wrote a new report for `runDir` (the run list may refresh its metrics). */
    void testFinished(const QString &runDir);
    /** The top-5 of `videoPath` is shown in topPredictions(). */
    void videoPredicted(const QString &videoPath);
    /** A read, a test or a prediction started or ended. */
    void busyChanged(bool busy);

private:
    void buildLayout();
    QWidget *buildTopPredictionsBox();
    void showVideoPrediction(const QString &videoPath, const QStringList &classNames,
                             const QVector<double> &probabilities);
    void endPrediction();
    void startLoad(const QString &runDir);
    void showData(const EvaluationData &data);
    void showCell(int trueClass, int predictedClass);
    void showTopPredictions(int predictionIndex);
    void fillPairs();
    void fillPredictions();
    /** The prediction index a clip-table row stands for, or -1. */
    static int predictionAt(const QTableWidget *table, int row);
    void playRow(const QTableWidget *table, int row);

    EvaluationController *m_controller;
    EvaluationData m_data;
    EvaluationHeader *m_header;
    Banner *m_banner;
    TestRunBar *m_testBar;
    QSplitter *m_body;
    ConfusionHeatMap *m_heatMap;
    QLabel *m_cellTitle;
    QTableWidget *m_cellClips;
    PerClassAccuracyChart *m_perClass;
    QTableWidget *m_pairs;
    QTableWidget *m_predictions;
    TopPredictionsView *m_top;
    QPushButton *m_predictButton;
    QProgressBar *m_predictProgress;
    QPushButton *m_predictCancel;
};

} // namespace as::ui
