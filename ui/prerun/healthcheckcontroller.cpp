#include "ui/prerun/healthcheckcontroller.h"

#include <vector>

#include "ui/prerun/throttledprogress.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

/** What to run on the UI thread for an exception of the job (nothing when cancelled). */
template<typename Job> std::function<void()> guarded(HealthCheckController *controller, Job &&job)
{
    try {
        return job();
    } catch (const as::Cancelled &) {
        return {};
    } catch (const as::Error &e) {
        const QString error = ErrorText::describe(e.info());
        return [controller, error] { Q_EMIT controller->failed(error); };
    } catch (const std::exception &e) {
        const QString error = HealthCheckController::tr("The health check failed: %1")
                                  .arg(QString::fromLocal8Bit(e.what()));
        return [controller, error] { Q_EMIT controller->failed(error); };
    }
}

} // namespace

HealthCheckController::HealthCheckController(QObject *parent)
    : JobController(parent)
{
}

bool HealthCheckController::check(const QString &projectDir, int split, int minFrames,
                                  const QString &groupPattern)
{
    const std::string dir = projectDir.toStdString();
    const std::string pattern = groupPattern.toStdString();
    return startJob([this, dir, split, minFrames, pattern](const as::CancellationToken &token) {
        return guarded(this, [&]() -> std::function<void()> {
            ThrottledProgress observer(
                [this](const std::string &, std::int64_t done, std::int64_t total) {
                    post([this, done, total] {
                        Q_EMIT progress(static_cast<int>(done), static_cast<int>(total));
                    });
                });
            const as::DatasetHealth health
                = as::checkDatasetHealth(dir, split, minFrames, pattern, observer, token);
            return [this, health] { Q_EMIT checked(health); };
        });
    });
}

bool HealthCheckController::skip(const QString &projectDir, int split,
                                 const QVector<qint64> &videoIds)
{
    const std::string dir = projectDir.toStdString();
    const std::vector<std::int64_t> ids(videoIds.cbegin(), videoIds.cend());
    return startJob([this, dir, split, ids](const as::CancellationToken &) {
        return guarded(this, [&]() -> std::function<void()> {
            as::skipVideos(dir, split, ids);
            const int count = static_cast<int>(ids.size());
            return [this, count] { Q_EMIT skipped(count); };
        });
    });
}

} // namespace as::ui
