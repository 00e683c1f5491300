#include "consoleprogress.h"

#include <cstdio>

#include <unistd.h>

#include <fmt/core.h>

namespace as::cli {

ConsoleProgress::ConsoleProgress()
    : m_tty(::isatty(STDERR_FILENO) != 0)
    , m_lastPrint(std::chrono::steady_clock::now() - std::chrono::hours(1))
{
}

ConsoleProgress::~ConsoleProgress()
{
    finishLine();
}

void ConsoleProgress::finishLine()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_lineOpen) {
        std::fputc('\n', stderr);
        m_lineOpen = false;
    }
}

void ConsoleProgress::show(const std::string &text, bool force)
{
    const auto now = std::chrono::steady_clock::now();
    const auto interval = m_tty ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (!force && now - m_lastPrint < interval)
        return;
    m_lastPrint = now;
    if (m_tty) {
        std::fprintf(stderr, "\r\033[K%s", text.c_str());
        m_lineOpen = true;
    } else {
        std::fprintf(stderr, "%s\n", text.c_str());
    }
    std::fflush(stderr);
}

void ConsoleProgress::onProgress(const std::string &stage, std::int64_t done, std::int64_t total)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const int percent = total > 0 ? static_cast<int>(100 * done / total) : 0;
    show(fmt::format("{:<8} {:>6}/{:<6} {:>3}%", stage, done, total, percent), done == total);
}

void ConsoleProgress::onIssue(const ErrorInfo &issue)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_lineOpen) {
        std::fputc('\n', stderr);
        m_lineOpen = false;
    }
    std::fprintf(stderr, "warning: %s\n", issue.message.c_str());
}

void ConsoleProgress::onStage(const std::string &stage, int done, int total)
{
    onProgress(stage, done, total);
}

void ConsoleProgress::onIteration(const IterationMetrics &m)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_smoothedLoss = m_smoothedLoss < 0 ? m.loss : 0.9 * m_smoothedLoss + 0.1 * m.loss;
    show(fmt::format("epoch {} iter {:>4}/{:<4} loss {:.4f} (avg {:.4f}) lr {:.4g} {:.1f} clips/s",
                     m.epoch + 1, m.iteration + 1, m.iterationsPerEpoch, m.loss, m_smoothedLoss,
                     m.learningRate, m.clipsPerSecond),
         m.iteration + 1 == m.iterationsPerEpoch);
}

void ConsoleProgress::onEpoch(const EpochMetrics &)
{
    // The trainer's own summary line (onMessage) says everything about the epoch.
}

void ConsoleProgress::onMessage(const std::string &message)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_lineOpen) {
        std::fputc('\n', stderr);
        m_lineOpen = false;
    }
    std::fprintf(stderr, "%s\n", message.c_str());
    std::fflush(stderr);
}

} // namespace as::cli
