#pragma once

#include <string>

namespace as {

/**
 * Writes `contents` to `path` atomically: a temporary file in the same folder, flushed and
 * fsync'ed, then renamed over `path`. A crash or full disk leaves the old file intact.
 * Throws `Error` naming the file on failure.
 */
void writeFileAtomically(const std::string &path, const std::string &contents);

/** Reads a whole file; throws `Error` naming it when it cannot be read. */
std::string readFile(const std::string &path);

/** Renames `tmpPath` over `path` after fsync'ing it (for writers that produced a temp file). */
void commitTempFile(const std::string &tmpPath, const std::string &path);

/** A sibling temporary name for `path` unique to this process and thread. */
std::string tempPathFor(const std::string &path);

} // namespace as
