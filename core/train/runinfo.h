#pragma once

#include <string>
#include <vector>

#include "core/train/trainingtypes.h"

namespace as {

/** A run folder of a project, as read back from its files. */
struct RunInfo
{
    std::string name;
    std::string dir;
    std::string model;
    std::string status;             // "running", "finished", "cancelled", "failed", "unknown"
    int epochsCompleted = 0;
    int epochs = 0;
    double bestValTop1 = 0.0;
    bool hasCheckpoint = false;
    bool hasTest = false;           // <run>/test/summary.json: the final multi-view test
    double testTop1 = 0.0;
    double testTop5 = 0.0;
    std::string testProtocol;
};

/** Runs under `<projectDir>/runs`, newest first. Unreadable folders are listed as "unknown". */
std::vector<RunInfo> listRuns(const std::string &projectDir);
/** Reads one run folder; throws `Error` naming it when it is not a run. */
RunInfo readRun(const std::string &runDir);
/** The per-epoch metrics recorded in `<runDir>/metrics.jsonl`, in order. */
std::vector<EpochMetrics> readEpochMetrics(const std::string &runDir);
/**
 * The per-iteration metrics recorded in `<runDir>/metrics.jsonl` ("type":"iter" lines), in
 * order, for the dashboard's loss curves; `iterationsPerEpoch` is not recorded and stays 0.
 * A loss logged as NaN (a diverged run; JSON writes it as null) reads back as NaN. The last
 * line is skipped when it cannot be parsed: a run killed, or still writing, mid-line. A missing
 * metrics file gives an empty list (the run has not logged yet). Throws `Error` naming the run
 * folder when it does not exist, or the file and line when an earlier line is corrupt.
 */
std::vector<IterationMetrics> readIterationMetrics(const std::string &runDir);

} // namespace as
