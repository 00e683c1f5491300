// Tests of actionstudio-cli as a user runs it: help, bad input with clear messages naming the
// file or field, a training run killed with SIGKILL that resumes where it stopped, and live
// recognition on a generated video (per-window lines, CSV, --bench measurements, Ctrl+C).

#include <csignal>
#include <filesystem>
#include <fstream>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "testutil.h"

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath()
{
    return QStringLiteral(ACTIONSTUDIO_BINARY_DIR "/app/actionstudio-cli");
}

Result runCli(const QStringList &args, int timeoutMs = 240000)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_liveRun;

    /** A tiny X3D-XS run trained once with the CLI (one epoch): live needs a finished run. */
    QString liveRun()
    {
        if (!m_liveRun.isEmpty())
            return m_liveRun;
        const QString config = m_dir.filePath(QStringLiteral("live.yaml"));
        std::ofstream(config.toStdString())
            << "model: {name: x3d_xs}\n"
               "input: {clip_length_frames: 4, frame_interval: 2, short_side: 48, crop_size: 32}\n"
               "augment: {horizontal_flip: false}\n"
               "data: {cache_short_side: 48}\n"
               "optim: {epochs: 1, batch_size: 8, lr: 0.05, warmup_epochs: 0, warmup_start_lr: 0.05}\n"
               "eval: {final_test: false}\n"
               "run: {name: live, seed: 7, workers: 1}\n";
        const Result r = runCli({QStringLiteral("train"), QStringLiteral("--config"), config,
                                 QStringLiteral("--project"), m_project});
        if (r.exitCode == 0)
            m_liveRun = m_project + QStringLiteral("/runs/live");
        else
            qWarning("training the live run failed: %s", qPrintable(r.err));
        return m_liveRun;
    }

    /** A short generated video: 8 s at 30 fps, 64x48 (SynthMotion, one clip per class). */
    QString liveVideo()
    {
        const QString dir = m_dir.filePath(QStringLiteral("livevideo"));
        const QString video = dir + QStringLiteral("/grow/grow_001.avi");
        if (!QFile::exists(video)) {
            const Result r = runCli({QStringLiteral("synth"), QStringLiteral("--out"), dir,
                                     QStringLiteral("--clips-per-class"), QStringLiteral("1"),
                                     QStringLiteral("--frames"), QStringLiteral("240"),
                                     QStringLiteral("--fps"), QStringLiteral("30"),
                                     QStringLiteral("--width"), QStringLiteral("64"),
                                     QStringLiteral("--height"), QStringLiteral("48")});
            if (r.exitCode != 0)
                qWarning("synth failed: %s", qPrintable(r.err));
        }
        return video;
    }

    /** Lines of a `live` output that report one window: "[  0.00 -   0.27 s]  label ...". */
    static QStringList windowLines(const QString &out)
    {
        static const QRegularExpression window(
            QStringLiteral("^\\[\\s*[0-9.]+ - \\s*[0-9.]+ s\\]"));
        QStringList lines;
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (window.match(line).hasMatch())
                lines << line;
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(cliPath()));
        m_project = m_dir.filePath(QStringLiteral("demo"));
        const Result r = runCli({QStringLiteral("demo"), QStringLiteral("--project"), m_project,
                                 QStringLiteral("--clips-per-class"), QStringLiteral("8"),
                                 QStringLiteral("--frames"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void everyCommandHasHelp()
    {
        for (const char *cmd : {"synth", "import", "extract", "train", "eval", "predict", "demo",
                                "runs"}) {
            const Result r = runCli({QString::fromLatin1(cmd), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Usage")) || r.out.contains(QStringLiteral("Options")),
                     cmd);
        }
        QVERIFY(runCli({}).exitCode != 0);
    }

    void badConfigNamesEveryField()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.yaml"));
        std::ofstream(file.toStdString()) << "model:\n  name: nope\noptim:\n  lr: -1\n  epohcs: 3\n";
        const Result r = runCli({QStringLiteral("train"), QStringLiteral("--config"), file,
                                 QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("optim.epohcs")));
        QVERIFY(r.err.contains(QStringLiteral("line 5")));

        const QString good = m_dir.filePath(QStringLiteral("good.yaml"));
        QFile::copy(QStringLiteral(ACTIONSTUDIO_SOURCE_DIR "/resources/presets/x3d_xs_synthmotion.yaml"), good);
        const Result ok = runCli({QStringLiteral("train"), QStringLiteral("--config"), good,
                                  QStringLiteral("--check")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("clip_length_frames: 4")));
        QVERIFY(ok.out.contains(QStringLiteral("frame_interval: 10")));
        // Fully resolved: the training-engine sections the file leaves out are printed too.
        for (const char *line : {"schedule: warmup_cosine", "accumulate_steps: 1",
                                 "label_smoothing: 0.0", "precise_bn_batches: 0", "keep_last: 1",
                                 "final_test: true", "weight_decay: 5e-05"})
            QVERIFY2(ok.out.contains(QLatin1String(line)), line);
    }

    void importReportsBadFilesAndGoesOn()
    {
        QTemporaryDir tree;
        QDir().mkpath(tree.filePath(QStringLiteral("walk")));
        QDir().mkpath(tree.filePath(QStringLiteral("run")));
        QFile::copy(q(as::test::testdata("mmaction2/tests/data/rawvideo_dataset/part_0.mp4")),
                    tree.filePath(QStringLiteral("walk/good.mp4")));
        QFile::copy(q(as::test::testdata("derived/random_bytes.mp4")),
                    tree.filePath(QStringLiteral("run/random.mp4")));
        QFile::copy(q(as::test::testdata("derived/demo_truncated_40pct.mp4")),
                    tree.filePath(QStringLiteral("run/truncated.mp4")));
        std::ofstream(tree.filePath(QStringLiteral("run/empty.mp4")).toStdString()).close();
        const QString project = m_dir.filePath(QStringLiteral("imported"));
        const Result r = runCli({QStringLiteral("import"), QStringLiteral("--project"), project,
                                 QStringLiteral("--folder"), tree.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(tree.filePath(QStringLiteral("run/random.mp4"))), qPrintable(r.err));
        QVERIFY(r.err.contains(tree.filePath(QStringLiteral("run/empty.mp4"))));
        QVERIFY(r.out.contains(QStringLiteral("videos added")));

        const Result e = runCli({QStringLiteral("extract"), QStringLiteral("--project"), project});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    }

    void trainKilledResumesFromItsCheckpoint()
    {
        const QString config = m_dir.filePath(QStringLiteral("kill.yaml"));
        std::ofstream(config.toStdString())
            << "model: {name: x3d_xs}\n"
               "input: {clip_length_frames: 4, frame_interval: 2, short_side: 48, crop_size: 48}\n"
               "augment: {horizontal_flip: false}\n"
               "data: {cache_short_side: 48}\n"
               "optim: {epochs: 3, batch_size: 4, lr: 0.05, warmup_epochs: 0, warmup_start_lr: 0.05}\n"
               "eval: {final_test: false}\n"
               "run: {name: killed, seed: 7, workers: 1}\n";
        const QString runDir = m_project + QStringLiteral("/runs/killed");
        QProcess p;
        p.start(cliPath(), {QStringLiteral("train"), QStringLiteral("--config"), config,
                            QStringLiteral("--project"), m_project});
        QVERIFY(p.waitForStarted());
        // Wait until the first epoch's checkpoint exists and the second epoch is under way.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(runDir + QStringLiteral("/checkpoints/last.pt")), 180000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            std::ifstream in((runDir + QStringLiteral("/metrics.jsonl")).toStdString());
            for (std::string line; std::getline(in, line);)
                if (line.find("\"epoch\":1") != std::string::npos && line.find("\"iter\"") != std::string::npos)
                    return true;
            return false;
        }(), 120000);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());

        const Result r = runCli({QStringLiteral("train"), QStringLiteral("--resume"), runDir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Resuming at epoch 2")), qPrintable(r.err));

        // One curve: every step exactly once, in order, and three epoch records.
        std::ifstream in((runDir + QStringLiteral("/metrics.jsonl")).toStdString());
        std::int64_t expectedStep = 0;
        int epochs = 0;
        for (std::string line; std::getline(in, line);) {
            const auto j = nlohmann::json::parse(line);
            if (j["type"] == "iter")
                QCOMPARE(j["step"].get<std::int64_t>(), expectedStep++);
            else
                QCOMPARE(j["epoch"].get<int>(), epochs++);
        }
        QCOMPARE(epochs, 3);

        // The final test on demand: 2 clips x 3 crops per video, the report in the run folder.
        const Result test = runCli({QStringLiteral("test"), QStringLiteral("--run"), runDir,
                                    QStringLiteral("--clips"), QStringLiteral("2"),
                                    QStringLiteral("--crops"), QStringLiteral("3")});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        QVERIFY2(test.out.contains(QStringLiteral("protocol: 2 clips x 3 crops (three-crop)")),
                 qPrintable(test.out));
        QVERIFY(test.out.contains(QStringLiteral("mean class accuracy")));
        for (const char *file : {"summary.json", "confusion.csv", "predictions.csv"})
            QVERIFY2(QFile::exists(runDir + QStringLiteral("/test/") + QLatin1String(file)), file);
        const Result badCrops = runCli({QStringLiteral("test"), QStringLiteral("--run"), runDir,
                                        QStringLiteral("--crops"), QStringLiteral("4")});
        QVERIFY(badCrops.exitCode != 0);  // CLI11 names the option and its allowed values
        QVERIFY2(badCrops.err.contains(QStringLiteral("--crops")), qPrintable(badCrops.err));

        const Result runs = runCli({QStringLiteral("runs"), QStringLiteral("--project"), m_project});
        QVERIFY(runs.out.contains(QStringLiteral("killed")));
        QVERIFY(runs.out.contains(QStringLiteral("finished")));
        QVERIFY2(runs.out.contains(QStringLiteral("test top-1")), qPrintable(runs.out));
    }

    void predictNamesBadFiles()
    {
        const QString runDir = m_project + QStringLiteral("/runs/killed");
        const QString text = m_dir.filePath(QStringLiteral("readme.mp4"));
        std::ofstream(text.toStdString()) << "hello";
        const QString good = m_project + QStringLiteral("/synthmotion/grow/grow_008.avi");
        const Result r = runCli({QStringLiteral("predict"), QStringLiteral("--run"), runDir, good, text,
                                 q(as::test::testdata("derived/random_bytes.mp4"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(good));                 // the good one is still answered
        QVERIFY(r.err.contains(text));
        QVERIFY(r.err.contains(QStringLiteral("random_bytes.mp4")));
        QVERIFY(r.err.contains(QStringLiteral("2 of 3")));

        const Result missing = runCli({QStringLiteral("eval"), QStringLiteral("--run"),
                                       m_dir.filePath(QStringLiteral("nope"))});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }

    void liveHasHelp()
    {
        const Result r = runCli({QStringLiteral("live"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--source", "--run", "--last", "--fast", "--stride", "--smooth",
                                   "--threshold", "--background", "--csv", "--seconds", "--bench"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        const Result alias = runCli({QStringLiteral("bench"), QStringLiteral("live"),
                                     QStringLiteral("--help")});
        QCOMPARE(alias.exitCode, 0);
        QVERIFY2(alias.out.contains(QStringLiteral("--source")), qPrintable(alias.out));
        // Both are required: CLI11 names the missing one.
        const Result none = runCli({QStringLiteral("live"), QStringLiteral("--run"), m_project});
        QVERIFY(none.exitCode != 0);
        QVERIFY2(none.err.contains(QStringLiteral("--source")), qPrintable(none.err));
    }

    void liveNamesBadSourceAndRun()
    {
        const QString run = liveRun();
        QVERIFY(!run.isEmpty());
        const QString video = liveVideo();
        QVERIFY(QFile::exists(video));

        const QString missing = m_dir.filePath(QStringLiteral("no_such_video.mp4"));
        Result r = runCli({QStringLiteral("live"), QStringLiteral("--source"), missing,
                           QStringLiteral("--run"), run}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));

        const QString text = m_dir.filePath(QStringLiteral("notes.mp4"));
        std::ofstream(text.toStdString()) << "not a video";
        r = runCli({QStringLiteral("live"), QStringLiteral("--source"), text,
                    QStringLiteral("--run"), run}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(text), qPrintable(r.err));

        const QString noRun = m_dir.filePath(QStringLiteral("no_such_run"));
        r = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                    QStringLiteral("--run"), noRun}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(noRun), qPrintable(r.err));

        const QString notRun = m_dir.filePath(QStringLiteral("not_a_run"));
        QVERIFY(QDir().mkpath(notRun));
        r = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                    QStringLiteral("--run"), notRun}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(notRun), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("summary")));

        // A --background that is not a class of the run would silently never match.
        r = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                    QStringLiteral("--run"), run, QStringLiteral("--background"),
                    QStringLiteral("stil")}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--background stil")), qPrintable(r.err));
    }

    void liveWritesCsvAndBenchPrintsMeasurements()
    {
        const QString run = liveRun();
        QVERIFY(!run.isEmpty());
        const QString video = liveVideo();

        // As fast as it decodes, a window every 4 frames: one printed line and one CSV row each.
        const QString csv = m_dir.filePath(QStringLiteral("live.csv"));
        const Result r = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                                 QStringLiteral("--run"), run, QStringLiteral("--fast"),
                                 QStringLiteral("--stride"), QStringLiteral("4"),
                                 QStringLiteral("--csv"), csv}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList windows = windowLines(r.out);
        QVERIFY2(!windows.isEmpty(), qPrintable(r.out));
        QVERIFY2(windows.first().contains(QStringLiteral(" ms")), qPrintable(windows.first()));
        QVERIFY2(r.out.contains(QStringLiteral("summary: file ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("labels (windows):")));
        QFile file(csv);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(csv));
        const QStringList rows = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'),
                                                                        Qt::SkipEmptyParts);
        QVERIFY(rows.size() >= 2);
        QVERIFY2(rows.first().contains(QStringLiteral("label")), qPrintable(rows.first()));
        QVERIFY2(rows.first().contains(QStringLiteral("latency")), qPrintable(rows.first()));
        QCOMPARE(rows.size() - 1, windows.size());
        const int columns = int(rows.first().count(QLatin1Char(',')));
        for (const QString &row : rows)
            QCOMPARE(int(row.count(QLatin1Char(','))), columns);

        // --bench, at the file's own rate for 3 s: only the measurements and a verdict.
        const Result b = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                                 QStringLiteral("--run"), run, QStringLiteral("--bench"),
                                 QStringLiteral("--seconds"), QStringLiteral("3")}, 120000);
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        for (const char *line : {"source fps:", "display fps:", "windows/s:", "latency median:",
                                 "latency p90:", "windows dropped:", "model:", "threads:",
                                 "verdict:"})
            QVERIFY2(b.out.contains(QLatin1String(line)), line);
        QVERIFY2(b.out.contains(QStringLiteral("x3d_xs")), qPrintable(b.out));
        QVERIFY2(windowLines(b.out).isEmpty(), qPrintable(b.out));
        const QRegularExpressionMatch fps =
            QRegularExpression(QStringLiteral("source fps:\\s*([0-9.]+)")).match(b.out);
        QVERIFY(fps.hasMatch());
        QCOMPARE(qRound(fps.captured(1).toDouble()), 30);
        const QRegularExpressionMatch run3 =
            QRegularExpression(QStringLiteral("duration:\\s*([0-9.]+) s")).match(b.out);
        QVERIFY(run3.hasMatch());
        QVERIFY2(run3.captured(1).toDouble() < 6.0, qPrintable(b.out)); // --seconds 3 stopped it

        const Result alias = runCli({QStringLiteral("bench"), QStringLiteral("live"),
                                     QStringLiteral("--source"), video, QStringLiteral("--run"),
                                     run, QStringLiteral("--fast")}, 120000);
        QVERIFY2(alias.exitCode == 0, qPrintable(alias.err));
        QVERIFY2(alias.out.contains(QStringLiteral("as fast as frames decode")), qPrintable(alias.out));
        QVERIFY(alias.out.contains(QStringLiteral("verdict:")));
    }

    /** Exported weights (weights export) run live and predict without their run folder. */
    void liveAndPredictRunExportedWeights()
    {
        const QString run = liveRun();
        QVERIFY(!run.isEmpty());
        const QString video = liveVideo();
        const QString weights = m_dir.filePath(QStringLiteral("live-export.pt"));
        Result r = runCli({QStringLiteral("weights"), QStringLiteral("export"),
                           QStringLiteral("--run"), run, QStringLiteral("--output"), weights});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                    QStringLiteral("--run"), weights, QStringLiteral("--fast"),
                    QStringLiteral("--stride"), QStringLiteral("8")}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!windowLines(r.out).isEmpty(), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("live-export.pt")), qPrintable(r.out));
        r = runCli({QStringLiteral("predict"), QStringLiteral("--run"), weights, video});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" %")), qPrintable(r.out));

        // Without its card the file is refused, naming the card it looked for.
        const QString bare = m_dir.filePath(QStringLiteral("bare.pt"));
        QVERIFY(QFile::copy(weights, bare));
        r = runCli({QStringLiteral("live"), QStringLiteral("--source"), video,
                    QStringLiteral("--run"), bare}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bare + QStringLiteral(".json")), qPrintable(r.err));
    }

    /** --format ucf101 with the three files of one split (not only --lists DIR). */
    void importUcf101WithThreeFiles()
    {
        const QString dir = QFileInfo(liveVideo()).absolutePath() + QStringLiteral("/..");
        const QString project = m_dir.filePath(QStringLiteral("ucf3"));
        const Result r = runCli({QStringLiteral("import"), QStringLiteral("--project"), project,
                                 QStringLiteral("--format"), QStringLiteral("ucf101"),
                                 QStringLiteral("--ucf101"), dir + QStringLiteral("/classInd.txt"),
                                 dir + QStringLiteral("/trainlist01.txt"),
                                 dir + QStringLiteral("/testlist01.txt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("classes added: 10")), qPrintable(r.out));
    }

    void liveStopsCleanlyOnCtrlC()
    {
        const QString run = liveRun();
        QVERIFY(!run.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("interrupted.csv"));
        QProcess p;
        p.start(cliPath(), {QStringLiteral("live"), QStringLiteral("--source"), liveVideo(),
                            QStringLiteral("--run"), run, QStringLiteral("--csv"), csv});
        QVERIFY(p.waitForStarted());
        QString out;
        // The 8 s video plays at its own rate: interrupt as soon as the first window is named.
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput()),
                                  !windowLines(out).isEmpty()), 60000);
        QElapsedTimer timer;
        timer.start();
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(timer.elapsed() < 5000, "Ctrl+C must stop within seconds");
        out += QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(out.contains(QStringLiteral("summary: file ")), qPrintable(out));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QVERIFY(QString::fromUtf8(file.readAll()).count(QLatin1Char('\n')) >= 2); // header + row
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
