#pragma once

#include <QMetaType>
#include <QString>

#include "core/train/evalreport.h"
#include "core/train/runinfo.h"

namespace as::ui {

/**
 * What the evaluation view shows of one run, read off the UI thread by EvaluationController:
 * the run's record, its final-test report when there is one, and the protocol of its
 * validation numbers (validation and test are never shown without their protocol).
 */
struct EvaluationData
{
    QString runDir;
    as::RunInfo run;
    bool hasReport = false;          // <run>/test was read into `report`
    as::EvalReport report;
    int bestEpoch = 0;               // 1-based epoch of the best validation top-1; 0 when unknown
    QString validationProtocol;      // e.g. "1 centred clip x 1 centre crop; 4 frames every 2nd..."
    int configTestClips = 0;         // the run config's eval.test_clips (0: the model's default)
    int configTestCrops = 0;         // the run config's eval.test_crops (0: the model's default)
};

} // namespace as::ui

Q_DECLARE_METATYPE(as::ui::EvaluationData)
