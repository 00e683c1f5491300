#pragma once

#include <chrono>
#include <mutex>
#include <string>

#include "core/common/progress.h"
#include "core/train/trainer.h"

namespace as::cli {

/**
 * Progress on the terminal: a single updating line on a TTY, a line every few seconds
 * otherwise (logs, CI). Problems are printed as they come, naming the file.
 */
class ConsoleProgress final : public ProgressObserver, public TrainingObserver
{
public:
    ConsoleProgress();
    ~ConsoleProgress() override;

    void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) override;
    void onIssue(const ErrorInfo &issue) override;

    void onStage(const std::string &stage, int done, int total) override;
    void onIteration(const IterationMetrics &metrics) override;
    void onEpoch(const EpochMetrics &metrics) override;
    void onMessage(const std::string &message) override;

    /** Ends an updating line so the next output starts on a fresh line. */
    void finishLine();

private:
    void show(const std::string &text, bool force);
    std::mutex m_mutex;
    bool m_tty;
    bool m_lineOpen = false;
    std::chrono::steady_clock::time_point m_lastPrint;
    double m_smoothedLoss = -1.0;
};

} // namespace as::cli
