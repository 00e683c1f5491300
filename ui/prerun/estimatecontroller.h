#pragma once

#include <QString>

#include "core/config/experimentconfig.h"
#include "core/train/runestimate.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/** Runs as::estimateRun (a few real training iterations) in a worker thread. */
class EstimateController final : public JobController
{
    Q_OBJECT

public:
    explicit EstimateController(QObject *parent = nullptr);

    /** Measures `iterations` iterations of `config` on `projectDir`; false when running. */
    bool estimate(const as::ExperimentConfig &config, const QString &projectDir, int iterations);

Q_SIGNALS:
    /** `stage` is "extract" (frames of the videos it needs) or "measure" (iterations). */
    void progress(const QString &stage, int done, int total);
    void estimated(const as::RunEstimate &estimate);
    /** Translated, naming the project, file or config field. */
    void failed(const QString &error);
};

} // namespace as::ui
