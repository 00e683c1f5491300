// Tests of the torch-free readers the desktop UI uses: build and device information, the
// per-iteration metrics of a run (including one killed mid-line), and evaluation reports read
// back from writeEvalReport() with quoted CSV fields.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <thread>

#include <ATen/Parallel.h>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

#include "core/common/buildinfo.h"
#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/train/checkpoint.h"
#include "core/train/evalreport.h"
#include "core/train/metricslog.h"
#include "core/train/runinfo.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

void appendText(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::app | std::ios::binary);
    out << text;
}

void replaceOnce(std::string &text, const std::string &from, const std::string &to)
{
    const std::size_t at = text.find(from);
    QVERIFY2(at != std::string::npos, from.c_str());
    text.replace(at, from.size(), to);
}

/** The error `f` throws; fails the test (and returns an empty Error) when it throws none. */
template<typename F>
Error errorOf(F f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    return Error("", "no error thrown");
}

/** Five classes whose names need quoting, a '|' (the top-5 separator) and a line break. */
const std::vector<std::string> kClasses{"walk", "jump, high", "say \"hi\"", "a|b", "two\nlines"};

EvalResult handMadeResult()
{
    EvalResult r;
    r.protocol = "1 clip x 1 centre crop, \"quoted\", 4 frames";
    r.samples = 3;
    r.top1 = 0.5;
    r.top5 = 1.0;
    r.loss = 1.25;
    r.meanClassAccuracy = 0.4875;
    r.confusion = {{3, 1, 0, 0, 0},
                   {2, 2, 0, 0, 0},
                   {0, 0, 1, 4, 0},
                   {0, 1, 0, 1, 0},
                   {0, 0, 0, 0, 0}};
    r.labels = {0, 3, -1};
    r.scores = {{0.5f, 0.2f, 0.1f, 0.15f, 0.05f},
                {0.05f, 0.1f, 0.6f, 0.2f, 0.05f},
                {0.1f, 0.15f, 0.05f, 0.3f, 0.4f}};
    return r;
}

} // namespace

class TestRunReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildInfoMatchesTheLibraries();
    void deviceDescriptions();
    void iterationMetricsReadBack();
    void iterationMetricsErrors();
    void evalReportRoundTrip();
    void evalReportHelpers();
    void evalReportErrors();
    void runCheckpointPrefersBestThenLast();
};

void TestRunReaders::buildInfoMatchesTheLibraries()
{
    const BuildInfo info = buildInfo();
    QVERIFY(!info.libtorchVersion.empty());
    QVERIFY(!info.opencvVersion.empty());
    QCOMPARE(info.libtorchVersion, std::string(TORCH_VERSION));
    QCOMPARE(info.opencvVersion, std::string(CV_VERSION));
    QVERIFY(!info.devices.empty());
    QCOMPARE(info.devices.front(), std::string("cpu"));
    QCOMPARE(info.cudaAvailable, info.cudaDeviceCount > 0);
    QCOMPARE(info.devices.size(), std::size_t(1 + info.cudaDeviceCount));
    for (int i = 0; i < info.cudaDeviceCount; ++i)
        QCOMPARE(info.devices[1 + i], "cuda:" + std::to_string(i));
    QCOMPARE(info.cpuCores, int(std::max(1u, std::thread::hardware_concurrency())));

    const int before = at::get_num_threads();
    at::set_num_threads(3);
    QCOMPARE(buildInfo().torchThreads, 3);
    at::set_num_threads(before);
    QCOMPARE(buildInfo().torchThreads, before);
}

void TestRunReaders::deviceDescriptions()
{
    const int before = at::get_num_threads();
    at::set_num_threads(3);
    QCOMPARE(deviceDescription("cpu"), std::string("CPU (3 threads)"));
    at::set_num_threads(1);
    QCOMPARE(deviceDescription("cpu"), std::string("CPU (1 thread)"));
    at::set_num_threads(before);

    const BuildInfo info = buildInfo();
    if (info.cudaAvailable) {
        QCOMPARE(deviceDescription("auto"), std::string("CUDA device 0"));
        QCOMPARE(deviceDescription("cuda"), std::string("CUDA device 0"));
        QCOMPARE(deviceDescription("cuda:0"), std::string("CUDA device 0"));
        const std::string missing = deviceDescription("cuda:99");
        QVERIFY2(contains(missing, "CUDA device 99 is not available"), missing.c_str());
    } else {
        QCOMPARE(deviceDescription("auto"), deviceDescription("cpu"));
        for (const char *device : {"cuda", "cuda:0", "cuda:1"}) {
            const std::string text = deviceDescription(device);
            QVERIFY2(contains(text, "is not available") && contains(text, "no CUDA"), text.c_str());
        }
        QVERIFY(contains(deviceDescription("cuda:1"), "CUDA device 1 "));
    }
    for (const char *device : {"tpu", "cuda:x", "cuda:", "CPU", ""}) {
        const std::string text = deviceDescription(device);
        QVERIFY2(contains(text, "Unknown device '" + std::string(device) + "'"), text.c_str());
    }
}

void TestRunReaders::iterationMetricsReadBack()
{
    QTemporaryDir tmp;
    const std::string run = test::path(tmp, "run1");
    fs::create_directories(run);
    QVERIFY(readIterationMetrics(run).empty()); // no metrics.jsonl yet

    std::vector<IterationMetrics> written;
    for (int i = 0; i < 3; ++i) {
        IterationMetrics m;
        m.epoch = i / 2;
        m.iteration = i % 2;
        m.iterationsPerEpoch = 2;
        m.globalStep = 5'000'000'000LL + i; // past 32 bits
        m.loss = i == 1 ? kNaN : 2.5 - 0.123456789 * i;
        m.learningRate = 0.01 / (i + 1);
        m.clipsPerSecond = 17.25 + i;
        written.push_back(m);
    }
    {
        MetricsLog log(run + "/metrics.jsonl");
        log.logIteration(written[0]);
        log.logIteration(written[1]);
        EpochMetrics epoch;
        epoch.epoch = 0;
        epoch.epochs = 2;
        epoch.trainLoss = kNaN; // a diverged epoch: JSON writes null
        epoch.valTop1 = 0.25;
        epoch.validated = true;
        log.logEpoch(epoch);
        log.logIteration(written[2]);
    }
    // A kill in the middle of the next record.
    appendText(run + "/metrics.jsonl", R"({"type":"iter","epoch":1,"iteration":1,"st)");

    const std::vector<IterationMetrics> read = readIterationMetrics(run);
    QCOMPARE(read.size(), written.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        QCOMPARE(read[i].epoch, written[i].epoch);
        QCOMPARE(read[i].iteration, written[i].iteration);
        QCOMPARE(read[i].globalStep, written[i].globalStep);
        QCOMPARE(read[i].learningRate, written[i].learningRate);
        QCOMPARE(read[i].clipsPerSecond, written[i].clipsPerSecond);
        if (std::isnan(written[i].loss))
            QVERIFY(std::isnan(read[i].loss));
        else
            QCOMPARE(read[i].loss, written[i].loss);
    }

    // The epoch reader shares the file: a NaN (null) loss and the cut line do not break it.
    const std::vector<EpochMetrics> epochs = readEpochMetrics(run);
    QCOMPARE(epochs.size(), std::size_t(1));
    QVERIFY(std::isnan(epochs[0].trainLoss));
    QCOMPARE(epochs[0].valTop1, 0.25);
}

void TestRunReaders::iterationMetricsErrors()
{
    QTemporaryDir tmp;
    const std::string missing = test::path(tmp, "no-such-run");
    const Error notFound = errorOf([&] { readIterationMetrics(missing); });
    QCOMPARE(notFound.code(), std::string("run.notfound"));
    QCOMPARE(notFound.path(), missing);
    QVERIFY(contains(notFound.what(), missing));

    // Damage before the last line is reported with its line number, not skipped.
    const std::string run = test::path(tmp, "run2");
    fs::create_directories(run);
    const std::string file = run + "/metrics.jsonl";
    writeFileAtomically(file, R"({"type":"iter","epoch":0,"iteration":0,"step":0,"loss":1})"
                              "\n{\"type\":\"it\n"
                              R"({"type":"iter","epoch":0,"iteration":1,"step":1,"loss":1})"
                              "\n");
    const Error corrupt = errorOf([&] { readIterationMetrics(run); });
    QCOMPARE(corrupt.code(), std::string("run.metrics"));
    QCOMPARE(corrupt.path(), file);
    QCOMPARE(corrupt.info().line, 2);
    QVERIFY2(contains(corrupt.what(), file + ":2"), corrupt.what());

    // A record of the wrong type names its line too.
    writeFileAtomically(file, R"({"type":"iter","epoch":0,"loss":1})"
                              "\n"
                              R"({"type":"iter","epoch":"zero","loss":1})"
                              "\n");
    QCOMPARE(errorOf([&] { readIterationMetrics(run); }).info().line, 2);
}

void TestRunReaders::evalReportRoundTrip()
{
    QTemporaryDir tmp;
    const std::string folder = test::path(tmp, "test");
    const EvalResult result = handMadeResult();
    writeEvalReport(folder, result, kClasses, {"clips/a,b.mp4", "clips/\"q\".avi"});

    const EvalReport report = readEvalReport(folder);
    QCOMPARE(report.protocol, result.protocol);
    QCOMPARE(report.samples, result.samples);
    QCOMPARE(report.top1, result.top1);
    QCOMPARE(report.top5, result.top5);
    QCOMPARE(report.meanClassAccuracy, result.meanClassAccuracy);
    QCOMPARE(report.loss, result.loss);
    QCOMPARE(report.classNames, kClasses);
    QCOMPARE(report.confusion, result.confusion);

    struct Expected
    {
        std::string video;
        int label;
        int predicted;
        std::vector<int> top5;
    };
    // Top-5 by hand from the scores (ties keep class order, as the writer sorts stably).
    const std::vector<Expected> expected{{"clips/a,b.mp4", 0, 0, {0, 1, 3, 2, 4}},
                                         {"clips/\"q\".avi", 3, 2, {2, 3, 1, 0, 4}},
                                         {"2", -1, 4, {4, 3, 1, 0, 2}}};
    QCOMPARE(report.predictions.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const EvalReport::Prediction &p = report.predictions[i];
        QCOMPARE(p.video, expected[i].video);
        QCOMPARE(p.label, expected[i].label);
        QCOMPARE(p.predicted, expected[i].predicted);
        QCOMPARE(p.top5, expected[i].top5);
        QVERIFY(std::abs(p.confidence - result.scores[i][p.predicted]) < 1e-6);
        QCOMPARE(p.probabilities.size(), kClasses.size());
        for (std::size_t c = 0; c < kClasses.size(); ++c)
            QVERIFY(std::abs(p.probabilities[c] - result.scores[i][c]) < 1e-6f);
    }

    // Without kept scores there is no predictions.csv: the rest still reads.
    EvalResult noScores = result;
    noScores.scores.clear();
    writeEvalReport(test::path(tmp, "summary-only"), noScores, kClasses, {});
    const EvalReport summaryOnly = readEvalReport(test::path(tmp, "summary-only"));
    QVERIFY(summaryOnly.predictions.empty());
    QCOMPARE(summaryOnly.confusion, result.confusion);

    // A NaN loss is written as null and reads back as NaN.
    EvalResult diverged = result;
    diverged.loss = kNaN;
    writeEvalReport(test::path(tmp, "nan"), diverged, kClasses, {});
    QVERIFY(std::isnan(readEvalReport(test::path(tmp, "nan")).loss));
}

void TestRunReaders::evalReportHelpers()
{
    EvalReport report;
    report.classNames = kClasses;
    report.confusion = handMadeResult().confusion;

    using Pair = std::tuple<int, int, int>;
    const std::vector<Pair> all{{2, 3, 4}, {1, 0, 2}, {0, 1, 1}, {3, 1, 1}};
    QCOMPARE(mostConfusedPairs(report, -1), all);
    QCOMPARE(mostConfusedPairs(report, 10), all);
    QCOMPARE(mostConfusedPairs(report, 2), std::vector<Pair>(all.begin(), all.begin() + 2));
    QVERIFY(mostConfusedPairs(report, 0).empty());

    const std::vector<double> accuracy = perClassAccuracy(report);
    QCOMPARE(accuracy.size(), std::size_t(5));
    QCOMPARE(accuracy[0], 0.75);
    QCOMPARE(accuracy[1], 0.5);
    QCOMPARE(accuracy[2], 0.2);
    QCOMPARE(accuracy[3], 0.5);
    QVERIFY(std::isnan(accuracy[4])); // no samples of that class
}

void TestRunReaders::evalReportErrors()
{
    QTemporaryDir tmp;
    const std::string folder = test::path(tmp, "test");
    writeEvalReport(folder, handMadeResult(), kClasses, {"clips/a,b.mp4", "clips/\"q\".avi"});
    const std::string predictions = folder + "/predictions.csv";
    const std::string original = readFile(predictions);

    // The header and each record span two lines or more (the "two\nlines" class is quoted in
    // the header and in every top-5), so the second record starts on line 5, the third on 7.
    std::string extraField = original;
    replaceOnce(extraField, "\"clips/\"\"q\"\".avi\",", "\"clips/\"\"q\"\".avi\",bogus,");
    writeFileAtomically(predictions, extraField);
    Error e = errorOf([&] { readEvalReport(folder); });
    QCOMPARE(e.code(), std::string("eval.report"));
    QCOMPARE(e.path(), predictions);
    QCOMPARE(e.info().line, 5);
    QVERIFY2(contains(e.what(), predictions + ":5"), e.what());

    std::string unknownClass = original;
    replaceOnce(unknownClass, "\n2,class -1,", "\n2,nobody,");
    writeFileAtomically(predictions, unknownClass);
    e = errorOf([&] { readEvalReport(folder); });
    QCOMPARE(e.info().line, 7);
    QVERIFY2(contains(e.what(), "nobody"), e.what());

    // The third record also has the quoted "two\nlines" as its prediction: lines 7 to 9.
    writeFileAtomically(predictions, original + "\"3,class -1");
    e = errorOf([&] { readEvalReport(folder); });
    QCOMPARE(e.info().line, 10);
    QVERIFY2(contains(e.what(), "not closed"), e.what());

    writeFileAtomically(predictions, original);
    QCOMPARE(readEvalReport(folder).predictions.size(), std::size_t(3));

    const std::string confusion = folder + "/confusion.csv";
    std::string badCount = readFile(confusion);
    replaceOnce(badCount, ",4,", ",four,");
    writeFileAtomically(confusion, badCount);
    e = errorOf([&] { readEvalReport(folder); });
    QCOMPARE(e.path(), confusion);
    QCOMPARE(e.info().line, 5); // header on lines 1-2, then walk, "jump, high", "say ""hi"""
    QVERIFY2(contains(e.what(), "four"), e.what());

    fs::remove(folder + "/summary.json");
    e = errorOf([&] { readEvalReport(folder); });
    QCOMPARE(e.path(), folder + "/summary.json");
    QCOMPARE(errorOf([&] { readEvalReport(test::path(tmp, "none")); }).path(),
             test::path(tmp, "none"));
}

/** The one rule for a run's checkpoint (live, evaluation, export): best.pt, else last.pt. */
void TestRunReaders::runCheckpointPrefersBestThenLast()
{
    QTemporaryDir tmp;
    const std::string run = tmp.path().toStdString() + "/run";
    std::filesystem::create_directories(run + "/checkpoints");
    try {
        runCheckpoint(run, true);
        QFAIL("a run without checkpoints gave one");
    } catch (const Error &e) {
        QCOMPARE(e.code(), std::string("run.nocheckpoint"));
        QVERIFY(std::string(e.what()).find(run) != std::string::npos);
    }
    std::ofstream(run + "/checkpoints/last.pt") << "x";
    QCOMPARE(runCheckpoint(run, true), run + "/checkpoints/last.pt");  // no best yet
    std::ofstream(run + "/checkpoints/best.pt") << "x";
    QCOMPARE(runCheckpoint(run, true), run + "/checkpoints/best.pt");
    QCOMPARE(runCheckpoint(run, false), run + "/checkpoints/last.pt");
}

QTEST_APPLESS_MAIN(TestRunReaders)
#include "testrunreaders.moc"
