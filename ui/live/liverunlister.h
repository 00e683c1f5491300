#pragma once

#include <QString>
#include <QVector>

#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/** A run that live recognition can use. */
struct LiveRunEntry
{
    QString dir;
    QString name;
    QString model;
    double top1 = 0.0; // test top-1 when tested, else best validation top-1
    bool tested = false;
};

/** Lists the finished runs with a checkpoint of a project in a worker thread. */
class LiveRunLister final : public JobController
{
    Q_OBJECT

public:
    explicit LiveRunLister(QObject *parent = nullptr);

    /** False when a listing is already running. */
    bool load(const QString &projectDir);

Q_SIGNALS:
    /** Newest first. */
    void loaded(const QString &projectDir, const QVector<as::ui::LiveRunEntry> &runs);
    void failed(const QString &projectDir, const QString &error);
};

} // namespace as::ui
