#pragma once

#include <functional>

#include <QString>

#include "ui/widgets/jobcontroller.h"

namespace as {
class Project;
}

namespace as::ui {

/**
 * Adds, renames and merges classes of a project in a worker thread (each edit is one short
 * database transaction, but the database may be busy with an extraction). Reports the
 * outcome on the UI thread with a translated message naming the classes.
 */
class ClassEditController final : public JobController
{
    Q_OBJECT

public:
    explicit ClassEditController(QObject *parent = nullptr);

    /** Each returns false when an edit is already running. */
    bool addClass(const QString &projectDir, const QString &name);
    bool renameClass(const QString &projectDir, qint64 classId, const QString &newName);
    bool mergeClasses(const QString &projectDir, qint64 fromId, qint64 intoId);

Q_SIGNALS:
    /** `message` says what was done, or (when `ok` is false) why it failed. */
    void finished(bool ok, const QString &message);

private:
    /** Runs `edit` on a freshly opened project; it returns the success message. */
    bool run(const QString &projectDir, std::function<QString(as::Project &)> edit);
};

} // namespace as::ui
