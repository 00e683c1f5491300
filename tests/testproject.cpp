// Tests of the project database (create/open, classes, videos, splits, transactions) and the
// importers (folder-per-class tree, UCF101 split files, including the real UCF101 lists).

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>
#include <sqlite3.h>

#include <QTemporaryDir>
#include <QtTest>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/project/project.h"
#include "core/project/projectimporter.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

void writeText(const std::string &path, const std::string &text)
{
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
}

/** A tiny real video: MJPG in AVI, 64x48, `frames` frames at 10 fps. */
void writeVideo(const std::string &path, int frames = 10)
{
    fs::create_directories(fs::path(path).parent_path());
    cv::VideoWriter writer(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                           cv::Size(64, 48));
    QVERIFY2(writer.isOpened(), path.c_str());
    for (int i = 0; i < frames; ++i)
        writer.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar(i * 20, 100, 255 - i * 20)));
}

/** Runs one SQL query directly on a project's database and returns the first column. */
std::string sqlValue(const std::string &projectDir, const std::string &sql)
{
    sqlite3 *db = nullptr;
    std::string value;
    if (sqlite3_open_v2((projectDir + "/project.db").c_str(), &db, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            value = text ? text : "";
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

const ErrorInfo *findProblem(const ImportReport &report, const std::string &pathPart)
{
    for (const ErrorInfo &p : report.problems)
        if (contains(p.path, pathPart))
            return &p;
    return nullptr;
}

const ErrorInfo *findProblemAt(const ImportReport &report, const std::string &path, int line)
{
    for (const ErrorInfo &p : report.problems)
        if (p.path == path && p.line == line)
            return &p;
    return nullptr;
}

/** Records what an import reports, to check the "import" stage and its last values. */
class RecordingObserver final : public ProgressObserver
{
public:
    void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        stages.insert(stage);
        lastDone = done;
        lastTotal = total;
    }
    std::set<std::string> stages;
    std::int64_t lastDone = -1;
    std::int64_t lastTotal = -1;

private:
    std::mutex m_mutex;
};

VideoRecord makeVideo(const std::string &path, std::int64_t classId = 0)
{
    VideoRecord v;
    v.path = path;
    v.classId = classId;
    v.fps = 25.0;
    v.frameCount = 100;
    v.width = 320;
    v.height = 240;
    v.status = VideoStatus::Ready;
    return v;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the database ---

    void createThenReopenKeepsEverything()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp, "p");
        std::int64_t videoId = 0;
        {
            Project p = Project::create(dir);
            QCOMPARE(p.dir(), dir);
            QCOMPARE(p.schemaVersion(), 3);
            QVERIFY(fs::is_directory(p.cacheDir()));
            QVERIFY(fs::is_directory(p.runsDir()));
            const std::int64_t cls = p.ensureClass("walk");
            videoId = p.upsertVideo(makeVideo("/data/a.avi", cls));
            p.setSubset(1, videoId, Subset::Train);
        }
        QVERIFY(Project::exists(dir));
        Project p = Project::open(dir);
        QCOMPARE(p.classes().size(), std::size_t(1));
        QCOMPARE(p.classes()[0].name, std::string("walk"));
        const auto v = p.video(videoId);
        QVERIFY(v.has_value());
        QCOMPARE(v->path, std::string("/data/a.avi"));
        QCOMPARE(v->frameCount, 100);
        QCOMPARE(p.subset(1, videoId), Subset::Train);

        QCOMPARE(sqlValue(dir, "PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(sqlValue(dir, "SELECT value FROM meta WHERE key='schema_version'"),
                 std::string("3"));
        for (const char *table : {"classes", "videos", "splits", "segments", "runs"})
            QCOMPARE(sqlValue(dir, std::string("SELECT count(*) FROM sqlite_master WHERE name='") +
                                       table + "'"),
                     std::string("1"));
        QCOMPARE(sqlValue(dir, "PRAGMA integrity_check"), std::string("ok"));
    }

    void cacheDirCanMoveAndComeBack()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp, "p");
        const std::string elsewhere = test::path(tmp, "fast-disk/cache");
        {
            Project p = Project::create(dir);
            QCOMPARE(p.cacheDir(), dir + "/cache");
            p.setCacheDir(elsewhere);
            QCOMPARE(p.cacheDir(), elsewhere);
        }
        Project p = Project::open(dir); // kept in project.db
        QCOMPARE(p.cacheDir(), elsewhere);
        p.setCacheDir({});
        QCOMPARE(p.cacheDir(), dir + "/cache");
    }

    void createRefusesAnExistingProject()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp);
        Project::create(dir);
        try {
            Project::create(dir);
            QFAIL("create() over an existing project did not throw");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.exists"));
            QVERIFY(contains(e.what(), dir));
        }
    }

    void openOrCreateCreatesOnceThenOpens()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp, "new/project");
        QVERIFY(!Project::exists(dir));
        {
            Project p = Project::openOrCreate(dir);
            p.ensureClass("a");
        }
        Project p = Project::openOrCreate(dir);
        QCOMPARE(p.classes().size(), std::size_t(1));
    }

    void openNamesAFolderThatIsNoProject()
    {
        QTemporaryDir tmp;
        for (const std::string &dir : {test::path(tmp), test::path(tmp, "missing")}) {
            try {
                Project::open(dir);
                QFAIL("open() of a folder without project.db did not throw");
            } catch (const Error &e) {
                QCOMPARE(e.code(), std::string("project.notfound"));
                QCOMPARE(e.path(), dir);
                QVERIFY2(contains(e.what(), dir), e.what());
            }
        }
    }

    void openNamesACorruptDatabase()
    {
        QTemporaryDir tmp;
        const std::string db = test::path(tmp, "project.db");
        std::string garbage;
        for (int i = 0; i < 200; ++i)
            garbage += "this is not an SQLite database. ";
        writeText(db, garbage);
        try {
            Project::open(test::path(tmp));
            QFAIL("open() of a garbage project.db did not throw");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.corrupt"));
            QCOMPARE(e.path(), db);
            QVERIFY2(contains(e.what(), db), e.what());
        }
        // An SQLite database of some other program is not a project either.
        QTemporaryDir other;
        sqlite3 *handle = nullptr;
        sqlite3_open(test::path(other, "project.db").c_str(), &handle);
        sqlite3_exec(handle, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(handle);
        try {
            Project::open(test::path(other));
            QFAIL("open() of a foreign database did not throw");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.corrupt"));
        }
    }

    void classIndicesFollowCreationOrder()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        const std::int64_t b = p.ensureClass("b");
        const std::int64_t a = p.ensureClass("a");
        QCOMPARE(p.ensureClass("b"), b);  // no duplicate
        p.ensureClass("c");
        const std::vector<ClassInfo> classes = p.classes();
        QCOMPARE(classes.size(), std::size_t(3));
        QCOMPARE(classes[0].name, std::string("b"));
        QCOMPARE(classes[0].index, 0);
        QCOMPARE(classes[1].id, a);
        QCOMPARE(classes[1].index, 1);
        QCOMPARE(classes[2].index, 2);
        QCOMPARE(p.classByName("a")->index, 1);
        QVERIFY(!p.classByName("zzz"));
    }

    void addAndRenameClassesRefuseDuplicates()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        const std::int64_t a = p.addClass("a");
        const std::int64_t b = p.addClass("b");
        QCOMPARE(p.classById(b)->index, 1);
        for (const std::string &taken : {std::string("a"), std::string("  ")}) {
            try {
                p.addClass(taken);
                QFAIL("a taken or blank name was accepted");
            } catch (const Error &e) {
                QCOMPARE(e.code(), std::string("project.class"));
            }
        }
        p.renameClass(a, "walk");
        QCOMPARE(p.classById(a)->name, std::string("walk"));
        QCOMPARE(p.classById(a)->index, 0);
        p.renameClass(a, "walk");  // its own name is fine
        try {
            p.renameClass(a, "b");
            QFAIL("a duplicate name was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.class"));
            QVERIFY2(std::string(e.what()).find("\"b\"") != std::string::npos, e.what());
        }
        try {
            p.renameClass(999, "x");
            QFAIL("an unknown class was renamed");
        } catch (const Error &e) {
            QVERIFY(std::string(e.what()).find("999") != std::string::npos);
        }
        QCOMPARE(p.classes().size(), std::size_t(2));
        QCOMPARE(p.classByName("b")->id, b);
    }

    void mergeClassesMovesVideosAndRenumbers()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        std::vector<std::int64_t> ids;
        for (const char *name : {"a", "b", "c", "d"})
            ids.push_back(p.addClass(name));
        for (int i = 0; i < 6; ++i) {
            VideoRecord v;
            v.path = "/v/" + std::to_string(i) + ".mp4";
            v.classId = ids[static_cast<std::size_t>(i % 3)];  // a, b, c, a, b, c
            p.upsertVideo(v);
        }
        QCOMPARE(p.mergeClasses(ids[1], ids[3]), 2);  // b into d
        const std::vector<ClassInfo> classes = p.classes();
        QCOMPARE(classes.size(), std::size_t(3));
        const std::vector<std::string> names{"a", "c", "d"};
        for (std::size_t i = 0; i < classes.size(); ++i) {
            QCOMPARE(classes[i].name, names[i]);
            QCOMPARE(classes[i].index, static_cast<int>(i));  // contiguous, order kept
        }
        QVERIFY(!p.classById(ids[1]));
        QCOMPARE(p.videoCountOfClass(ids[3]), 2);
        QCOMPARE(p.videoCountOfClass(ids[0]), 2);
        QCOMPARE(p.videos().size(), std::size_t(6));
        // A new class takes the next free index.
        QCOMPARE(p.classById(p.addClass("e"))->index, 3);

        try {
            p.mergeClasses(ids[0], ids[0]);
            QFAIL("a class was merged into itself");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.class"));
        }
        try {
            p.mergeClasses(ids[1], ids[0]);  // b is gone
            QFAIL("a removed class was merged");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.class"));
        }
        QCOMPARE(p.videoCountOfClass(ids[0]), 2);  // the failed merge changed nothing
    }

    void classColoursAreStoredAndChecked()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp);
        std::int64_t wave = 0;
        {
            Project p = Project::create(dir);
            wave = p.addClass("wave");
            QCOMPARE(p.classById(wave)->colour, std::string());
            p.setClassColour(wave, "#1f77b4");
            try {
                p.setClassColour(wave, "blue");
                QFAIL("a colour that is not #rrggbb was stored");
            } catch (const Error &e) {
                QCOMPARE(e.code(), std::string("project.class"));
                QVERIFY(std::string(e.what()).find("\"blue\"") != std::string::npos);
                QVERIFY(std::string(e.what()).find("wave") != std::string::npos);
            }
        }
        Project p = Project::open(dir);
        QCOMPARE(p.classById(wave)->colour, std::string("#1f77b4"));
        QCOMPARE(p.classes()[0].colour, std::string("#1f77b4"));
        p.setClassColour(wave, "");  // back to the palette's
        QCOMPARE(p.classByName("wave")->colour, std::string());
    }

    void removeClassCountsThenUnlabelsAndRenumbers()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        const std::int64_t a = p.addClass("a");
        const std::int64_t b = p.addClass("b");
        const std::int64_t c = p.addClass("c");
        std::vector<std::int64_t> videos;
        for (int i = 0; i < 4; ++i) {
            VideoRecord v;
            v.path = "/v/" + std::to_string(i) + ".mp4";
            v.frameCount = 100;
            v.classId = i < 2 ? b : 0;  // two clips of b, two long recordings
            videos.push_back(p.upsertVideo(v));
        }
        for (int start : {0, 30, 60})
            p.addSegment({0, videos[2], start, start + 20, b, SegmentSource::Manual, -1.0});
        p.addSegment({0, videos[3], 0, 20, b, SegmentSource::Model, 0.6});
        p.addSegment({0, videos[3], 40, 50, c, SegmentSource::Manual, -1.0});

        const std::map<std::int64_t, SegmentCounts> perVideo = p.segmentCountsByVideo();
        QCOMPARE(perVideo.size(), std::size_t(2));
        QCOMPARE(perVideo.at(videos[2]).labelled, 3);
        QCOMPARE(perVideo.at(videos[2]).proposals, 0);
        QCOMPARE(perVideo.at(videos[3]).labelled, 1);
        QCOMPARE(perVideo.at(videos[3]).proposals, 1);

        const ClassUsage usage = p.classUsage(b);
        QCOMPARE(usage.videos, 2);
        QCOMPARE(usage.segments, 4);
        QCOMPARE(usage.videosWithSegments, 2);

        const ClassUsage removed = p.removeClass(b);
        QCOMPARE(removed.videos, 2);
        QCOMPARE(removed.segments, 4);
        QVERIFY(!p.classById(b));
        QCOMPARE(p.video(videos[0])->classId, std::int64_t(0));
        QVERIFY(p.segments(videos[2]).empty());
        QCOMPARE(p.segments(videos[3]).size(), std::size_t(1));  // c's segment stays
        QCOMPARE(p.classById(a)->index, 0);
        QCOMPARE(p.classById(c)->index, 1);
        try {
            p.removeClass(b);
            QFAIL("a removed class was removed again");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.class"));
        }
    }

    void videosCanBeMarkedReviewed()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp);
        std::int64_t id = 0;
        {
            Project p = Project::create(dir);
            id = p.upsertVideo(makeVideo("/rec/long.mp4", 0));
            QVERIFY(!p.video(id)->reviewed);
            p.setVideoReviewed(id, true);
            p.upsertVideo(makeVideo("/rec/long.mp4", 0));  // a re-probe keeps the mark
        }
        Project p = Project::open(dir);
        QVERIFY(p.video(id)->reviewed);
        p.setSubset(1, id, Subset::Train);
        QVERIFY(p.videosIn(1, Subset::Train).at(0).reviewed); // what training reads
        p.setVideoReviewed(id, false);
        QVERIFY(!p.videos()[0].reviewed);
        try {
            p.setVideoReviewed(id + 100, true);
            QFAIL("an unknown video was marked");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("project.video"));
        }
    }

    void upsertUpdatesByPath()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        const std::int64_t cls = p.ensureClass("walk");
        const std::int64_t id = p.upsertVideo(makeVideo("/v/one.avi"));
        const std::int64_t other = p.upsertVideo(makeVideo("/v/two.avi", cls));
        QVERIFY(id != other);
        QCOMPARE(p.video(id)->classId, std::int64_t(0));  // unlabelled round-trips as 0

        VideoRecord changed = makeVideo("/v/one.avi", cls);
        changed.frameCount = 42;
        changed.fps = 12.5;
        QCOMPARE(p.upsertVideo(changed), id);
        const auto v = p.videoByPath("/v/one.avi");
        QVERIFY(v.has_value());
        QCOMPARE(v->id, id);
        QCOMPARE(v->classId, cls);
        QCOMPARE(v->frameCount, 42);
        QCOMPARE(v->fps, 12.5);
        QCOMPARE(p.videos().size(), std::size_t(2));
        QVERIFY(!p.videoByPath("/v/none.avi"));
        QVERIFY(!p.video(9999));
    }

    void setVideoStatusStoresTheError()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        const std::int64_t id = p.upsertVideo(makeVideo("/v/a.avi"));
        p.setVideoStatus(id, VideoStatus::Error, "Cannot open video /v/a.avi.");
        QCOMPARE(p.video(id)->status, VideoStatus::Error);
        QCOMPARE(p.video(id)->error, std::string("Cannot open video /v/a.avi."));
        p.setVideoStatus(id, VideoStatus::Extracted);
        QCOMPARE(p.video(id)->status, VideoStatus::Extracted);
        QCOMPARE(p.video(id)->error, std::string());
    }

    void splitsAndVideosInSkipErrors()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        const std::int64_t a = p.upsertVideo(makeVideo("/v/a.avi"));
        const std::int64_t b = p.upsertVideo(makeVideo("/v/b.avi"));
        const std::int64_t c = p.upsertVideo(makeVideo("/v/c.avi"));
        QCOMPARE(p.subset(1, a), Subset::Unused);
        p.setSubset(1, c, Subset::Train);
        p.setSubset(1, a, Subset::Train);
        p.setSubset(1, b, Subset::Train);
        p.setSubset(1, b, Subset::Test);  // moves, no duplicate row
        p.setSubset(2, a, Subset::Test);
        QCOMPARE(p.subset(1, b), Subset::Test);
        QCOMPARE(p.subset(2, a), Subset::Test);

        std::vector<VideoRecord> train = p.videosIn(1, Subset::Train);
        QCOMPARE(train.size(), std::size_t(2));
        QCOMPARE(train[0].id, a);  // ordered by id
        QCOMPARE(train[1].id, c);
        p.setVideoStatus(c, VideoStatus::Error, "broken");
        train = p.videosIn(1, Subset::Train);
        QCOMPARE(train.size(), std::size_t(1));
        QCOMPARE(p.videosIn(1, Subset::Test).size(), std::size_t(1));
        QCOMPARE(p.videosIn(2, Subset::Test)[0].id, a);
    }

    void transactionRollsBackOnException()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, p.transaction([&] {
            const std::int64_t cls = p.ensureClass("walk");
            const std::int64_t id = p.upsertVideo(makeVideo("/v/a.avi", cls));
            p.setSubset(1, id, Subset::Train);
            throw std::runtime_error("stop");
        }));
        QVERIFY(p.classes().empty());
        QVERIFY(p.videos().empty());
        QVERIFY(p.videosIn(1, Subset::Train).empty());

        // Nested: the writes inside a caller's transaction commit with it.
        p.transaction([&] {
            p.ensureClass("a");
            p.transaction([&] { p.ensureClass("b"); });
        });
        QCOMPARE(p.classes().size(), std::size_t(2));
    }

    void innerFailureCaughtUndoesOnlyTheInnerWork()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp));
        p.transaction([&] {
            p.ensureClass("kept");
            try {
                p.transaction([&] {
                    p.ensureClass("dropped");
                    throw std::runtime_error("inner");
                });
            } catch (const std::runtime_error &) {
            }
        });
        QCOMPARE(p.classes().size(), std::size_t(1));
        QCOMPARE(p.classes()[0].name, std::string("kept"));
        p.ensureClass("after");  // the connection is usable and out of any transaction
        QCOMPARE(Project::open(p.dir()).classes().size(), std::size_t(2));
    }

    void twoConnectionsShareTheProject()
    {
        QTemporaryDir tmp;
        Project first = Project::create(test::path(tmp));
        Project second = Project::open(test::path(tmp));
        first.ensureClass("a");
        QCOMPARE(second.classes().size(), std::size_t(1));
        second.ensureClass("b");
        QCOMPARE(first.classByName("b")->index, 1);
    }

    // --- folder-tree import ---

    void importFolderTreeAddsVideosAndReportsBadFiles()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "videos");
        writeVideo(root + "/walk/w1.avi");
        writeVideo(root + "/walk/w2.avi");
        writeVideo(root + "/jump/j1.avi");
        writeText(root + "/jump/notes.txt", "some notes");
        writeText(root + "/jump/broken.avi", "");
        writeText(root + "/classInd.txt", "1 jump\n");  // loose non-video at the root: ignored
        fs::create_directories(root + "/empty");

        Project p = Project::create(test::path(tmp, "project"));
        RecordingObserver observer;
        const ImportReport report = importFolderTree(p, root, observer, CancellationToken());

        QCOMPARE(report.classesAdded, 2);
        QCOMPARE(report.videosAdded, 4);  // the broken one is added, with status Error
        QCOMPARE(report.videosUpdated, 0);
        QCOMPARE(report.splitEntries, 0);
        QCOMPARE(report.problems.size(), std::size_t(2));
        const ErrorInfo *notes = findProblem(report, "notes.txt");
        QVERIFY(notes);
        QCOMPARE(notes->code, std::string("import.notvideo"));
        QVERIFY(contains(notes->message, "notes.txt"));
        const ErrorInfo *broken = findProblem(report, "broken.avi");
        QVERIFY(broken);
        QVERIFY(contains(broken->message, "broken.avi"));

        QVERIFY(observer.stages.count("import"));
        QCOMPARE(observer.lastDone, std::int64_t(4));
        QCOMPARE(observer.lastTotal, std::int64_t(4));

        // Classes sorted by name: deterministic label indices.
        const std::vector<ClassInfo> classes = p.classes();
        QCOMPARE(classes.size(), std::size_t(2));
        QCOMPARE(classes[0].name, std::string("jump"));
        QCOMPARE(classes[1].name, std::string("walk"));

        const std::string brokenPath = fs::absolute(root + "/jump/broken.avi").string();
        const auto brokenVideo = p.videoByPath(brokenPath);
        QVERIFY(brokenVideo);
        QCOMPARE(brokenVideo->status, VideoStatus::Error);
        QVERIFY(contains(brokenVideo->error, "broken.avi"));
        const auto good = p.videoByPath(fs::absolute(root + "/walk/w2.avi").string());
        QVERIFY(good);
        QCOMPARE(good->status, VideoStatus::Ready);
        QCOMPARE(good->classId, classes[1].id);
        QCOMPARE(good->frameCount, 10);
        QCOMPARE(good->width, 64);
        QCOMPARE(good->height, 48);
        QCOMPARE(good->fps, 10.0);

        // Importing again adds nothing; only the failed video is probed again.
        const ImportReport again = importFolderTree(p, root, observer, CancellationToken());
        QCOMPARE(again.classesAdded, 0);
        QCOMPARE(again.videosAdded, 0);
        QCOMPARE(again.videosUpdated, 1);
        QCOMPARE(p.videos().size(), std::size_t(4));
        QCOMPARE(sqlValue(p.dir(), "PRAGMA integrity_check"), std::string("ok"));
    }

    void importFolderTreeNamesAMissingRoot()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp, "project"));
        const std::string root = test::path(tmp, "nowhere");
        NullProgressObserver observer;
        try {
            importFolderTree(p, root, observer, CancellationToken());
            QFAIL("importing a missing folder did not throw");
        } catch (const Error &e) {
            QCOMPARE(e.path(), root);
            QVERIFY(contains(e.what(), root));
        }
    }

    void cancelledImportLeavesTheProjectUnchanged()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "videos");
        writeVideo(root + "/walk/w1.avi");
        writeVideo(root + "/jump/j1.avi");
        Project p = Project::create(test::path(tmp, "project"));
        CancellationToken token;
        token.cancel();
        NullProgressObserver observer;
        QVERIFY_THROWS_EXCEPTION(Cancelled, importFolderTree(p, root, observer, token));
        QVERIFY(p.classes().empty());
        QVERIFY(p.videos().empty());
    }

    // --- UCF101 split files ---

    void importUcf101SplitReportsBadLines()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "ucf");
        writeVideo(root + "/Walk/v_Walk_g01_c01.avi");
        writeVideo(root + "/Walk/v_Walk_g02_c01.avi");
        writeVideo(root + "/Jump/v_Jump_g01_c01.avi");
        writeVideo(root + "/Jump/v_Jump_g02_c01.avi");
        const std::string classInd = root + "/classInd.txt";
        const std::string train = root + "/trainlist01.txt";
        const std::string test = root + "/testlist01.txt";
        writeText(classInd, "1 Walk\r\n"
                            "2 Jump\r\n"
                            "\r\n"
                            "three Run\r\n");  // line 4: bad
        writeText(train, "Walk/v_Walk_g01_c01.avi 1\r\n"
                         "Jump/v_Jump_g01_c01.avi 2\r\n"
                         "Jump/v_Jump_g09_c01.avi 2\r\n"   // line 3: missing video
                         "Walk/v_Walk_g02_c01.avi 7\r\n"   // line 4: unknown label
                         "\r\n"
                         "Walk/v_Walk_g02_c01.avi 2\r\n"); // line 6: label/folder mismatch
        writeText(test, "Walk/v_Walk_g02_c01.avi\n"
                        "Jump/v_Jump_g02_c01.avi\n"
                        "Swim/v_Swim_g01_c01.avi\n");      // line 3: unknown class folder

        Project p = Project::create(test::path(tmp, "project"));
        RecordingObserver observer;
        const ImportReport report =
            importUcf101Split(p, classInd, train, test, root, 1, observer, CancellationToken());

        QCOMPARE(report.classesAdded, 2);
        QCOMPARE(report.videosAdded, 4);
        QCOMPARE(report.splitEntries, 4);
        QCOMPARE(report.problems.size(), std::size_t(5));
        QVERIFY(findProblemAt(report, classInd, 4));
        QCOMPARE(findProblemAt(report, classInd, 4)->code, std::string("import.line"));
        const ErrorInfo *missing = findProblemAt(report, train, 3);
        QVERIFY(missing);
        QCOMPARE(missing->code, std::string("import.missing"));
        QVERIFY(contains(missing->message, "v_Jump_g09_c01.avi"));
        QVERIFY(contains(missing->message, train));
        QVERIFY(contains(missing->message, "Line 3"));
        QVERIFY(findProblemAt(report, train, 4));
        QVERIFY(findProblemAt(report, train, 6));
        QVERIFY(findProblemAt(report, test, 3));

        const std::vector<ClassInfo> classes = p.classes();
        QCOMPARE(classes[0].name, std::string("Walk"));  // classInd order: label = index - 1
        QCOMPARE(classes[1].name, std::string("Jump"));
        QCOMPARE(p.videosIn(1, Subset::Train).size(), std::size_t(2));
        const std::vector<VideoRecord> testVideos = p.videosIn(1, Subset::Test);
        QCOMPARE(testVideos.size(), std::size_t(2));
        QCOMPARE(testVideos[0].classId, classes[0].id);  // label from the folder name
        QCOMPARE(testVideos[1].classId, classes[1].id);
        QCOMPARE(testVideos[0].frameCount, 10);
        QCOMPARE(observer.lastDone, std::int64_t(4));

        // A second split over the same videos adds none, only split entries.
        writeText(test, "Walk/v_Walk_g01_c01.avi\n");
        const ImportReport split2 =
            importUcf101Split(p, classInd, train, test, root, 2, observer, CancellationToken());
        QCOMPARE(split2.videosAdded, 0);
        QCOMPARE(split2.classesAdded, 0);
        QCOMPARE(p.subset(2, p.videoByPath(fs::absolute(root + "/Walk/v_Walk_g01_c01.avi")
                                               .string())->id),
                 Subset::Train);  // the repeat on the test list was reported and skipped
        QVERIFY(findProblemAt(split2, test, 1));
        QCOMPARE(findProblemAt(split2, test, 1)->code, std::string("import.duplicate"));
        QCOMPARE(sqlValue(p.dir(), "PRAGMA integrity_check"), std::string("ok"));
    }

    void importUcf101SplitParsesTheRealLists()
    {
        const std::string lists = test::testdata("temporal-segment-networks/data/ucf101_splits");
        if (!fs::exists(lists + "/classInd.txt"))
            QSKIP("shared/testdata has no UCF101 split lists");
        const std::string train = lists + "/trainlist01.txt";
        const std::string test = lists + "/testlist01.txt";
        QTemporaryDir tmp;  // an empty video root: every listed video is missing
        Project p = Project::create(test::path(tmp, "project"));
        NullProgressObserver observer;
        const ImportReport report =
            importUcf101Split(p, lists + "/classInd.txt", train, test, test::path(tmp), 1,
                              observer, CancellationToken());

        QCOMPARE(report.classesAdded, 101);
        QCOMPARE(report.videosAdded, 0);
        // Every line parses (CRLF, labels, folder names); only the videos are missing.
        QCOMPARE(report.problems.size(), std::size_t(9537 + 3783));
        for (const ErrorInfo &problem : report.problems)
            QCOMPARE(problem.code, std::string("import.missing"));
        const ErrorInfo *first = findProblemAt(report, train, 1);
        QVERIFY(first);
        QVERIFY(contains(first->message, "ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi"));
        const ErrorInfo *last = findProblemAt(report, test, 3783);
        QVERIFY(last);
        QVERIFY(contains(last->message, "YoYo/v_YoYo_g07_c04.avi"));

        const std::vector<ClassInfo> classes = p.classes();
        QCOMPARE(classes.front().name, std::string("ApplyEyeMakeup"));
        QCOMPARE(classes.back().name, std::string("YoYo"));
        QCOMPARE(classes.back().index, 100);
        QCOMPARE(p.classByName("HandstandPushups")->index, 36);
    }
};

QTEST_APPLESS_MAIN(TestProject)
#include "testproject.moc"
