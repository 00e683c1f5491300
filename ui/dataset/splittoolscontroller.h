#pragma once

#include <QString>
#include <QStringList>

#include "core/project/importers/splittools.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Runs the core split tools (stratified or group-aware split) and the list exporters
 * (UCF101, mmaction2) on a project in a worker thread.
 */
class SplitToolsController final : public JobController
{
    Q_OBJECT

public:
    enum class Method
    {
        Stratified,
        Group
    };
    enum class ListFormat
    {
        Ucf101,
        Mmaction
    };

    explicit SplitToolsController(QObject *parent = nullptr);

    /** Writes split `options.split`; false when a job is already running. */
    bool makeSplit(const QString &projectDir, Method method, const as::SplitOptions &options);
    /** Writes the lists of `split` to `outDir`; false when a job is already running. */
    bool exportLists(const QString &projectDir, ListFormat format, int split,
                     const QString &outDir);

Q_SIGNALS:
    /** Counts of the split written; `error` is empty unless it failed. */
    void splitMade(int train, int test, int unused, const QString &error);
    /** The files written and their counts; `error` is empty unless it failed. */
    void listsExported(const QStringList &files, int train, int test, const QString &error);
};

} // namespace as::ui
