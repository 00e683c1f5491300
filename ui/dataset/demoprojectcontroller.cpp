#include "ui/dataset/demoprojectcontroller.h"

#include <mutex>

#include "core/common/error.h"
#include "core/common/progress.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/progressthrottle.h"

namespace as::ui {

namespace {

/** Worker-side observer: throttles progress and forwards it through `post`. */
class Forwarder final : public as::ProgressObserver
{
public:
    explicit Forwarder(DemoProjectController *controller,
                       std::function<void(std::function<void()>)> post)
        : m_controller(controller)
        , m_post(std::move(post))
    {
    }

    void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) override
    {
        // Extraction reports from several threads at once.
        const std::lock_guard<std::mutex> lock(m_mutex);
        const bool stageChanged = stage != m_stage;
        m_stage = stage;
        if (!m_throttle.shouldEmit(stageChanged || done >= total))
            return;
        const QString text = DemoProjectController::stageText(QString::fromStdString(stage));
        DemoProjectController *controller = m_controller;
        m_post([controller, text, done, total] { Q_EMIT controller->progress(text, done, total); });
    }

    void onIssue(const as::ErrorInfo &issue) override
    {
        const QString text = ErrorText::describe(issue);
        DemoProjectController *controller = m_controller;
        m_post([controller, text] { Q_EMIT controller->issue(text); });
    }

private:
    DemoProjectController *m_controller;
    std::function<void(std::function<void()>)> m_post;
    std::mutex m_mutex;
    std::string m_stage;
    ProgressThrottle m_throttle;
};

} // namespace

DemoProjectController::DemoProjectController(QObject *parent)
    : JobController(parent)
{
}

QString DemoProjectController::stageText(const QString &stage)
{
    if (stage == QLatin1String("synth"))
        return tr("Generating SynthMotion…");
    if (stage == QLatin1String("import"))
        return tr("Importing videos…");
    if (stage == QLatin1String("extract"))
        return tr("Extracting frames…");
    if (stage == QLatin1String("validate"))
        return tr("Validating…");
    return stage;
}

bool DemoProjectController::start(const as::DemoProjectOptions &options, bool skipIfReady)
{
    return startJob([this, options, skipIfReady](const as::CancellationToken &token) {
        Forwarder forwarder(this, [this](std::function<void()> fn) { post(std::move(fn)); });
        Outcome outcome = Outcome::Succeeded;
        QString error;
        try {
            if (!skipIfReady || !as::isDemoProjectReady(options.projectDir))
                as::prepareDemoProject(options, forwarder, token);
        } catch (const as::Cancelled &) {
            outcome = Outcome::Cancelled;
        } catch (const as::Error &e) {
            outcome = Outcome::Failed;
            error = ErrorText::describe(e.info());
        } catch (const std::exception &e) {
            outcome = Outcome::Failed;
            error = tr("The demo project could not be prepared.") + QLatin1Char('\n')
                + QString::fromLocal8Bit(e.what());
        }
        const QString dir = QString::fromStdString(options.projectDir);
        return std::function<void()>(
            [this, outcome, dir, error] { Q_EMIT finished(outcome, dir, error); });
    });
}

} // namespace as::ui
