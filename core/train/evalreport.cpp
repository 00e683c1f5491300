#include "core/train/evalreport.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <limits>
#include <map>
#include <numeric>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace {

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string className(const std::vector<std::string> &names, int index)
{
    return index >= 0 && index < static_cast<int>(names.size()) ? names[index]
                                                                 : "class " + std::to_string(index);
}

} // namespace

void writeEvalReport(const std::string &folder, const EvalResult &result,
                     const std::vector<std::string> &classNames,
                     const std::vector<std::string> &videos)
{
    std::filesystem::create_directories(folder);
    const int classes = static_cast<int>(result.confusion.size());

    nlohmann::json perClass = nlohmann::json::array();
    for (int c = 0; c < classes; ++c) {
        const int total = std::accumulate(result.confusion[c].begin(), result.confusion[c].end(), 0);
        perClass.push_back({{"class", className(classNames, c)},
                            {"samples", total},
                            {"top1", total ? static_cast<double>(result.confusion[c][c]) / total : 0.0}});
    }
    const nlohmann::json summary{{"protocol", result.protocol},
                                 {"samples", result.samples},
                                 {"top1", result.top1},
                                 {"top5", result.top5},
                                 {"mean_class_accuracy", result.meanClassAccuracy},
                                 {"loss", result.loss},
                                 {"per_class", perClass}};
    writeFileAtomically(folder + "/summary.json", summary.dump(2) + "\n");

    std::ostringstream confusion;
    confusion << "true\\predicted";
    for (int c = 0; c < classes; ++c)
        confusion << "," << csvField(className(classNames, c));
    confusion << "\n";
    for (int t = 0; t < classes; ++t) {
        confusion << csvField(className(classNames, t));
        for (int count : result.confusion[t])
            confusion << "," << count;
        confusion << "\n";
    }
    writeFileAtomically(folder + "/confusion.csv", confusion.str());

    if (result.scores.empty())
        return;
    std::ostringstream rows;
    rows << "video,label,predicted,confidence,correct,top5";
    for (int c = 0; c < classes; ++c)
        rows << "," << csvField("p_" + className(classNames, c));
    rows << "\n";
    rows.precision(6);
    for (std::size_t i = 0; i < result.scores.size(); ++i) {
        const std::vector<float> &p = result.scores[i];
        std::vector<int> order(p.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&p](int a, int b) { return p[a] > p[b]; });
        std::string top5;
        for (std::size_t k = 0; k < std::min<std::size_t>(5, order.size()); ++k)
            top5 += (k ? "|" : "") + className(classNames, order[k]);
        const int label = i < result.labels.size() ? result.labels[i] : -1;
        rows << csvField(i < videos.size() ? videos[i] : std::to_string(i)) << ","
             << csvField(className(classNames, label)) << ","
             << csvField(className(classNames, order.front())) << "," << p[order.front()] << ","
             << (order.front() == label ? 1 : 0) << "," << csvField(top5);
        for (float v : p)
            rows << "," << v;
        rows << "\n";
    }
    writeFileAtomically(folder + "/predictions.csv", rows.str());
}

namespace {

[[noreturn]] void fail(const std::string &path, int line, const std::string &what)
{
    throw Error("eval.report", path + (line > 0 ? ":" + std::to_string(line) : "") + ": " + what,
                path, line);
}

/**
 * Reads a CSV text record by record (RFC 4180: quoted fields may hold commas, doubled quotes
 * and line breaks), so a large predictions.csv is converted row by row rather than held as
 * millions of strings. Blank lines are skipped; a stray "\r" before a line break is dropped.
 */
class CsvCursor final
{
public:
    CsvCursor(std::string text, std::string path)
        : m_text(std::move(text))
        , m_path(std::move(path))
    {
    }

    /** The next record into `fields`; false at the end. `line()` is where it started. */
    bool next(std::vector<std::string> &fields)
    {
        fields.clear();
        while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            m_lineNumber += m_text[m_pos] == '\n';
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            return false;
        m_recordLine = m_lineNumber;
        std::string field;
        while (true) {
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                ++m_pos;
                while (true) {
                    if (m_pos >= m_text.size())
                        fail(m_path, m_recordLine, "quoted field is not closed");
                    const char c = m_text[m_pos++];
                    if (c == '"') {
                        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                            field += '"';
                            ++m_pos;
                            continue;
                        }
                        break;
                    }
                    m_lineNumber += c == '\n';
                    field += c;
                }
                if (m_pos < m_text.size() && m_text[m_pos] == '\r')
                    ++m_pos;
                if (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n')
                    fail(m_path, m_recordLine, "unexpected text after a closing quote");
            } else {
                while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n') {
                    if (m_text[m_pos] != '\r')
                        field += m_text[m_pos];
                    ++m_pos;
                }
            }
            fields.push_back(std::move(field));
            field.clear();
            if (m_pos >= m_text.size())
                return true;
            if (m_text[m_pos++] == '\n') {
                ++m_lineNumber;
                return true;
            }
        }
    }

    int line() const { return m_recordLine; }
    const std::string &path() const { return m_path; }

private:
    std::string m_text;
    std::string m_path;
    std::size_t m_pos = 0;
    int m_lineNumber = 1;
    int m_recordLine = 1;
};

template<typename T>
T parseNumber(const CsvCursor &csv, const std::string &text, const char *what)
{
    T value{};
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        fail(csv.path(), csv.line(), std::string("bad ") + what + " '" + text + "'");
    return value;
}

/** A summary number: NaN when written as null (JSON has no NaN), 0 when absent. */
double summaryNumber(const nlohmann::json &summary, const char *key, const std::string &path)
{
    const auto it = summary.find(key);
    if (it == summary.end())
        return 0.0;
    if (it->is_null())
        return std::numeric_limits<double>::quiet_NaN();
    if (!it->is_number())
        fail(path, 0, std::string("'") + key + "' is not a number");
    return it->get<double>();
}

void readSummary(const std::string &path, EvalReport &report)
{
    const std::string text = readFile(path);
    nlohmann::json summary;
    try {
        summary = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        const std::size_t byte = std::min<std::size_t>(e.byte, text.size());
        const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + byte, '\n'));
        fail(path, line, "not valid JSON");
    }
    if (!summary.is_object())
        fail(path, 0, "not a JSON object");
    const auto protocol = summary.find("protocol");
    if (protocol != summary.end() && !protocol->is_string())
        fail(path, 0, "'protocol' is not a string");
    report.protocol = protocol != summary.end() ? protocol->get<std::string>() : std::string();
    report.samples = static_cast<int>(summaryNumber(summary, "samples", path));
    report.top1 = summaryNumber(summary, "top1", path);
    report.top5 = summaryNumber(summary, "top5", path);
    report.meanClassAccuracy = summaryNumber(summary, "mean_class_accuracy", path);
    report.loss = summaryNumber(summary, "loss", path);
}

void readConfusion(const std::string &path, EvalReport &report)
{
    CsvCursor csv(readFile(path), path);
    std::vector<std::string> fields;
    if (!csv.next(fields))
        fail(path, 1, "no header");
    report.classNames.assign(fields.begin() + 1, fields.end());
    const std::size_t classes = report.classNames.size();
    while (csv.next(fields)) {
        const std::size_t t = report.confusion.size();
        if (t >= classes)
            fail(path, csv.line(), "more rows than classes");
        if (fields.size() != classes + 1)
            fail(path, csv.line(),
                 std::to_string(fields.size()) + " fields, expected " + std::to_string(classes + 1));
        if (fields[0] != report.classNames[t])
            fail(path, csv.line(),
                 "row of '" + fields[0] + "' where '" + report.classNames[t] + "' was expected");
        std::vector<int> row;
        for (std::size_t p = 1; p < fields.size(); ++p) {
            row.push_back(parseNumber<int>(csv, fields[p], "count"));
            if (row.back() < 0)
                fail(path, csv.line(), "negative count");
        }
        report.confusion.push_back(std::move(row));
    }
    if (report.confusion.size() != classes)
        fail(path, 0,
             std::to_string(report.confusion.size()) + " rows for " + std::to_string(classes)
                 + " classes");
}

/** Class name to index; the writer names classes without a name "class N" (N may be -1). */
class ClassIndex final
{
public:
    explicit ClassIndex(const std::vector<std::string> &names)
    {
        for (std::size_t i = 0; i < names.size(); ++i)
            m_index.emplace(names[i], static_cast<int>(i)); // the first of duplicates wins
    }

    bool find(const std::string &name, int &index) const
    {
        const auto it = m_index.find(name);
        if (it != m_index.end()) {
            index = it->second;
            return true;
        }
        const std::string prefix = "class ";
        if (name.rfind(prefix, 0) != 0)
            return false;
        const char *begin = name.data() + prefix.size();
        const char *end = name.data() + name.size();
        const auto [ptr, ec] = std::from_chars(begin, end, index);
        return begin != end && ec == std::errc() && ptr == end;
    }

    int at(const CsvCursor &csv, const std::string &name) const
    {
        int index = -1;
        if (!find(name, index))
            fail(csv.path(), csv.line(), "unknown class '" + name + "'");
        return index;
    }

    /** "a|b|c": names are joined with '|', which a class name may itself contain. */
    std::vector<int> list(const CsvCursor &csv, const std::string &joined) const
    {
        std::vector<int> result;
        if (joined.empty())
            return result;
        std::string current;
        std::size_t start = 0;
        while (start <= joined.size()) {
            const std::size_t bar = std::min(joined.find('|', start), joined.size());
            current += joined.substr(start, bar - start);
            int index = -1;
            if (find(current, index)) {
                result.push_back(index);
                current.clear();
            } else {
                current += '|';
            }
            start = bar + 1;
        }
        if (!current.empty())
            fail(csv.path(), csv.line(), "unknown classes in top-5 '" + joined + "'");
        return result;
    }

private:
    std::map<std::string, int> m_index;
};

void readPredictions(const std::string &path, EvalReport &report)
{
    static const std::vector<std::string> kColumns{"video",      "label",   "predicted",
                                                   "confidence", "correct", "top5"};
    CsvCursor csv(readFile(path), path);
    const std::size_t classes = report.classNames.size();
    std::vector<std::string> fields;
    if (!csv.next(fields))
        fail(path, 1, "no header");
    if (fields.size() != kColumns.size() + classes
        || !std::equal(kColumns.begin(), kColumns.end(), fields.begin()))
        fail(path, csv.line(),
             "header does not match confusion.csv's " + std::to_string(classes) + " classes");
    const ClassIndex index(report.classNames);
    while (csv.next(fields)) {
        if (fields.size() != kColumns.size() + classes)
            fail(path, csv.line(),
                 std::to_string(fields.size()) + " fields, expected "
                     + std::to_string(kColumns.size() + classes));
        EvalReport::Prediction p;
        p.video = fields[0];
        p.label = index.at(csv, fields[1]);
        p.predicted = index.at(csv, fields[2]);
        p.confidence = parseNumber<double>(csv, fields[3], "confidence");
        p.top5 = index.list(csv, fields[5]);
        p.probabilities.reserve(classes);
        for (std::size_t c = 0; c < classes; ++c)
            p.probabilities.push_back(
                parseNumber<float>(csv, fields[kColumns.size() + c], "probability"));
        report.predictions.push_back(std::move(p));
    }
}

} // namespace

EvalReport readEvalReport(const std::string &folder)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw Error("eval.report", "Evaluation report folder not found: " + folder, folder);
    EvalReport report;
    for (const char *name : {"summary.json", "confusion.csv"}) {
        const std::string path = folder + "/" + name;
        if (!std::filesystem::exists(path, ec))
            throw Error("eval.report", "Evaluation report file missing: " + path, path);
    }
    readSummary(folder + "/summary.json", report);
    readConfusion(folder + "/confusion.csv", report);
    if (std::filesystem::exists(folder + "/predictions.csv", ec))
        readPredictions(folder + "/predictions.csv", report);
    return report;
}

std::vector<std::tuple<int, int, int>> mostConfusedPairs(const EvalReport &report, int n)
{
    std::vector<std::tuple<int, int, int>> pairs;
    for (std::size_t t = 0; t < report.confusion.size(); ++t)
        for (std::size_t p = 0; p < report.confusion[t].size(); ++p)
            if (t != p && report.confusion[t][p] > 0)
                pairs.emplace_back(static_cast<int>(t), static_cast<int>(p),
                                   report.confusion[t][p]);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        return std::get<2>(a) > std::get<2>(b);
    });
    if (n >= 0 && pairs.size() > static_cast<std::size_t>(n))
        pairs.resize(n);
    return pairs;
}

std::vector<double> perClassAccuracy(const EvalReport &report)
{
    std::vector<double> accuracy;
    for (std::size_t t = 0; t < report.confusion.size(); ++t) {
        const std::vector<int> &row = report.confusion[t];
        const int total = std::accumulate(row.begin(), row.end(), 0);
        accuracy.push_back(total > 0 && t < row.size()
                               ? static_cast<double>(row[t]) / total
                               : std::numeric_limits<double>::quiet_NaN());
    }
    return accuracy;
}

} // namespace as
