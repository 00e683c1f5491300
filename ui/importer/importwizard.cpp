#include "ui/importer/importwizard.h"

#include <utility>

#include "ui/importer/importcommitpage.h"
#include "ui/importer/importcontroller.h"
#include "ui/importer/importformatpage.h"
#include "ui/importer/importpathspage.h"
#include "ui/importer/importpreviewpage.h"
#include "ui/widgets/icons.h"

namespace as::ui {

ImportWizard::ImportWizard(QString projectDir, QStringList initialPaths, QWidget *parent)
    : QWizard(parent)
    , m_projectDir(std::move(projectDir))
    , m_controller(new ImportController(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Videos"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPixmap(QWizard::LogoPixmap, themeIcon(QStringLiteral("video")).pixmap(40, 40));
    setMinimumSize(760, 560);
    resize(1000, 700);

    auto *formatPage = new ImportFormatPage(this);
    setPage(FormatPageId, formatPage);
    setPage(PathsPageId, new ImportPathsPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(CommitPageId, new ImportCommitPage(this));
    setStartId(FormatPageId);

    if (!initialPaths.isEmpty()) {
        m_request = detectImportRequest(initialPaths);
        formatPage->setFormat(m_request.format);
        if (m_request.detected)
            formatPage->setDetectedHint(m_request.format);
    }
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setCommitted(const as::ImportReport &report, int videos)
{
    m_report = report;
    Q_EMIT imported(m_projectDir, videos);
}

void ImportWizard::done(int result)
{
    // Closing stops the running job; a cancelled commit rolls back, so nothing half-written
    // stays behind. The controller's destructor waits for the worker.
    m_controller->cancel();
    QWizard::done(result);
}

} // namespace as::ui
