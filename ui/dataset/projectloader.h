#pragma once

#include <QString>

#include "ui/dataset/projectsnapshot.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/** Opens a project in a worker thread and reads it into a ProjectSnapshot. */
class ProjectLoader final : public JobController
{
    Q_OBJECT

public:
    explicit ProjectLoader(QObject *parent = nullptr);

    /** Starts reading `projectDir`; false when a load is already running. */
    bool load(const QString &projectDir);

Q_SIGNALS:
    void loaded(const as::ui::ProjectSnapshot &snapshot);
    /** The folder could not be opened as a project; `error` is translated and names it. */
    void failed(const QString &projectDir, const QString &error);
};

} // namespace as::ui
