// Project: the labelled segments of videos (issue 7). Kept apart from project.cpp, which holds
// the database, classes, videos and splits.

#include <algorithm>

#include "core/common/error.h"
#include "core/project/project.h"
#include "core/project/sqlitestatement.h"

namespace as {

namespace {

const char *const kSegmentColumns =
    "SELECT id, video_id, start_frame, end_frame, class_id, source, confidence FROM segments ";

SegmentRecord readSegment(const Statement &s)
{
    SegmentRecord r;
    r.id = s.int64(0);
    r.videoId = s.int64(1);
    r.startFrame = s.integer(2);
    r.endFrame = s.integer(3);
    r.classId = s.int64(4); // NULL reads as 0: no class yet
    r.source = s.integer(5) == 1 ? SegmentSource::Model : SegmentSource::Manual;
    r.confidence = s.isNull(6) ? -1.0 : s.real(6);
    return r;
}

std::string describeFrames(const SegmentRecord &s)
{
    return "frames " + std::to_string(s.startFrame) + "-" + std::to_string(s.endFrame);
}

/** Throws "project.segment" naming the video (its path) and what is wrong. */
[[noreturn]] void segmentError(const std::string &videoPath, const std::string &what)
{
    throw Error("project.segment", "Segment of " + videoPath + ": " + what, videoPath);
}

/** Checks `s` against its video, its class and the other segments (all but `s.id`). */
VideoRecord checkSegment(const Project &project, const SegmentRecord &s)
{
    const auto video = project.video(s.videoId);
    if (!video)
        throw Error("project.segment",
                    "The project " + project.dir() + " has no video with id "
                        + std::to_string(s.videoId) + " (segment.video_id)",
                    project.dir());
    if (s.startFrame < 0)
        segmentError(video->path, "start_frame " + std::to_string(s.startFrame)
                                      + " is before the first frame (0)");
    if (s.endFrame <= s.startFrame)
        segmentError(video->path, "end_frame " + std::to_string(s.endFrame)
                                      + " must be after start_frame "
                                      + std::to_string(s.startFrame));
    if (video->frameCount > 0 && s.endFrame > video->frameCount)
        segmentError(video->path, "end_frame " + std::to_string(s.endFrame)
                                      + " is past the video's " + std::to_string(video->frameCount)
                                      + " frames");
    if (s.classId != 0 && !project.classById(s.classId))
        segmentError(video->path, "class_id " + std::to_string(s.classId) + " is not a class");
    if (s.confidence > 1.0)
        segmentError(video->path, "confidence " + std::to_string(s.confidence) + " is over 1");
    for (const SegmentRecord &other : project.segments(s.videoId)) {
        if (other.id == s.id || other.endFrame <= s.startFrame || other.startFrame >= s.endFrame)
            continue;
        segmentError(video->path, describeFrames(s) + " overlap segment "
                                      + std::to_string(other.id) + " (" + describeFrames(other)
                                      + ")");
    }
    return *video;
}

SegmentRecord requireSegment(const Project &project, std::int64_t id)
{
    const auto segment = project.segment(id);
    if (!segment)
        throw Error("project.segment",
                    "The project " + project.dir() + " has no segment with id "
                        + std::to_string(id),
                    project.dir());
    return *segment;
}

void bindSegment(Statement &s, const SegmentRecord &r)
{
    s.bind(1, r.videoId).bind(2, r.startFrame).bind(3, r.endFrame).bindOptionalId(4, r.classId);
    s.bind(5, r.source == SegmentSource::Model ? 1 : 0);
    if (r.confidence < 0.0)
        s.bindNull(6);
    else
        s.bind(6, r.confidence);
}

/** Inserts `r`, with its own id when it has one (restoring a segment). */
std::int64_t insertSegment(Project &project, const SegmentRecord &r)
{
    Statement s(project.database(), project.databaseFile(),
                "INSERT INTO segments(video_id, start_frame, end_frame, class_id, source, "
                "confidence, id) VALUES(?, ?, ?, ?, ?, ?, ?)");
    bindSegment(s, r);
    s.bindOptionalId(7, r.id);
    s.run();
    return sqlite3_last_insert_rowid(project.database());
}

void writeSegment(Project &project, const SegmentRecord &r)
{
    Statement s(project.database(), project.databaseFile(),
                "UPDATE segments SET video_id = ?, start_frame = ?, end_frame = ?, class_id = ?, "
                "source = ?, confidence = ? WHERE id = ?");
    bindSegment(s, r);
    s.bind(7, r.id).run();
}

} // namespace

std::vector<SegmentRecord> Project::segments(std::int64_t videoId) const
{
    Statement s(database(), databaseFile(),
                (std::string(kSegmentColumns) + "WHERE video_id = ? ORDER BY start_frame, id")
                    .c_str());
    s.bind(1, videoId);
    std::vector<SegmentRecord> out;
    while (s.step())
        out.push_back(readSegment(s));
    return out;
}

std::optional<SegmentRecord> Project::segment(std::int64_t id) const
{
    Statement s(database(), databaseFile(), (std::string(kSegmentColumns) + "WHERE id = ?").c_str());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readSegment(s);
}

std::int64_t Project::addSegment(const SegmentRecord &segment)
{
    std::int64_t id = 0;
    transaction([&] {
        SegmentRecord fresh = segment;
        fresh.id = 0;
        checkSegment(*this, fresh);
        id = insertSegment(*this, fresh);
    });
    return id;
}

void Project::updateSegment(const SegmentRecord &segment)
{
    transaction([&] {
        const SegmentRecord old = requireSegment(*this, segment.id);
        if (old.videoId != segment.videoId)
            throw Error("project.segment",
                        "Segment " + std::to_string(segment.id)
                            + " cannot move to another video (segment.video_id)",
                        dir());
        checkSegment(*this, segment);
        writeSegment(*this, segment);
    });
}

void Project::removeSegment(std::int64_t id)
{
    transaction([&] {
        requireSegment(*this, id);
        Statement(database(), databaseFile(), "DELETE FROM segments WHERE id = ?")
            .bind(1, id)
            .run();
    });
}

std::int64_t Project::splitSegment(std::int64_t id, int frame)
{
    std::int64_t added = 0;
    transaction([&] {
        SegmentRecord first = requireSegment(*this, id);
        if (frame <= first.startFrame || frame >= first.endFrame) {
            const auto video = this->video(first.videoId);
            segmentError(video ? video->path : dir(),
                         "cannot split " + describeFrames(first) + " at frame "
                             + std::to_string(frame) + " (it must be strictly inside)");
        }
        SegmentRecord second = first;
        second.id = 0;
        second.startFrame = frame;
        first.endFrame = frame;
        writeSegment(*this, first);
        added = insertSegment(*this, second);
    });
    return added;
}

void Project::mergeSegments(std::int64_t first, std::int64_t second)
{
    transaction([&] {
        SegmentRecord a = requireSegment(*this, first);
        const SegmentRecord b = requireSegment(*this, second);
        const auto video = this->video(a.videoId);
        const std::string path = video ? video->path : dir();
        if (first == second)
            segmentError(path, "cannot merge segment " + std::to_string(first) + " with itself");
        if (a.videoId != b.videoId)
            segmentError(path, "segments " + std::to_string(first) + " and "
                                   + std::to_string(second) + " are of different videos");
        a.startFrame = std::min(a.startFrame, b.startFrame);
        a.endFrame = std::max(a.endFrame, b.endFrame);
        Statement(database(), databaseFile(), "DELETE FROM segments WHERE id = ?")
            .bind(1, second)
            .run();
        checkSegment(*this, a); // another segment in the gap between them: an overlap
        writeSegment(*this, a);
    });
}

void Project::replaceSegments(std::int64_t videoId, const std::vector<SegmentRecord> &segments)
{
    transaction([&] {
        Statement(database(), databaseFile(), "DELETE FROM segments WHERE video_id = ?")
            .bind(1, videoId)
            .run();
        for (const SegmentRecord &segment : segments) {
            if (segment.videoId != videoId)
                throw Error("project.segment",
                            "Segment " + std::to_string(segment.id) + " belongs to video "
                                + std::to_string(segment.videoId) + ", not "
                                + std::to_string(videoId) + " (segment.video_id)",
                            dir());
            checkSegment(*this, segment);
            insertSegment(*this, segment);
        }
    });
}

std::vector<SegmentRecord> Project::modelProposals() const
{
    // NULL confidence sorts first in SQLite's ascending order: unknown counts as least sure.
    Statement s(database(), databaseFile(),
                (std::string(kSegmentColumns)
                 + "WHERE source = 1 ORDER BY confidence, video_id, start_frame, id")
                    .c_str());
    std::vector<SegmentRecord> out;
    while (s.step())
        out.push_back(readSegment(s));
    return out;
}

std::vector<std::int64_t> Project::unlabelledVideos() const
{
    Statement s(database(), databaseFile(),
                "SELECT id FROM videos v WHERE class_id IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM segments s WHERE s.video_id = v.id) ORDER BY id");
    std::vector<std::int64_t> ids;
    while (s.step())
        ids.push_back(s.int64(0));
    return ids;
}

std::map<std::int64_t, SegmentCounts> Project::segmentCountsByVideo() const
{
    Statement s(database(), databaseFile(),
                "SELECT video_id, sum(source = 0), sum(source = 1) FROM segments GROUP BY video_id");
    std::map<std::int64_t, SegmentCounts> counts;
    while (s.step())
        counts[s.int64(0)] = {s.integer(1), s.integer(2)};
    return counts;
}

std::map<std::int64_t, int> Project::segmentCountsByClass() const
{
    Statement s(database(), databaseFile(),
                "SELECT class_id, count(*) FROM segments WHERE class_id IS NOT NULL AND source = 0 "
                "GROUP BY class_id");
    std::map<std::int64_t, int> counts;
    while (s.step())
        counts[s.int64(0)] = s.integer(1);
    return counts;
}

int Project::videoCount() const
{
    Statement s(database(), databaseFile(), "SELECT count(*) FROM videos");
    return s.step() ? s.integer(0) : 0;
}

int Project::segmentCountOfClass(std::int64_t classId) const
{
    Statement s(database(), databaseFile(), "SELECT count(*) FROM segments WHERE class_id = ?");
    s.bind(1, classId);
    return s.step() ? s.integer(0) : 0;
}

} // namespace as
