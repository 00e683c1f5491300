#pragma once

// Core-internal: the project database's SQLite helpers, shared by the files that implement
// Project (project.cpp, projectsegments.cpp). Not for the UI.

#include <cstdint>
#include <string>

#include <sqlite3.h>

#include "core/common/error.h"

namespace as {

/** Throws the error of a failed SQLite call, naming the database file. */
[[noreturn]] inline void throwSqlite(sqlite3 *db, int rc, const std::string &path, const std::string &what)
{
    const std::string reason = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        throw Error("project.corrupt",
                    "The project database " + path + " is damaged or not a database (" + reason +
                        ").",
                    path);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw Error("project.busy",
                    "The project database " + path + " is locked by another program (" + reason +
                        ").",
                    path);
    throw Error("project.db", "Could not " + what + " in the project database " + path + ": " +
                                  reason + ".",
                path);
}

/** A prepared statement that finalizes itself; binds are 1-based like SQLite's. */
class Statement final
{
public:
    Statement(sqlite3 *db, const std::string &dbPath, const char *sql)
        : m_db(db)
        , m_path(dbPath)
    {
        const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            throwSqlite(db, rc, dbPath, "prepare a query");
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    Statement &bind(int i, std::int64_t v) { return check(sqlite3_bind_int64(m_stmt, i, v)); }
    Statement &bind(int i, int v) { return check(sqlite3_bind_int(m_stmt, i, v)); }
    Statement &bind(int i, double v) { return check(sqlite3_bind_double(m_stmt, i, v)); }
    Statement &bind(int i, const std::string &v)
    {
        return check(sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()),
                                       SQLITE_TRANSIENT));
    }
    /** Binds an id where 0 means "none" (stored as NULL, so foreign keys hold). */
    Statement &bindOptionalId(int i, std::int64_t id)
    {
        return id == 0 ? check(sqlite3_bind_null(m_stmt, i)) : bind(i, id);
    }

    Statement &bindNull(int i) { return check(sqlite3_bind_null(m_stmt, i)); }

    /** Returns true while there is a row to read, false when done. */
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throwSqlite(m_db, rc, m_path, "run a query");
    }
    void run()
    {
        while (step()) {
        }
    }

    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    int integer(int col) const { return sqlite3_column_int(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::string text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
                 : std::string();
    }

private:
    Statement &check(int rc)
    {
        if (rc != SQLITE_OK)
            throwSqlite(m_db, rc, m_path, "bind a value");
        return *this;
    }

    sqlite3 *m_db;
    const std::string &m_path;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace as
