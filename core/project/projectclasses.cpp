// Project: the classes (action labels). Kept apart from project.cpp, which holds the database,
// videos and splits.

#include <cctype>

#include <sqlite3.h>

#include "core/common/error.h"
#include "core/project/project.h"
#include "core/project/sqlitestatement.h"

namespace as {

namespace {

const char *const kClassColumns = "SELECT id, idx, name, colour FROM classes ";

ClassInfo readClass(const Statement &s)
{
    return ClassInfo{s.int64(0), s.integer(1), s.text(2), s.text(3)};
}

/** Throws unless `name` can name a class: not blank, and not taken by a class but `self`. */
void checkClassName(const Project &project, const std::string &name, std::int64_t self = 0)
{
    if (name.find_first_not_of(" \t\r\n") == std::string::npos)
        throw Error("project.class", "A class name cannot be empty.", project.dir());
    const auto existing = project.classByName(name);
    if (existing && existing->id != self)
        throw Error("project.class",
                    "A class named \"" + name + "\" already exists in the project " +
                        project.dir() + ".",
                    project.dir());
}

ClassInfo requireClass(const Project &project, std::int64_t id)
{
    const auto info = project.classById(id);
    if (!info)
        throw Error("project.class",
                    "The project " + project.dir() + " has no class with id " +
                        std::to_string(id) + ".",
                    project.dir());
    return *info;
}

bool isColour(const std::string &colour)
{
    if (colour.size() != 7 || colour[0] != '#')
        return false;
    for (std::size_t i = 1; i < colour.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(colour[i])))
            return false;
    return true;
}

} // namespace

std::vector<ClassInfo> Project::classes() const
{
    std::vector<ClassInfo> result;
    Statement s(database(), databaseFile(), (std::string(kClassColumns) + "ORDER BY idx").c_str());
    while (s.step())
        result.push_back(readClass(s));
    return result;
}

std::optional<ClassInfo> Project::classByName(const std::string &name) const
{
    Statement s(database(), databaseFile(), (std::string(kClassColumns) + "WHERE name = ?").c_str());
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return readClass(s);
}

std::int64_t Project::ensureClass(const std::string &name)
{
    if (const auto existing = classByName(name))
        return existing->id;
    std::int64_t id = 0;
    transaction([&] {
        // The next label index is computed inside the transaction so that two connections
        // adding classes at once cannot take the same index.
        Statement s(database(), databaseFile(),
                    "INSERT INTO classes(idx, name) SELECT coalesce(max(idx) + 1, 0), ? FROM classes");
        s.bind(1, name).run();
        id = sqlite3_last_insert_rowid(database());
    });
    return id;
}

std::optional<ClassInfo> Project::classById(std::int64_t id) const
{
    Statement s(database(), databaseFile(), (std::string(kClassColumns) + "WHERE id = ?").c_str());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readClass(s);
}

std::int64_t Project::addClass(const std::string &name)
{
    std::int64_t id = 0;
    transaction([&] {
        checkClassName(*this, name);
        id = ensureClass(name);
    });
    return id;
}

void Project::renameClass(std::int64_t classId, const std::string &newName)
{
    transaction([&] {
        requireClass(*this, classId);
        checkClassName(*this, newName, classId);
        Statement(database(), databaseFile(), "UPDATE classes SET name = ? WHERE id = ?")
            .bind(1, newName)
            .bind(2, classId)
            .run();
    });
}

void Project::setClassColour(std::int64_t classId, const std::string &colour)
{
    transaction([&] {
        const ClassInfo info = requireClass(*this, classId);
        if (!colour.empty() && !isColour(colour))
            throw Error("project.class",
                        "The colour \"" + colour + "\" for the class \"" + info.name +
                            "\" is not of the form #rrggbb.",
                        dir());
        Statement(database(), databaseFile(), "UPDATE classes SET colour = ? WHERE id = ?")
            .bind(1, colour)
            .bind(2, classId)
            .run();
    });
}

void Project::renumberClasses()
{
    // idx is UNIQUE and SQLite checks it row by row: park the indices at negative values
    // first, then give them 0..n-1 in their old order.
    const std::vector<ClassInfo> remaining = classes();
    Statement(database(), databaseFile(), "UPDATE classes SET idx = -idx - 1").run();
    for (std::size_t i = 0; i < remaining.size(); ++i)
        Statement(database(), databaseFile(), "UPDATE classes SET idx = ? WHERE id = ?")
            .bind(1, static_cast<int>(i))
            .bind(2, remaining[i].id)
            .run();
}

int Project::mergeClasses(std::int64_t fromId, std::int64_t intoId)
{
    int moved = 0;
    transaction([&] {
        const ClassInfo from = requireClass(*this, fromId);
        const ClassInfo into = requireClass(*this, intoId);
        if (from.id == into.id)
            throw Error("project.class",
                        "The class \"" + from.name + "\" cannot be merged into itself.", dir());
        moved = videoCountOfClass(fromId);
        for (const char *sql : {"UPDATE videos SET class_id = ? WHERE class_id = ?",
                                "UPDATE segments SET class_id = ? WHERE class_id = ?"})
            Statement(database(), databaseFile(), sql).bind(1, intoId).bind(2, fromId).run();
        Statement(database(), databaseFile(), "DELETE FROM classes WHERE id = ?")
            .bind(1, fromId)
            .run();
        renumberClasses();
    });
    return moved;
}

ClassUsage Project::classUsage(std::int64_t classId) const
{
    ClassUsage usage;
    usage.videos = videoCountOfClass(classId);
    Statement s(database(), databaseFile(),
                "SELECT count(*), count(DISTINCT video_id) FROM segments WHERE class_id = ?");
    s.bind(1, classId);
    if (s.step()) {
        usage.segments = s.integer(0);
        usage.videosWithSegments = s.integer(1);
    }
    return usage;
}

ClassUsage Project::removeClass(std::int64_t classId)
{
    ClassUsage usage;
    transaction([&] {
        requireClass(*this, classId);
        usage = classUsage(classId);
        Statement(database(), databaseFile(), "UPDATE videos SET class_id = NULL WHERE class_id = ?")
            .bind(1, classId)
            .run();
        Statement(database(), databaseFile(), "DELETE FROM segments WHERE class_id = ?")
            .bind(1, classId)
            .run();
        Statement(database(), databaseFile(), "DELETE FROM classes WHERE id = ?")
            .bind(1, classId)
            .run();
        renumberClasses();
    });
    return usage;
}

int Project::videoCountOfClass(std::int64_t classId) const
{
    Statement s(database(), databaseFile(), "SELECT count(*) FROM videos WHERE class_id = ?");
    s.bind(1, classId);
    return s.step() ? s.integer(0) : 0;
}

} // namespace as
