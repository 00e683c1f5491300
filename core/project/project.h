#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/project/projecttypes.h"

struct sqlite3;  // SQLite's connection (sqlite3.h)

namespace as {

/**
 * A project is a folder: `project.db` (SQLite, WAL, schema version), `cache/` (frame cache),
 * `runs/` (training runs). Every write is one transaction. Not thread-safe: use one Project
 * object per thread (SQLite handles concurrent connections to the same file).
 */
class Project
{
public:
    /** Creates the folder layout and an empty database; throws `Error` if one exists. */
    static Project create(const std::string &dir);
    /** Opens an existing project; throws `Error` naming the folder when it is not one. */
    static Project open(const std::string &dir);
    /** Opens the project at `dir`, creating it when the folder has none. */
    static Project openOrCreate(const std::string &dir);
    static bool exists(const std::string &dir);

    Project(Project &&) noexcept;
    Project &operator=(Project &&) noexcept;
    ~Project();

    const std::string &dir() const;
    /** The frame cache: `<dir>/cache`, or the folder setCacheDir chose for this project. */
    std::string cacheDir() const;
    /**
     * Keeps this project's frame cache in `dir` from now on (an empty string: back to
     * `<project>/cache`); stored in project.db. Frames already extracted elsewhere are not
     * moved: they are extracted again on demand.
     */
    void setCacheDir(const std::string &dir);
    std::string runsDir() const;
    int schemaVersion() const;

    // classes
    std::vector<ClassInfo> classes() const;
    /** Returns the id of the class `name`, adding it (next index) when new. */
    std::int64_t ensureClass(const std::string &name);
    std::optional<ClassInfo> classByName(const std::string &name) const;
    std::optional<ClassInfo> classById(std::int64_t id) const;
    /**
     * Adds the class `name` at the next label index and returns its id. Throws `Error`
     * ("project.class") for an empty name or one already taken, naming it.
     */
    std::int64_t addClass(const std::string &name);
    /**
     * Renames class `classId`; its label index and videos stay. Throws `Error`
     * ("project.class") for an unknown class, an empty name, or a name another class has.
     */
    void renameClass(std::int64_t classId, const std::string &newName);
    /**
     * Moves every video and labelled segment of class `fromId` to `intoId`, removes `fromId`
     * and renumbers the label indices to stay contiguous (0..n-1, order kept), all in one
     * transaction. Returns the number of videos moved. Throws `Error` ("project.class") for
     * an unknown class or `fromId == intoId`. Runs trained before keep their own class list.
     */
    int mergeClasses(std::int64_t fromId, std::int64_t intoId);
    /** Number of videos labelled with class `classId`. */
    int videoCountOfClass(std::int64_t classId) const;
    /**
     * Gives class `classId` the colour `colour` ("#rrggbb"; empty: the palette's). Throws
     * `Error` ("project.class") for an unknown class or another form, naming the colour.
     */
    void setClassColour(std::int64_t classId, const std::string &colour);
    /** What deleting `classId` would touch (see removeClass). */
    ClassUsage classUsage(std::int64_t classId) const;
    /**
     * Deletes class `classId` in one transaction: its videos become unlabelled, its segments
     * are removed, and the label indices are renumbered 0..n-1 (order kept). Returns what
     * was affected. Throws `Error` ("project.class") for an unknown class.
     */
    ClassUsage removeClass(std::int64_t classId);

    // videos
    std::vector<VideoRecord> videos() const;
    int videoCount() const;
    std::optional<VideoRecord> videoByPath(const std::string &absolutePath) const;
    std::optional<VideoRecord> video(std::int64_t id) const;
    /** Inserts or updates (by path) a video; returns its id. */
    std::int64_t upsertVideo(const VideoRecord &video);
    void setVideoStatus(std::int64_t videoId, VideoStatus status, const std::string &error = {});
    /**
     * Labels the whole video `videoId` with class `classId` (0: none), the trimmed-clip case.
     * Throws `Error` for an unknown video ("project.video") or class ("project.class").
     */
    void setVideoClass(std::int64_t videoId, std::int64_t classId);
    /**
     * Marks `videoId` fully reviewed (or not): every action in it is labelled, so training may
     * take its unlabelled stretches as the background class.
     */
    void setVideoReviewed(std::int64_t videoId, bool reviewed);

    // splits
    void setSubset(int split, std::int64_t videoId, Subset subset);
    Subset subset(int split, std::int64_t videoId) const;
    /** Videos of `subset` in `split` whose status is not Error, ordered by id. */
    std::vector<VideoRecord> videosIn(int split, Subset subset) const;

    // segments (labelling). Each call is one transaction; errors ("project.segment") name the
    // video file and the field at fault, and leave the database as it was.
    /** The segments of `videoId`, by start frame. */
    std::vector<SegmentRecord> segments(std::int64_t videoId) const;
    std::optional<SegmentRecord> segment(std::int64_t id) const;
    /**
     * Adds `segment` (its id is ignored) and returns the new id. Throws for an unknown video
     * or class, start < 0, end <= start, end past the video's frames, or an overlap with
     * another segment of the video (naming it).
     */
    std::int64_t addSegment(const SegmentRecord &segment);
    /** Replaces the segment `segment.id` (same checks as addSegment; the video may not change). */
    void updateSegment(const SegmentRecord &segment);
    void removeSegment(std::int64_t id);
    /**
     * Cuts segment `id` at `frame` (strictly inside it): it keeps [start, frame), a new
     * segment of the same class and source gets [frame, end). Returns the new segment's id.
     */
    std::int64_t splitSegment(std::int64_t id, int frame);
    /**
     * Joins segments `first` and `second` of one video into `first`, spanning both (and the
     * gap between them, which must hold no other segment); `second` is removed. The class is
     * `first`'s.
     */
    void mergeSegments(std::int64_t first, std::int64_t second);
    /**
     * Makes `segments` (each with its id, e.g. from an earlier `segments(videoId)`) the
     * segments of `videoId`, in one transaction: what undo and redo of an edit need. Ids are
     * never reused, so restoring one brings back exactly that segment. Same checks as
     * addSegment; on an error nothing changes.
     */
    void replaceSegments(std::int64_t videoId, const std::vector<SegmentRecord> &segments);
    /**
     * Every Model-source segment (a proposal not yet reviewed) in the project, most uncertain
     * first: by confidence ascending (none before any), then video id, start frame. The
     * review queue of model-assisted labelling: accepting one is updateSegment with source
     * Manual (or a new class too, to correct it), rejecting it removeSegment.
     */
    std::vector<SegmentRecord> modelProposals() const;
    /** Videos with neither a whole-video class nor any segment, by id: what is left to label. */
    std::vector<std::int64_t> unlabelledVideos() const;
    /** Segments per video id, labels and proposals apart (one query; videos without absent). */
    std::map<std::int64_t, SegmentCounts> segmentCountsByVideo() const;
    /**
     * Labelled (Manual) segments per class id, in the whole project: proposals are not labels
     * yet (one query; classes without any absent).
     */
    std::map<std::int64_t, int> segmentCountsByClass() const;
    /** Segments labelled with class `classId`, in the whole project. */
    int segmentCountOfClass(std::int64_t classId) const;

    /** Core-internal: the open database connection (for the project's own helpers). */
    ::sqlite3 *database() const;
    const std::string &databaseFile() const;

    /** Runs `fn` inside one transaction (commit on return, rollback on exception). */
    template<typename Fn> void transaction(Fn &&fn)
    {
        begin();
        try {
            fn();
        } catch (...) {
            rollback();
            throw;
        }
        commit();
    }

private:
    struct Impl;
    explicit Project(std::unique_ptr<Impl> impl);
    /** Gives the classes label indices 0..n-1 in their order (inside a transaction). */
    void renumberClasses();
    void begin();
    void commit();
    void rollback();
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
