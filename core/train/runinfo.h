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

} // namespace as
