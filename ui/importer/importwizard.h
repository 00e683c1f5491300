#pragma once

#include <QString>
#include <QStringList>
#include <QWizard>

#include "core/project/importers/importplan.h"
#include "ui/importer/importrequest.h"

namespace as::ui {

class ImportController;

/**
 * The import wizard: format → paths → preview → commit. The format is guessed from the files
 * dropped on the window (`initialPaths`); the preview runs the core planner in a worker and
 * shows the classes × videos per split and every problem ("file:line: message") before
 * anything is written; only the last page writes to the project, in one transaction, and
 * emits imported(). The main window opens it modally or not, and reloads the project on
 * imported().
 */
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FormatPageId,
        PathsPageId,
        PreviewPageId,
        CommitPageId
    };

    explicit ImportWizard(QString projectDir, QStringList initialPaths = {},
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    QString projectDir() const { return m_projectDir; }

    /** What to import; the format page sets the format, the paths page the rest. */
    const ImportRequest &request() const { return m_request; }
    void setRequest(const ImportRequest &request) { m_request = request; }

    /** The plan the preview shows and the commit writes; empty until planned. */
    const as::ImportPlan &plan() const { return m_plan; }
    void setPlan(const as::ImportPlan &plan) { m_plan = plan; }
    /** What the commit did; empty until it finished. */
    const as::ImportReport &report() const { return m_report; }
    /** Records the finished commit's report and emits imported(). */
    void setCommitted(const as::ImportReport &report, int videos);

    ImportController *controller() const { return m_controller; }

    void done(int result) override;

Q_SIGNALS:
    /** The commit finished: `videos` videos were added or updated in `projectDir`. */
    void imported(const QString &projectDir, int videos);

private:
    QString m_projectDir;
    ImportRequest m_request;
    as::ImportPlan m_plan;
    as::ImportReport m_report;
    ImportController *m_controller;
};

} // namespace as::ui
