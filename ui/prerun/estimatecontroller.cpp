#include "ui/prerun/estimatecontroller.h"

#include "ui/prerun/throttledprogress.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

EstimateController::EstimateController(QObject *parent)
    : JobController(parent)
{
}

bool EstimateController::estimate(const as::ExperimentConfig &config, const QString &projectDir,
                                  int iterations)
{
    const std::string dir = projectDir.toStdString();
    return startJob([this, config, dir,
                     iterations](const as::CancellationToken &token) -> std::function<void()> {
        try {
            ThrottledProgress observer(
                [this](const std::string &stage, std::int64_t done, std::int64_t total) {
                    const QString name = QString::fromStdString(stage);
                    post([this, name, done, total] {
                        Q_EMIT progress(name, static_cast<int>(done), static_cast<int>(total));
                    });
                });
            const as::RunEstimate result
                = as::estimateRun(config, dir, iterations, observer, token);
            return [this, result] { Q_EMIT estimated(result); };
        } catch (const as::Cancelled &) {
            return {};
        } catch (const as::Error &e) {
            const QString error = ErrorText::describe(e.info());
            return [this, error] { Q_EMIT failed(error); };
        } catch (const std::exception &e) {
            const QString error
                = tr("The estimate failed: %1").arg(QString::fromLocal8Bit(e.what()));
            return [this, error] { Q_EMIT failed(error); };
        }
    });
}

} // namespace as::ui
