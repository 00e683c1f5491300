#include "core/project/project.h"

#include <filesystem>
#include <utility>

#include <sqlite3.h>

#include "core/common/error.h"
#include "core/project/sqlitestatement.h"

namespace as {

namespace fs = std::filesystem;

namespace {

constexpr int kSchemaVersion = 3;
constexpr int kBusyTimeoutMs = 5000;  // another connection (UI, CLI, extractor) may be writing

const char *const kDatabaseName = "project.db";

std::string databasePath(const std::string &dir)
{
    return (fs::path(dir) / kDatabaseName).string();
}

/** The schema, version 3 (version 1 differed in segments.id: see kMigrateV1ToV2; version 2
 *  lacked classes.colour and videos.reviewed: see kMigrateV2ToV3).
 *  Class ids and label indices differ: deleting a class later must
 *  not renumber database ids, only labels. `class_id` NULL means unlabelled. */
const char *const kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE classes(
    id INTEGER PRIMARY KEY,
    idx INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    colour TEXT NOT NULL DEFAULT '');
CREATE TABLE videos(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    class_id INTEGER REFERENCES classes(id),
    fps REAL NOT NULL DEFAULT 0,
    frame_count INTEGER NOT NULL DEFAULT 0,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    reviewed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE splits(
    split INTEGER NOT NULL,
    video_id INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    subset INTEGER NOT NULL,
    PRIMARY KEY(split, video_id));
CREATE TABLE segments(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    start_frame INTEGER NOT NULL,
    end_frame INTEGER NOT NULL,
    class_id INTEGER REFERENCES classes(id),
    source INTEGER NOT NULL DEFAULT 0,
    confidence REAL);
CREATE INDEX segments_video ON segments(video_id);
CREATE TABLE runs(
    id INTEGER PRIMARY KEY,
    dir TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    config TEXT,
    summary TEXT);
)sql";

/**
 * Version 1 to 2: segment ids are never reused (AUTOINCREMENT), so that an undo command that
 * names a deleted segment can never touch a newer one. Version 1 did not write segments yet.
 */
const char *const kMigrateV1ToV2 = R"sql(
CREATE TABLE segments_v2(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    start_frame INTEGER NOT NULL,
    end_frame INTEGER NOT NULL,
    class_id INTEGER REFERENCES classes(id),
    source INTEGER NOT NULL DEFAULT 0,
    confidence REAL);
INSERT INTO segments_v2 SELECT id, video_id, start_frame, end_frame, class_id, source, confidence
    FROM segments;
DROP TABLE segments;
ALTER TABLE segments_v2 RENAME TO segments;
CREATE INDEX segments_video ON segments(video_id);
UPDATE meta SET value = '2' WHERE key = 'schema_version';
)sql";

/**
 * Version 2 to 3: a colour the user chose per class ('' = the palette's), and a per-video
 * "fully reviewed" mark: the unlabelled stretches of a reviewed video are known to hold no
 * action, so training may use them as the background class.
 */
const char *const kMigrateV2ToV3 = R"sql(
ALTER TABLE classes ADD COLUMN colour TEXT NOT NULL DEFAULT '';
ALTER TABLE videos ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;
UPDATE meta SET value = '3' WHERE key = 'schema_version';
)sql";

const char *const kVideoColumns =
    "SELECT id, path, class_id, fps, frame_count, width, height, status, error, reviewed "
    "FROM videos ";

VideoRecord readVideo(const Statement &s)
{
    VideoRecord v;
    v.id = s.int64(0);
    v.path = s.text(1);
    v.classId = s.int64(2);  // NULL reads as 0: unlabelled
    v.fps = s.real(3);
    v.frameCount = s.integer(4);
    v.width = s.integer(5);
    v.height = s.integer(6);
    v.status = static_cast<VideoStatus>(s.integer(7));
    v.error = s.text(8);
    v.reviewed = s.integer(9) != 0;
    return v;
}

} // namespace

struct Project::Impl
{
    std::string dir;
    std::string dbPath;
    sqlite3 *db = nullptr;
    int transactionDepth = 0;  // nested transaction() calls; only the outermost BEGINs

    ~Impl() { sqlite3_close_v2(db); }

    void exec(const char *sql, const char *what)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        sqlite3_free(message);  // sqlite3_errmsg() still holds the same text
        if (rc != SQLITE_OK)
            throwSqlite(db, rc, dbPath, what);
    }

    Statement query(const char *sql) { return Statement(db, dbPath, sql); }

    /** Opens the connection with the settings every connection needs. */
    void connect(bool create)
    {
        const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
        const int rc = sqlite3_open_v2(dbPath.c_str(), &db, flags, nullptr);
        if (rc != SQLITE_OK)
            throwSqlite(db, rc, dbPath, "open the database");
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, kBusyTimeoutMs);
        // The first statement reads the header: this is where a file that is not a database
        // fails. WAL lets readers (the UI) go on while a job writes; it persists in the file.
        exec("PRAGMA journal_mode=WAL", "switch to WAL journal mode");
        exec("PRAGMA foreign_keys=ON", "enable foreign keys");
        exec("PRAGMA synchronous=NORMAL", "set synchronous mode");  // safe with WAL
    }

    int readSchemaVersion()
    {
        Statement has = query("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
        if (!has.step() || has.integer(0) == 0)
            throw Error("project.corrupt",
                        "The file " + dbPath + " is an SQLite database but not an ActionStudio "
                        "project (it has no meta table).",
                        dbPath);
        Statement s = query("SELECT value FROM meta WHERE key='schema_version'");
        if (!s.step())
            throw Error("project.corrupt",
                        "The project database " + dbPath + " has no schema version.", dbPath);
        try {
            return std::stoi(s.text(0));
        } catch (const std::exception &) {
            throw Error("project.corrupt",
                        "The project database " + dbPath + " has an invalid schema version (" +
                            s.text(0) + ").",
                        dbPath);
        }
    }

    void createSchema()
    {
        exec("BEGIN IMMEDIATE", "start a transaction");
        try {
            exec(kSchema, "create the tables");
            Statement s = query("INSERT INTO meta(key, value) VALUES('schema_version', ?)");
            s.bind(1, std::to_string(kSchemaVersion)).run();
            exec("COMMIT", "commit the new tables");
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }

    /** Runs one migration step in its own transaction: all of it or none. */
    void migrate(const char *sql, int toVersion)
    {
        const std::string to = "schema version " + std::to_string(toVersion);
        exec("BEGIN IMMEDIATE", ("start the migration to " + to).c_str());
        try {
            exec(sql, ("migrate to " + to).c_str());
            exec("COMMIT", ("commit the migration to " + to).c_str());
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }

    /** Refuses newer databases; migrates older ones step by step, each in one transaction. */
    void checkSchemaVersion()
    {
        const int version = readSchemaVersion();
        if (version > kSchemaVersion)
            throw Error("project.version",
                        "The project database " + dbPath + " has schema version " +
                            std::to_string(version) + ", newer than this version of ActionStudio "
                            "supports (" + std::to_string(kSchemaVersion) + ").",
                        dbPath);
        if (version < 1)
            throw Error("project.corrupt",
                        "The project database " + dbPath + " has an invalid schema version (" +
                            std::to_string(version) + ").",
                        dbPath);
        if (version == 1)
            migrate(kMigrateV1ToV2, 2);
        if (version <= 2)
            migrate(kMigrateV2ToV3, 3);
    }
};

Project::Project(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Project::Project(Project &&) noexcept = default;
Project &Project::operator=(Project &&) noexcept = default;
Project::~Project() = default;

bool Project::exists(const std::string &dir)
{
    std::error_code ec;
    return fs::is_regular_file(databasePath(dir), ec);
}

Project Project::create(const std::string &dir)
{
    if (exists(dir))
        throw Error("project.exists", "The folder " + dir + " already holds a project.", dir);
    std::error_code ec;
    for (const char *sub : {"cache", "runs"}) {
        fs::create_directories(fs::path(dir) / sub, ec);
        if (ec)
            throw Error("project.create",
                        "Could not create the project folder " + dir + ": " + ec.message() + ".",
                        dir);
    }
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->dbPath = databasePath(dir);
    impl->connect(true);
    try {
        impl->createSchema();
    } catch (...) {
        // Leave no half-made database behind: it would make the folder look like a project.
        sqlite3_close_v2(impl->db);
        impl->db = nullptr;
        fs::remove(impl->dbPath, ec);
        throw;
    }
    return Project(std::move(impl));
}

Project Project::open(const std::string &dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error("project.notfound", "The project folder " + dir + " does not exist.", dir);
    if (!exists(dir))
        throw Error("project.notfound",
                    "The folder " + dir + " is not an ActionStudio project (it has no " +
                        kDatabaseName + ").",
                    dir);
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->dbPath = databasePath(dir);
    impl->connect(false);
    impl->checkSchemaVersion();
    // Folders a user (or a copy tool) removed are recreated: they only hold derived data.
    fs::create_directories(fs::path(dir) / "cache", ec);
    fs::create_directories(fs::path(dir) / "runs", ec);
    return Project(std::move(impl));
}

Project Project::openOrCreate(const std::string &dir)
{
    return exists(dir) ? open(dir) : create(dir);
}

const std::string &Project::dir() const
{
    return m_impl->dir;
}

std::string Project::cacheDir() const
{
    Statement s = m_impl->query("SELECT value FROM meta WHERE key='cache_dir'");
    if (s.step() && !s.text(0).empty())
        return s.text(0);
    return (fs::path(m_impl->dir) / "cache").string();
}

void Project::setCacheDir(const std::string &dir)
{
    if (dir.empty()) {
        m_impl->query("DELETE FROM meta WHERE key='cache_dir'").run();
        return;
    }
    const std::string absolute = fs::absolute(dir).lexically_normal().string();
    m_impl->query("INSERT OR REPLACE INTO meta(key, value) VALUES('cache_dir', ?)")
        .bind(1, absolute)
        .run();
}

std::string Project::runsDir() const
{
    return (fs::path(m_impl->dir) / "runs").string();
}

::sqlite3 *Project::database() const
{
    return m_impl->db;
}

const std::string &Project::databaseFile() const
{
    return m_impl->dbPath;
}

int Project::schemaVersion() const
{
    return m_impl->readSchemaVersion();
}

// --- videos ---

std::vector<VideoRecord> Project::videos() const
{
    std::vector<VideoRecord> result;
    Statement s = m_impl->query((std::string(kVideoColumns) + "ORDER BY id").c_str());
    while (s.step())
        result.push_back(readVideo(s));
    return result;
}

std::optional<VideoRecord> Project::videoByPath(const std::string &absolutePath) const
{
    Statement s = m_impl->query((std::string(kVideoColumns) + "WHERE path = ?").c_str());
    s.bind(1, absolutePath);
    if (!s.step())
        return std::nullopt;
    return readVideo(s);
}

std::optional<VideoRecord> Project::video(std::int64_t id) const
{
    Statement s = m_impl->query((std::string(kVideoColumns) + "WHERE id = ?").c_str());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readVideo(s);
}

std::int64_t Project::upsertVideo(const VideoRecord &video)
{
    std::int64_t id = 0;
    transaction([&] {
        Statement s = m_impl->query(
            "INSERT INTO videos(path, class_id, fps, frame_count, width, height, status, error) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
            "ON CONFLICT(path) DO UPDATE SET class_id = ?2, fps = ?3, frame_count = ?4, "
            "width = ?5, height = ?6, status = ?7, error = ?8 "
            "RETURNING id");
        s.bind(1, video.path)
            .bindOptionalId(2, video.classId)
            .bind(3, video.fps)
            .bind(4, video.frameCount)
            .bind(5, video.width)
            .bind(6, video.height)
            .bind(7, static_cast<int>(video.status))
            .bind(8, video.error);
        if (s.step())
            id = s.int64(0);
        s.run();  // RETURNING rows are only final once the statement is done
    });
    return id;
}

void Project::setVideoStatus(std::int64_t videoId, VideoStatus status, const std::string &error)
{
    transaction([&] {
        Statement s = m_impl->query("UPDATE videos SET status = ?, error = ? WHERE id = ?");
        s.bind(1, static_cast<int>(status)).bind(2, error).bind(3, videoId).run();
    });
}

void Project::setVideoClass(std::int64_t videoId, std::int64_t classId)
{
    transaction([&] {
        if (!video(videoId))
            throw Error("project.video",
                        "The project " + dir() + " has no video with id " +
                            std::to_string(videoId) + ".",
                        dir());
        if (classId != 0 && !classById(classId))
            throw Error("project.class",
                        "The project " + dir() + " has no class with id " +
                            std::to_string(classId) + ".",
                        dir());
        m_impl->query("UPDATE videos SET class_id = ? WHERE id = ?")
            .bindOptionalId(1, classId)
            .bind(2, videoId)
            .run();
    });
}

void Project::setVideoReviewed(std::int64_t videoId, bool reviewed)
{
    transaction([&] {
        if (!video(videoId))
            throw Error("project.video",
                        "The project " + dir() + " has no video with id " +
                            std::to_string(videoId) + ".",
                        dir());
        m_impl->query("UPDATE videos SET reviewed = ? WHERE id = ?")
            .bind(1, reviewed ? 1 : 0)
            .bind(2, videoId)
            .run();
    });
}

// --- splits ---

void Project::setSubset(int split, std::int64_t videoId, Subset subset)
{
    transaction([&] {
        Statement s = m_impl->query(
            "INSERT INTO splits(split, video_id, subset) VALUES(?1, ?2, ?3) "
            "ON CONFLICT(split, video_id) DO UPDATE SET subset = ?3");
        s.bind(1, split).bind(2, videoId).bind(3, static_cast<int>(subset)).run();
    });
}

Subset Project::subset(int split, std::int64_t videoId) const
{
    Statement s = m_impl->query("SELECT subset FROM splits WHERE split = ? AND video_id = ?");
    s.bind(1, split).bind(2, videoId);
    return s.step() ? static_cast<Subset>(s.integer(0)) : Subset::Unused;
}

std::vector<VideoRecord> Project::videosIn(int split, Subset subset) const
{
    std::vector<VideoRecord> result;
    // The same columns as every other video query (kVideoColumns): splits has none of them.
    Statement s = m_impl->query((std::string(kVideoColumns) +
                                 "JOIN splits s ON s.video_id = videos.id "
                                 "WHERE s.split = ? AND s.subset = ? AND status != ? ORDER BY id")
                                    .c_str());
    s.bind(1, split).bind(2, static_cast<int>(subset)).bind(3, static_cast<int>(VideoStatus::Error));
    while (s.step())
        result.push_back(readVideo(s));
    return result;
}

// --- transactions ---

// Nesting: the outermost level is a real BEGIN/COMMIT; inner levels are savepoints, so that an
// inner failure a caller catches undoes only the inner work, and each write method (which
// opens its own transaction) can run inside a caller's transaction. BEGIN IMMEDIATE takes the
// write lock up front: a deferred transaction that later upgrades can fail with SQLITE_BUSY
// without waiting for busy_timeout.

void Project::begin()
{
    if (m_impl->transactionDepth == 0)
        m_impl->exec("BEGIN IMMEDIATE", "start a transaction");
    else
        m_impl->exec("SAVEPOINT nested", "start a nested transaction");
    ++m_impl->transactionDepth;
}

void Project::commit()
{
    try {
        if (m_impl->transactionDepth == 1)
            m_impl->exec("COMMIT", "commit a transaction");
        else
            m_impl->exec("RELEASE nested", "commit a nested transaction");
    } catch (...) {
        // transaction() calls commit() outside its try: undo here so the depth stays right.
        rollback();
        throw;
    }
    --m_impl->transactionDepth;
}

void Project::rollback()
{
    // Called while an exception is in flight: must not throw. SQLite may already have rolled
    // back by itself (e.g. after SQLITE_FULL), in which case these statements fail harmlessly.
    --m_impl->transactionDepth;
    if (m_impl->transactionDepth == 0) {
        sqlite3_exec(m_impl->db, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_impl->db, "ROLLBACK TO nested; RELEASE nested", nullptr, nullptr,
                     nullptr);
    }
}

} // namespace as
