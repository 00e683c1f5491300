// Labelled segments in the project database (issue 7): adding, checking, splitting, merging,
// class merges, and the segment CSV (video,start_s,end_s,label) both ways.

#include <filesystem>
#include <string>
#include <vector>

#include <sqlite3.h>

#include <QTemporaryDir>
#include <QtTest>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/project/project.h"
#include "core/project/segmentcsv.h"
#include "segmentlayout.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

namespace {

VideoRecord makeVideo(const std::string &path, int frames = 250)
{
    VideoRecord v;
    v.path = path;
    v.fps = 25.0;
    v.frameCount = frames;
    v.width = 320;
    v.height = 240;
    v.status = VideoStatus::Ready;
    return v;
}

SegmentRecord makeSegment(std::int64_t video, int start, int end, std::int64_t cls = 0)
{
    SegmentRecord s;
    s.videoId = video;
    s.startFrame = start;
    s.endFrame = end;
    s.classId = cls;
    return s;
}

QString layout(const Project &p, std::int64_t video)
{
    return test::segmentLayout(p, video);
}

/** Expects `fn` to throw `Error` with `code` whose message contains `text`. */
template<typename Fn>
void expectError(Fn &&fn, const char *code, const std::string &text)
{
    try {
        fn();
        QFAIL(qPrintable(QStringLiteral("no error (expected %1: %2)")
                             .arg(QLatin1String(code), QString::fromStdString(text))));
    } catch (const Error &e) {
        QCOMPARE(e.code(), std::string(code));
        QVERIFY2(std::string(e.what()).find(text) != std::string::npos, e.what());
    }
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void addCheckAndReopen()
    {
        const std::string dir = test::path(m_dir, "add");
        std::int64_t video = 0;
        std::int64_t wave = 0;
        {
            Project p = Project::create(dir);
            wave = p.addClass("wave");
            video = p.upsertVideo(makeVideo("/rec/long.mp4"));
            const std::int64_t id = p.addSegment(makeSegment(video, 10, 60, wave));
            SegmentRecord proposal = makeSegment(video, 100, 150);
            proposal.source = SegmentSource::Model;
            proposal.confidence = 0.75;
            p.addSegment(proposal);
            QVERIFY(id > 0);
        }
        // Committed at once: a new connection sees both, in order, with their fields.
        const Project p = Project::open(dir);
        QCOMPARE(layout(p, video), QStringLiteral("10-60:wave 100-150:-"));
        const std::vector<SegmentRecord> segments = p.segments(video);
        QCOMPARE(segments[0].source, SegmentSource::Manual);
        QCOMPARE(segments[0].confidence, -1.0);
        QCOMPARE(segments[1].source, SegmentSource::Model);
        QCOMPARE(segments[1].confidence, 0.75);
        QCOMPARE(p.segmentCountOfClass(wave), 1);
    }

    void badSegmentsNameTheVideoAndField()
    {
        Project p = Project::create(test::path(m_dir, "bad"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t video = p.upsertVideo(makeVideo("/rec/a.mp4", 100));
        p.addSegment(makeSegment(video, 20, 40, wave));
        expectError([&] { p.addSegment(makeSegment(video, -1, 10)); }, "project.segment",
                    "/rec/a.mp4: start_frame -1");
        expectError([&] { p.addSegment(makeSegment(video, 50, 50)); }, "project.segment",
                    "end_frame 50 must be after start_frame 50");
        expectError([&] { p.addSegment(makeSegment(video, 50, 101)); }, "project.segment",
                    "past the video's 100 frames");
        expectError([&] { p.addSegment(makeSegment(video, 50, 60, 999)); }, "project.segment",
                    "class_id 999");
        expectError([&] { p.addSegment(makeSegment(video, 39, 45)); }, "project.segment",
                    "overlap segment");
        expectError([&] { p.addSegment(makeSegment(12345, 0, 10)); }, "project.segment",
                    "no video with id 12345");
        // Touching is not overlapping; nothing of the refused ones was stored.
        p.addSegment(makeSegment(video, 40, 45));
        p.addSegment(makeSegment(video, 0, 20));
        QCOMPARE(layout(p, video), QStringLiteral("0-20:- 20-40:wave 40-45:-"));
    }

    void updateSplitMergeRemove()
    {
        Project p = Project::create(test::path(m_dir, "edit"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t jump = p.addClass("jump");
        const std::int64_t video = p.upsertVideo(makeVideo("/rec/b.mp4"));
        const std::int64_t other = p.upsertVideo(makeVideo("/rec/c.mp4"));
        const std::int64_t a = p.addSegment(makeSegment(video, 0, 100, wave));

        const std::int64_t b = p.splitSegment(a, 40);
        QCOMPARE(layout(p, video), QStringLiteral("0-40:wave 40-100:wave"));
        expectError([&] { p.splitSegment(a, 40); }, "project.segment", "strictly inside");
        expectError([&] { p.splitSegment(a, 0); }, "project.segment", "strictly inside");

        SegmentRecord second = *p.segment(b);
        second.classId = jump;
        second.startFrame = 50; // a gap of 10 frames
        p.updateSegment(second);
        QCOMPARE(layout(p, video), QStringLiteral("0-40:wave 50-100:jump"));
        second.endFrame = 300;
        expectError([&] { p.updateSegment(second); }, "project.segment", "past the video's");
        second.endFrame = 100;
        second.videoId = other;
        expectError([&] { p.updateSegment(second); }, "project.segment", "another video");

        // Merging spans the gap; with a segment in the gap it is refused and nothing changes.
        const std::int64_t middle = p.addSegment(makeSegment(video, 42, 48, jump));
        expectError([&] { p.mergeSegments(a, b); }, "project.segment", "overlap");
        QCOMPARE(layout(p, video), QStringLiteral("0-40:wave 42-48:jump 50-100:jump"));
        p.removeSegment(middle);
        p.mergeSegments(a, b);
        QCOMPARE(layout(p, video), QStringLiteral("0-100:wave"));
        QVERIFY(!p.segment(b));
        const std::int64_t elsewhere = p.addSegment(makeSegment(other, 0, 10, wave));
        expectError([&] { p.mergeSegments(a, elsewhere); }, "project.segment", "different videos");
        expectError([&] { p.removeSegment(b); }, "project.segment", "no segment with id");
    }

    /**
     * The review queue of model-assisted labelling: Model segments only, most uncertain first
     * (no confidence before any, then by video and start); accepting (source Manual, the
     * confidence kept), correcting (a new class too) and rejecting (remove) take a proposal
     * out of the queue through the ordinary segment calls.
     */
    void modelProposalsQueueMostUncertainFirst()
    {
        Project p = Project::create(test::path(m_dir, "proposals"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t jump = p.addClass("jump");
        const std::int64_t v1 = p.upsertVideo(makeVideo("/rec/p1.mp4"));
        const std::int64_t v2 = p.upsertVideo(makeVideo("/rec/p2.mp4"));
        auto propose = [&](std::int64_t video, int start, int end, double confidence) {
            SegmentRecord s = makeSegment(video, start, end, wave);
            s.source = SegmentSource::Model;
            s.confidence = confidence;
            return p.addSegment(s);
        };
        const std::int64_t sure = propose(v1, 0, 50, 0.9);
        const std::int64_t unsureLate = propose(v2, 100, 150, 0.4);
        const std::int64_t unsureEarly = propose(v2, 0, 50, 0.4);
        const std::int64_t unsureFirstVideo = propose(v1, 200, 250, 0.4);
        const std::int64_t unknown = propose(v2, 200, 250, -1.0);
        const std::int64_t middling = propose(v1, 100, 150, 0.6);
        SegmentRecord manual = makeSegment(v1, 60, 90, wave);
        manual.confidence = 0.1; // a person's segment never queues, whatever its confidence
        p.addSegment(manual);

        auto queue = [&p] {
            std::vector<std::int64_t> ids;
            for (const SegmentRecord &s : p.modelProposals())
                ids.push_back(s.id);
            return ids;
        };
        QCOMPARE(queue(), (std::vector<std::int64_t>{unknown, unsureFirstVideo, unsureEarly,
                                                      unsureLate, middling, sure}));
        const SegmentRecord first = p.modelProposals().front();
        QCOMPARE(first.source, SegmentSource::Model);
        QCOMPARE(first.confidence, -1.0);

        // Accept: the label stays, now a person's, with the model's confidence kept.
        SegmentRecord accepted = *p.segment(unsureFirstVideo);
        accepted.source = SegmentSource::Manual;
        p.updateSegment(accepted);
        QCOMPARE(p.segment(unsureFirstVideo)->source, SegmentSource::Manual);
        QCOMPARE(p.segment(unsureFirstVideo)->confidence, 0.4);
        // Correct: another class, and a person's.
        SegmentRecord corrected = *p.segment(unsureEarly);
        corrected.classId = jump;
        corrected.source = SegmentSource::Manual;
        p.updateSegment(corrected);
        // Reject: gone.
        p.removeSegment(unknown);
        QCOMPARE(queue(), (std::vector<std::int64_t>{unsureLate, middling, sure}));
        QCOMPARE(layout(p, v2), QStringLiteral("0-50:jump 100-150:wave"));
        QCOMPARE(p.segmentCountOfClass(jump), 1);
    }

    /** Undo and redo restore whole states with their ids (what the labelling view does). */
    void replaceRestoresStatesWithTheirIds()
    {
        Project p = Project::create(test::path(m_dir, "replace"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t video = p.upsertVideo(makeVideo("/rec/r.mp4"));
        const std::int64_t a = p.addSegment(makeSegment(video, 0, 100, wave));
        const std::vector<SegmentRecord> before = p.segments(video);
        const std::int64_t b = p.splitSegment(a, 30);
        const std::vector<SegmentRecord> after = p.segments(video);
        p.replaceSegments(video, before); // undo
        QCOMPARE(layout(p, video), QStringLiteral("0-100:wave"));
        QVERIFY(!p.segment(b));
        p.replaceSegments(video, after); // redo: the same ids again
        QCOMPARE(layout(p, video), QStringLiteral("0-30:wave 30-100:wave"));
        QCOMPARE(p.segment(b)->startFrame, 30);
        // A bad state changes nothing.
        std::vector<SegmentRecord> overlapping = after;
        overlapping[1].startFrame = 20;
        expectError([&] { p.replaceSegments(video, overlapping); }, "project.segment", "overlap");
        QCOMPARE(layout(p, video), QStringLiteral("0-30:wave 30-100:wave"));
    }

    void classMergeMovesSegments()
    {
        Project p = Project::create(test::path(m_dir, "classes"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t hello = p.addClass("hello");
        const std::int64_t video = p.upsertVideo(makeVideo("/rec/d.mp4"));
        p.addSegment(makeSegment(video, 0, 10, wave));
        p.addSegment(makeSegment(video, 10, 20, hello));
        p.mergeClasses(hello, wave);
        QCOMPARE(layout(p, video), QStringLiteral("0-10:wave 10-20:wave"));
        QCOMPARE(p.segmentCountOfClass(wave), 2);
        QCOMPARE(p.segmentCountsByClass(), (std::map<std::int64_t, int>{{wave, 2}}));
        p.addSegment({0, video, 30, 40, wave, SegmentSource::Model, 0.5});
        QCOMPARE(p.segmentCountsByClass(), (std::map<std::int64_t, int>{{wave, 2}})); // not a label
        QCOMPARE(p.videoCount(), 1);
    }

    /** Version 1 databases (segment ids could be reused) are migrated on open, rows kept. */
    void schemaOneIsMigrated()
    {
        const std::string dir = test::path(m_dir, "v1");
        std::int64_t video = 0;
        {
            Project p = Project::create(dir);
            video = p.upsertVideo(makeVideo("/rec/old.mp4"));
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open((dir + "/project.db").c_str(), &db), SQLITE_OK);
        const std::string v1 =
            "DROP TABLE segments;"
            "CREATE TABLE segments(id INTEGER PRIMARY KEY, video_id INTEGER NOT NULL REFERENCES "
            "videos(id) ON DELETE CASCADE, start_frame INTEGER NOT NULL, end_frame INTEGER NOT "
            "NULL, class_id INTEGER REFERENCES classes(id), source INTEGER NOT NULL DEFAULT 0, "
            "confidence REAL);"
            "CREATE INDEX segments_video ON segments(video_id);"
            "INSERT INTO segments(id, video_id, start_frame, end_frame) VALUES(7, "
            + std::to_string(video) + ", 5, 9);"
            "ALTER TABLE classes DROP COLUMN colour;"
            "ALTER TABLE videos DROP COLUMN reviewed;"
            "UPDATE meta SET value = '1' WHERE key = 'schema_version';";
        QCOMPARE(sqlite3_exec(db, v1.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        Project p = Project::open(dir);
        QCOMPARE(p.schemaVersion(), 3);  // through version 2
        QVERIFY(!p.video(video)->reviewed);
        QCOMPARE(layout(p, video), QStringLiteral("5-9:-"));
        QCOMPARE(p.segment(7)->startFrame, 5);
        // Ids are never reused: a deleted segment's id stays unused.
        const std::int64_t added = p.addSegment(makeSegment(video, 20, 30));
        p.removeSegment(added);
        QVERIFY(p.addSegment(makeSegment(video, 20, 30)) > added);
    }

    void csvRoundTrip()
    {
        const std::string dir = test::path(m_dir, "csv");
        Project p = Project::create(dir);
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t sit = p.addClass("sit, then stand"); // needs quoting
        const std::string inside = dir + "/videos/a.mp4";
        const std::int64_t a = p.upsertVideo(makeVideo(inside));
        const std::int64_t b = p.upsertVideo(makeVideo("/elsewhere/b.mp4", 30));
        p.addSegment(makeSegment(a, 25, 50, wave));
        p.addSegment(makeSegment(a, 100, 250, sit));
        p.addSegment(makeSegment(a, 60, 70)); // no class yet: not exported
        p.addSegment(makeSegment(b, 0, 30, wave));

        const std::string csv = dir + "/segments.csv";
        QCOMPARE(exportSegmentsCsv(p, csv), 3);
        QCOMPARE(QString::fromStdString(readFile(csv)),
                 QStringLiteral("video,start_s,end_s,label\n"
                                "videos/a.mp4,1.000,2.000,wave\n"
                                "videos/a.mp4,4.000,10.000,\"sit, then stand\"\n"
                                "/elsewhere/b.mp4,0.000,1.200,wave\n"));

        // Into a second project with the same videos: the same segments, classes created.
        Project q = Project::create(test::path(m_dir, "csv2"));
        const std::int64_t a2 = q.upsertVideo(makeVideo(inside));
        const std::int64_t b2 = q.upsertVideo(makeVideo("/elsewhere/b.mp4", 30));
        const SegmentCsvImport imported = importSegmentsCsv(q, csv);
        QCOMPARE(imported.segments, 3);
        QCOMPARE(imported.classesAdded, 2);
        QCOMPARE(imported.videos, 2);
        QCOMPARE(layout(q, a2), QStringLiteral("25-50:wave 100-250:sit, then stand"));
        QCOMPARE(layout(q, b2), QStringLiteral("0-30:wave"));
    }

    void csvImportIsAllOrNothing()
    {
        const std::string dir = test::path(m_dir, "csvbad");
        Project p = Project::create(dir);
        const std::int64_t video = p.upsertVideo(makeVideo(dir + "/v.mp4", 100));
        p.addSegment(makeSegment(video, 0, 25, p.addClass("wave")));
        const std::string csv = dir + "/in.csv";
        writeFileAtomically(csv, "video,start_s,end_s,label\n"
                                 "v.mp4,2.0,3.0,jump\n"        // fine
                                 "v.mp4,0.5,1.5,jump\n"        // overlaps 0-25 (0-1 s)
                                 "missing.mp4,0,1,jump\n"      // not in the project
                                 "v.mp4,abc,1,jump\n"          // not a number
                                 "v.mp4,1,2\n");               // 3 fields
        try {
            importSegmentsCsv(p, csv);
            QFAIL("a bad CSV was imported");
        } catch (const Error &e) {
            const std::string what = e.what();
            QCOMPARE(e.path(), csv);
            QCOMPARE(e.info().line, 3);
            for (const char *part : {"Line 3 of", "overlap", "Line 4 of", "missing.mp4",
                                     "Line 5 of", "Line 6 of", "4 fields", "Nothing was imported"})
                QVERIFY2(what.find(part) != std::string::npos, (std::string(part) + ": " + what).c_str());
        }
        // Nothing of the good row either, and no class "jump".
        QCOMPARE(layout(p, video), QStringLiteral("0-25:wave"));
        QVERIFY(!p.classByName("jump"));

        writeFileAtomically(csv, "path,start,end,label\n");
        expectError([&] { importSegmentsCsv(p, csv); }, "segments.csv", "header");
    }
};

QTEST_APPLESS_MAIN(TestSegments)
#include "testsegments.moc"
