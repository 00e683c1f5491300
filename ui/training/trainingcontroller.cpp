#include "ui/training/trainingcontroller.h"

#include <mutex>

#include "ui/widgets/progressthrottle.h"

namespace as::ui {

namespace {

/**
 * Worker-side observer. Iterations are buffered and flushed when the throttle allows, and
 * always before an epoch result, a message and the end of the run, so their order is kept.
 */
class Forwarder final : public as::TrainingObserver
{
public:
    Forwarder(TrainingController *controller, std::function<void(std::function<void()>)> post)
        : m_controller(controller)
        , m_post(std::move(post))
    {
    }

    void onStage(const std::string &stage, int done, int total) override
    {
        // Frame extraction reports from several threads.
        const std::lock_guard<std::mutex> lock(m_mutex);
        const bool changed = stage != m_stage;
        m_stage = stage;
        if (!m_stageThrottle.shouldEmit(changed || done >= total))
            return;
        TrainingController *controller = m_controller;
        const QString name = QString::fromStdString(stage);
        m_post([controller, name, done, total] {
            Q_EMIT controller->stageProgress(name, done, total);
        });
    }

    void onIteration(const as::IterationMetrics &metrics) override
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.append(metrics);
        if (m_iterationThrottle.shouldEmit())
            flushLocked();
    }

    void onEpoch(const as::EpochMetrics &metrics) override
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        flushLocked();
        TrainingController *controller = m_controller;
        m_post([controller, metrics] { Q_EMIT controller->epochFinished(metrics); });
    }

    void onMessage(const std::string &text) override
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        flushLocked();
        TrainingController *controller = m_controller;
        const QString message = QString::fromStdString(text);
        m_post([controller, message] { Q_EMIT controller->message(message); });
    }

    void flush()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        flushLocked();
    }

private:
    void flushLocked()
    {
        if (m_pending.isEmpty())
            return;
        TrainingController *controller = m_controller;
        QVector<IterationPoint> points;
        points.swap(m_pending);
        m_post([controller, points] { Q_EMIT controller->iterationsReady(points); });
    }

    TrainingController *m_controller;
    std::function<void(std::function<void()>)> m_post;
    std::mutex m_mutex;
    QVector<IterationPoint> m_pending;
    ProgressThrottle m_iterationThrottle;
    ProgressThrottle m_stageThrottle;
    std::string m_stage;
};

} // namespace

TrainingController::TrainingController(QObject *parent)
    : JobController(parent)
{
    qRegisterMetaType<as::IterationMetrics>();
    qRegisterMetaType<as::EpochMetrics>();
    qRegisterMetaType<as::RunSummary>();
    qRegisterMetaType<QVector<as::ui::IterationPoint>>();
}

bool TrainingController::start(const as::TrainerParams &params)
{
    return startJob([this, params](const as::CancellationToken &token) {
        Forwarder forwarder(this, [this](std::function<void()> fn) { post(std::move(fn)); });
        as::RunSummary summary;
        try {
            as::Trainer trainer(params, forwarder, token);
            summary = trainer.run();
        } catch (const std::exception &e) {
            // Trainer::run() never throws; its constructor might (allocation).
            summary.outcome = as::RunOutcome::Failed;
            summary.error = e.what();
        }
        forwarder.flush();
        return std::function<void()>([this, summary] { Q_EMIT finished(summary); });
    });
}

} // namespace as::ui
