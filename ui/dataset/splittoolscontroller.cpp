#include "ui/dataset/splittoolscontroller.h"

#include "core/common/error.h"
#include "core/project/importers/listexporter.h"
#include "core/project/project.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

QString describe(const std::exception &e)
{
    if (const auto *error = dynamic_cast<const as::Error *>(&e))
        return ErrorText::describe(error->info());
    return QString::fromLocal8Bit(e.what());
}

} // namespace

SplitToolsController::SplitToolsController(QObject *parent)
    : JobController(parent)
{
}

bool SplitToolsController::makeSplit(const QString &projectDir, Method method,
                                     const as::SplitOptions &options)
{
    return startJob([this, projectDir, method, options](const as::CancellationToken &) {
        as::SplitResult result;
        QString error;
        try {
            as::Project project = as::Project::open(projectDir.toStdString());
            result = method == Method::Group ? as::makeGroupSplit(project, options)
                                             : as::makeStratifiedSplit(project, options);
        } catch (const std::exception &e) {
            error = describe(e);
        }
        return std::function<void()>([this, result, error] {
            Q_EMIT splitMade(result.train, result.test, result.unused, error);
        });
    });
}

bool SplitToolsController::exportLists(const QString &projectDir, ListFormat format, int split,
                                       const QString &outDir)
{
    return startJob([this, projectDir, format, split, outDir](const as::CancellationToken &) {
        QStringList files;
        int train = 0;
        int test = 0;
        QString error;
        try {
            const as::Project project = as::Project::open(projectDir.toStdString());
            as::ListExportOptions options;
            options.outDir = outDir.toStdString();
            options.split = split;
            const as::ListExportReport report = format == ListFormat::Mmaction
                ? as::exportMmactionLists(project, options)
                : as::exportUcf101Lists(project, options);
            for (const std::string &file : report.files)
                files.append(QString::fromStdString(file));
            train = report.train;
            test = report.test;
        } catch (const std::exception &e) {
            error = describe(e);
        }
        return std::function<void()>([this, files, train, test, error] {
            Q_EMIT listsExported(files, train, test, error);
        });
    });
}

} // namespace as::ui
