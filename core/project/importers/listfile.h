#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/common/error.h"

namespace as::listfile {

/** The lines of a text list without line ends (LF or CRLF) or UTF-8 byte order mark; throws
 *  `Error` "import.notfound" naming the file when it cannot be read. */
std::vector<std::string> readLines(const std::string &path);

/** Whitespace-separated fields (trailing spaces, as in the HMDB51 files, vanish). */
std::vector<std::string> fields(const std::string &line);

/** A whole decimal integer, or nothing. */
std::optional<int> parseInt(const std::string &text);

/**
 * One CSV record (RFC 4180 on one line: commas, double-quoted fields with "" for a quote).
 * Returns nothing when a quote is not closed.
 */
std::optional<std::vector<std::string>> parseCsvLine(const std::string &line);

/** A problem on line `line` of `path`; `what` completes "Line N of PATH ...". */
ErrorInfo lineProblem(const std::string &code, const std::string &path, int line,
                      const std::string &what);

/** `path` made absolute and normal: the project's key for a video. */
std::string absolutePath(const std::filesystem::path &path);

/**
 * A label map: class names by 0-based id. Either one name per line (mmaction2: the line index
 * is the id; names may hold spaces) or "<id> <name>" per line (PaddleVideo), detected from the
 * file. Bad lines go to `problems`; throws `Error` naming the file when it defines no class.
 */
std::map<int, std::string> readLabelMap(const std::string &path, std::vector<ErrorInfo> &problems);

} // namespace as::listfile
