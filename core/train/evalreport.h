#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "core/train/trainingtypes.h"

namespace as {

/**
 * Writes an evaluation's results into `folder` (created when needed), each file atomically:
 *  - summary.json: protocol, samples, top-1, top-5, mean class accuracy, loss, per-class accuracy;
 *  - confusion.csv: one row per true class, one column per predicted class (counts);
 *  - predictions.csv (when `result` kept its scores): per sample the video, true class,
 *    predicted class, its probability, the top-5 classes, and every class's probability.
 * `videos` names the samples in the result's order (may be empty: rows are numbered).
 * Throws `Error` naming the file that cannot be written.
 */
void writeEvalReport(const std::string &folder, const EvalResult &result,
                     const std::vector<std::string> &classNames,
                     const std::vector<std::string> &videos);

/** An evaluation report as read back from the files writeEvalReport() writes. */
struct EvalReport
{
    /** One row of predictions.csv: a test video and what the model made of it. */
    struct Prediction
    {
        std::string video;     // as written: a path or name, or the row number
        int label = -1;        // true class index; -1 when the sample had none
        int predicted = -1;    // index of the most probable class
        double confidence = 0.0;           // its probability
        std::vector<int> top5;             // class indices, most probable first
        std::vector<float> probabilities;  // [classes], view-averaged softmax
    };

    std::string protocol;  // e.g. "10 clips x 3 crops, 16 frames every 5th, 224 px"
    int samples = 0;
    double top1 = 0.0;     // fractions in [0,1]
    double top5 = 0.0;
    double meanClassAccuracy = 0.0;
    double loss = 0.0;     // NaN when the evaluation's loss was NaN
    std::vector<std::string> classNames;   // from confusion.csv's header, in index order
    std::vector<std::vector<int>> confusion;  // [true][predicted] counts
    std::vector<Prediction> predictions;   // empty when the report has no predictions.csv
};

/**
 * Reads the report in `folder`: summary.json and confusion.csv must be there, predictions.csv
 * is optional (writeEvalReport() skips it when no scores were kept). Quoted CSV fields
 * (RFC 4180) are understood; class names in predictions.csv are mapped to indices through
 * confusion.csv's header. Throws `Error` ("eval.report") naming the file, and the line when
 * one is malformed.
 */
EvalReport readEvalReport(const std::string &folder);

/**
 * The off-diagonal cells of the confusion matrix with a count, as (true class, predicted
 * class, count), largest count first (ties by true then predicted class); at most `n` of them,
 * all when `n` < 0.
 */
std::vector<std::tuple<int, int, int>> mostConfusedPairs(const EvalReport &report, int n);

/** Top-1 accuracy of each true class from the confusion matrix; NaN for a class without samples. */
std::vector<double> perClassAccuracy(const EvalReport &report);

} // namespace as
