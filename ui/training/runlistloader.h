#pragma once

#include <QString>
#include <QVector>

#include "ui/training/runrow.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Lists the runs of a project (`<project>/runs/*`, each folder's status, config and test
 * summary) in a worker thread: a project can hold hundreds of runs on a slow disk.
 */
class RunListLoader final : public JobController
{
    Q_OBJECT

public:
    explicit RunListLoader(QObject *parent = nullptr);

    /** Starts listing the runs of `projectDir`; false when a listing is already running. */
    bool load(const QString &projectDir);

Q_SIGNALS:
    /** The runs of `projectDir`, newest first. */
    void loaded(const QString &projectDir, const QVector<as::ui::RunRow> &runs);
    /** The runs folder could not be read; `error` is translated and names it. */
    void failed(const QString &projectDir, const QString &error);
};

} // namespace as::ui
