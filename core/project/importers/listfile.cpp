#include "core/project/importers/listfile.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace as::listfile {

namespace fs = std::filesystem;

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("import.notfound", "Could not read the list file " + path + ".", path);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
    }
    if (!lines.empty() && lines.front().rfind("\xEF\xBB\xBF", 0) == 0)
        lines.front().erase(0, 3);
    return lines;
}

std::vector<std::string> fields(const std::string &line)
{
    std::istringstream stream(line);
    std::vector<std::string> result;
    for (std::string field; stream >> field;)
        result.push_back(field);
    return result;
}

std::optional<int> parseInt(const std::string &text)
{
    int value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<std::vector<std::string>> parseCsvLine(const std::string &line)
{
    std::vector<std::string> result;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            result.push_back(std::move(field));
            field.clear();
        } else {
            field.push_back(c);
        }
    }
    if (quoted)
        return std::nullopt;
    result.push_back(std::move(field));
    return result;
}

ErrorInfo lineProblem(const std::string &code, const std::string &path, int line,
                      const std::string &what)
{
    return {code, "Line " + std::to_string(line) + " of " + path + " " + what, path, line};
}

std::string absolutePath(const fs::path &path)
{
    return fs::absolute(path).lexically_normal().string();
}

namespace {

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

} // namespace

std::map<int, std::string> readLabelMap(const std::string &path, std::vector<ErrorInfo> &problems)
{
    std::vector<std::string> lines = readLines(path);
    while (!lines.empty() && trimmed(lines.back()).empty())
        lines.pop_back();
    // "<id> <name>" form when every line starts with a number followed by a name.
    const bool withIds = !lines.empty() && std::all_of(lines.begin(), lines.end(), [](auto &l) {
        const std::vector<std::string> f = fields(l);
        return f.size() >= 2 && parseInt(f[0]).has_value();
    });
    std::map<int, std::string> names;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        std::string name = trimmed(lines[i]);
        int id = static_cast<int>(i);
        if (withIds) {
            const std::size_t space = name.find_first_of(" \t");
            id = *parseInt(name.substr(0, space));
            name = trimmed(name.substr(space));
        }
        if (name.empty()) {
            problems.push_back(lineProblem("import.line", path, lineNo,
                                           "is empty: class id " + std::to_string(id) +
                                               " has no name."));
        } else if (id < 0 || names.count(id)) {
            problems.push_back(lineProblem("import.line", path, lineNo,
                                           "repeats the class id " + std::to_string(id) +
                                               " or is negative, and was skipped."));
        } else {
            names[id] = name;
        }
    }
    if (names.empty())
        throw Error("import.noclasses", "The label map " + path + " defines no class.", path);
    return names;
}

} // namespace as::listfile
