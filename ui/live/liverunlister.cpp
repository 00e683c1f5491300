#include "ui/live/liverunlister.h"

#include <exception>

#include <QDir>

#include "core/train/runinfo.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

LiveRunLister::LiveRunLister(QObject *parent)
    : JobController(parent)
{
}

bool LiveRunLister::load(const QString &projectDir)
{
    return startJob([this, projectDir](const as::CancellationToken &token) {
        QVector<LiveRunEntry> runs;
        QString error;
        try {
            for (const as::RunInfo &info : as::listRuns(projectDir.toStdString())) {
                if (token.isCancelled())
                    break;
                if (info.status != "finished" || !info.hasCheckpoint)
                    continue;
                LiveRunEntry entry;
                entry.dir = QString::fromStdString(info.dir);
                entry.name = QString::fromStdString(info.name);
                entry.model = QString::fromStdString(info.model);
                entry.tested = info.hasTest;
                entry.top1 = info.hasTest ? info.testTop1 : info.bestValTop1;
                runs.append(entry);
            }
        } catch (const as::Error &e) {
            error = ErrorText::describe(e.info());
        } catch (const std::exception &e) {
            error
                = tr("Cannot list the runs of %1: %2")
                      .arg(QDir::toNativeSeparators(projectDir), QString::fromLocal8Bit(e.what()));
        }
        return std::function<void()>([this, projectDir, runs, error] {
            if (error.isEmpty())
                Q_EMIT loaded(projectDir, runs);
            else
                Q_EMIT failed(projectDir, error);
        });
    });
}

} // namespace as::ui
