#include "ui/dataset/classeditcontroller.h"

#include "core/common/error.h"
#include "core/project/project.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

ClassEditController::ClassEditController(QObject *parent)
    : JobController(parent)
{
}

bool ClassEditController::run(const QString &projectDir,
                              std::function<QString(as::Project &)> edit)
{
    return startJob([this, projectDir, edit](const as::CancellationToken &) {
        bool ok = true;
        QString message;
        try {
            as::Project project = as::Project::open(projectDir.toStdString());
            message = edit(project);
        } catch (const as::Error &e) {
            ok = false;
            message = ErrorText::describe(e.info());
        } catch (const std::exception &e) {
            ok = false;
            message = tr("The classes of %1 could not be changed: %2")
                          .arg(projectDir, QString::fromLocal8Bit(e.what()));
        }
        return std::function<void()>([this, ok, message] { Q_EMIT finished(ok, message); });
    });
}

bool ClassEditController::addClass(const QString &projectDir, const QString &name)
{
    return run(projectDir, [name](as::Project &project) {
        project.addClass(name.trimmed().toStdString());
        return tr("Added the class “%1”.").arg(name.trimmed());
    });
}

bool ClassEditController::renameClass(const QString &projectDir, qint64 classId,
                                      const QString &newName)
{
    return run(projectDir, [classId, newName](as::Project &project) {
        const auto old = project.classById(classId);
        project.renameClass(classId, newName.trimmed().toStdString());
        return tr("Renamed the class “%1” to “%2”.")
            .arg(old ? QString::fromStdString(old->name) : QString(), newName.trimmed());
    });
}

bool ClassEditController::mergeClasses(const QString &projectDir, qint64 fromId, qint64 intoId)
{
    return run(projectDir, [fromId, intoId](as::Project &project) {
        const auto from = project.classById(fromId);
        const auto into = project.classById(intoId);
        const int moved = project.mergeClasses(fromId, intoId);
        return tr("Merged “%1” into “%2”: %n video(s) moved.", nullptr, moved)
            .arg(from ? QString::fromStdString(from->name) : QString(),
                 into ? QString::fromStdString(into->name) : QString());
    });
}

} // namespace as::ui
