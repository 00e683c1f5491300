#include "core/train/evalreport.h"

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <sstream>

#include <nlohmann/json.hpp>

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

} // namespace as
