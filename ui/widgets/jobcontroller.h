#pragma once

#include <functional>
#include <thread>

#include <QObject>

#include "core/common/cancellation.h"

namespace as::ui {

/**
 * Base of the controllers that run a core job off the UI thread (DESIGN.md "ui/ adapts jobs
 * to Qt"). It owns one worker thread at a time and the job's cancellation token; the job talks
 * back only through post(), which queues a functor to this object's (the UI) thread. The
 * destructor cancels and waits, and queued functors that had not run yet die with the object,
 * so a job can never call into a destroyed controller.
 */
class JobController : public QObject
{
    Q_OBJECT

public:
    explicit JobController(QObject *parent = nullptr);
    ~JobController() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    /** Asks the running job to stop at its next safe point; finished signals follow as usual. */
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    /**
     * Runs on the worker thread and returns what to do on the UI thread once the worker has
     * ended (typically: emit the derived class's finished signal). It must not throw.
     */
    using Work = std::function<std::function<void()>(const as::CancellationToken &token)>;

    /** Starts `work` in a new worker thread with a fresh token; false when a job is running. */
    bool startJob(Work work);
    /** Queues `fn` to run on the UI thread; callable from any thread while the job runs. */
    void post(std::function<void()> fn);

private:
    std::thread m_thread;
    as::CancellationToken m_token;
    bool m_running = false;
};

} // namespace as::ui
