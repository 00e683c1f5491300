#pragma once

#include <string>

#include "core/common/cancellation.h"
#include "core/config/experimentconfig.h"
#include "core/train/trainingtypes.h"

namespace as {

/**
 * The single-view protocol of validation, e.g. "1 centred clip x 1 centre crop; 4 frames every
 * 5th; ...", so a validation number is never taken for a test number. Declared here, in a
 * LibTorch-free header, so the UI can name it; defined with the pipeline in trainingsetup.cpp
 * (the model registry decides whether a model samples segments).
 */
std::string validationProtocol(const ExperimentConfig &config);

/** The multi-view protocol of the final test, e.g. "10 clips x 3 crops (three-crop), ...". */
std::string finalTestProtocol(const ExperimentConfig &config);

/**
 * Evaluates a finished (or interrupted) run on its project's test subset with the single-view
 * validation protocol, from its best (or last) checkpoint. Writes nothing. Throws `Error`
 * naming the run folder.
 */
EvalResult evaluateRun(const std::string &runDir, bool preferBest, const CancellationToken &token);

/** Which views the final test averages; 0 keeps the run's config (eval.test_clips/crops). */
struct TestRunOptions
{
    bool preferBest = true;
    int clips = 0;
    int crops = 0;
};

/** A final test and where its report went. */
struct TestOutcome
{
    EvalResult result;
    std::string folder;   // <run>/test: summary.json, confusion.csv, predictions.csv
};

/**
 * The final test of a run: its best (or last) checkpoint on the test subset, every video seen
 * as clips × crops views whose softmax scores are averaged (e.g. X3D 10 × 3, TSN 25 segments
 * × 10 crops), with top-1, top-5, mean class accuracy, the confusion matrix and per-video
 * predictions written to `<run>/test` (writeEvalReport). Throws `Error` naming the run folder.
 */
TestOutcome testRun(const std::string &runDir, const TestRunOptions &options,
                    const CancellationToken &token);

} // namespace as
