#pragma once

#include <string>

#include <QString>

#include "core/config/experimentconfig.h"
#include "core/train/evalreport.h"

namespace as::ui {

/**
 * Evaluation protocols for display. The core words every protocol ("10 clips x 3 crops, ...")
 * and records the test's in `<run>/test/summary.json`; the validation protocol, which a run
 * folder does not record, comes from the core's own as::validationProtocol() (declared in the
 * LibTorch-free core/train/runevaluation.h), so the UI never mirrors the model registry. This
 * only typesets them: " x " becomes " × ".
 */
class ProtocolText
{
public:
    /** The core's protocol text for display: " x " becomes " × ". */
    static QString display(const std::string &coreProtocol);
    /**
     * The validation protocol the trainer used for `config`. Consults the model registry:
     * call it off the UI thread (EvaluationController does).
     */
    static QString validation(const as::ExperimentConfig &config);
    /** The protocol of a final test, as its summary.json records it. */
    static QString test(const as::EvalReport &report);
};

} // namespace as::ui
