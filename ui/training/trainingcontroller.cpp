#include "ui/training/trainingcontroller.h"

#include <mutex>

#include "ui/training/pausegate.h"
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
    Forwarder(TrainingController *controller, std::function<void(std::function<void()>)> post,
              PauseGate &gate, as::CancellationToken token)
        : m_controller(controller)
        , m_post(std::move(post))
        , m_gate(gate)
        , m_token(std::move(token))
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
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_pending.append(metrics);
            if (m_iterationThrottle.shouldEmit())
                flushLocked();
        }
        // Paused: every iteration so far is posted first, so "paused" reaches the UI after them.
        TrainingController *controller = m_controller;
        m_gate.waitWhilePaused(m_token, [this, controller] {
            flush();
            m_post([controller] { Q_EMIT controller->pausedChanged(true); });
        });
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
    PauseGate &m_gate;
    as::CancellationToken m_token;
    std::mutex m_mutex;
    QVector<IterationPoint> m_pending;
    ProgressThrottle m_iterationThrottle;
    ProgressThrottle m_stageThrottle;
    std::string m_stage;
};

} // namespace

TrainingController::TrainingController(QObject *parent)
    : JobController(parent)
    , m_gate(std::make_shared<PauseGate>())
{
    qRegisterMetaType<as::IterationMetrics>();
    qRegisterMetaType<as::EpochMetrics>();
    qRegisterMetaType<as::RunSummary>();
    qRegisterMetaType<QVector<as::ui::IterationPoint>>();
}

TrainingController::~TrainingController()
{
    // A paused worker must not keep ~JobController waiting for it.
    m_gate->release();
}

bool TrainingController::isPaused() const
{
    return isRunning() && m_gate->isPaused();
}

void TrainingController::stop()
{
    m_gate->release();
    cancel();
}

void TrainingController::pause()
{
    if (isRunning())
        m_gate->pause();
}

void TrainingController::resume()
{
    if (!m_gate->isPaused())
        return;
    m_gate->resume();
    Q_EMIT pausedChanged(false);
}

bool TrainingController::start(const as::TrainerParams &params)
{
    if (isRunning())
        return false;
    m_gate->reset();
    std::shared_ptr<PauseGate> gate = m_gate;
    return startJob([this, params, gate](const as::CancellationToken &token) {
        Forwarder forwarder(
            this, [this](std::function<void()> fn) { post(std::move(fn)); }, *gate, token);
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
        return std::function<void()>([this, summary] {
            if (m_gate->isPaused()) {
                m_gate->reset();
                Q_EMIT pausedChanged(false);
            }
            Q_EMIT finished(summary);
        });
    });
}

} // namespace as::ui
