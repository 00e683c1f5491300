#include "ui/training/runlistloader.h"

#include <exception>

#include <QDir>
#include <QFileInfo>

#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

/** When the run last wrote its status (every epoch does), else when its folder changed. */
QDateTime lastChange(const QString &runDir)
{
    const QFileInfo status(QDir(runDir).filePath(QStringLiteral("status.json")));
    return status.exists() ? status.lastModified() : QFileInfo(runDir).lastModified();
}

} // namespace

RunListLoader::RunListLoader(QObject *parent)
    : JobController(parent)
{
}

bool RunListLoader::load(const QString &projectDir)
{
    return startJob([this, projectDir](const as::CancellationToken &token) {
        QVector<RunRow> rows;
        QString error;
        try {
            for (as::RunInfo &info : as::listRuns(projectDir.toStdString())) {
                if (token.isCancelled())
                    break;
                RunRow row;
                row.modified = lastChange(QString::fromStdString(info.dir));
                row.info = std::move(info);
                rows.append(std::move(row));
            }
        } catch (const as::Error &e) {
            error = ErrorText::describe(e.info());
        } catch (const std::exception &e) {
            error = tr("Cannot list the runs of %1: %2")
                        .arg(QDir::toNativeSeparators(projectDir), QString::fromLocal8Bit(e.what()));
        }
        return std::function<void()>([this, projectDir, rows, error] {
            if (error.isEmpty())
                Q_EMIT loaded(projectDir, rows);
            else
                Q_EMIT failed(projectDir, error);
        });
    });
}

} // namespace as::ui
