#include "ui/widgets/jobcontroller.h"

#include <exception>

namespace as::ui {

JobController::JobController(QObject *parent)
    : QObject(parent)
{
}

JobController::~JobController()
{
    // Runs before ~QObject: the object can still receive posts until the worker has joined,
    // and ~QObject then discards whatever was queued.
    if (m_thread.joinable()) {
        m_token.cancel();
        m_thread.join();
    }
}

void JobController::cancel()
{
    if (m_running)
        m_token.cancel();
}

bool JobController::startJob(Work work)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_token = as::CancellationToken();
    m_running = true;
    Q_EMIT runningChanged(true);
    m_thread = std::thread([this, work = std::move(work), token = m_token] {
        std::function<void()> done;
        try {
            done = work(token);
        } catch (const std::exception &) {
            // Derived jobs report their own failures; this only keeps a bug from killing the
            // process through std::terminate.
        }
        post([this, done = std::move(done)] {
            if (m_thread.joinable())
                m_thread.join();
            m_running = false;
            if (done)
                done();
            Q_EMIT runningChanged(false);
        });
    });
    return true;
}

void JobController::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

} // namespace as::ui
