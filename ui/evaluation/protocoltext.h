#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/config/experimentconfig.h"

namespace as::ui {

/**
 * Human-readable evaluation protocols. The core names its protocols in English
 * ("10 clips x 3 crops, ...") in report files; this shows them with a proper "×", and derives
 * the single-view validation protocol of a run from its config, which the run folder does not
 * record (the core's validationProtocol() lives in a LibTorch header the UI may not include).
 */
class ProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolText)

public:
    /** The core's protocol text for display: " x " becomes " × ". */
    static QString display(const std::string &coreProtocol);
    /** The validation protocol the trainer used for `config` (single view, centre crop). */
    static QString validation(const as::ExperimentConfig &config);
    /** True for the segment-sampling models (TSN, PP-TSN, TSM) of the model registry. */
    static bool usesSegments(const std::string &modelName);
};

} // namespace as::ui
