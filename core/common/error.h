#pragma once

#include <stdexcept>
#include <string>

namespace as {

/**
 * A structured error from the core: a stable code the UI can translate, a human-readable
 * English message, and the file (and line, when it applies) it is about.
 */
struct ErrorInfo
{
    std::string code;     // e.g. "video.unreadable", "config.field", "project.notfound"
    std::string message;  // English, complete sentence, already names path/line/field
    std::string path;     // file or field path the error is about, may be empty
    int line = 0;         // 1-based line number in `path`, 0 when not applicable
};

/** The exception every core module throws for bad input or failed I/O. */
class Error : public std::runtime_error
{
public:
    explicit Error(ErrorInfo info)
        : std::runtime_error(info.message)
        , m_info(std::move(info))
    {
    }
    Error(std::string code, std::string message, std::string path = {}, int line = 0)
        : Error(ErrorInfo{std::move(code), std::move(message), std::move(path), line})
    {
    }

    const ErrorInfo &info() const { return m_info; }
    const std::string &code() const { return m_info.code; }
    const std::string &path() const { return m_info.path; }

private:
    ErrorInfo m_info;
};

/** Thrown by a job when its cancellation token is set; not an error to report. */
class Cancelled : public std::runtime_error
{
public:
    Cancelled()
        : std::runtime_error("cancelled")
    {
    }
};

} // namespace as
