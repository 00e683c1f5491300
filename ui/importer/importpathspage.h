#pragma once

#include <QList>
#include <QWizardPage>

#include "ui/importer/importrequest.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace as::ui {

class ImportWizard;
class PathField;

/**
 * Page 2 of the import wizard: the folders and files of the chosen format, the splits, and
 * for mmaction lists whether they name frame folders. Checks as the user types (only whether
 * paths exist: cheap enough for the UI thread) and says inline what is missing, naming it.
 */
class ImportPathsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPathsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** The request the fields describe, on top of the wizard's format. */
    ImportRequest currentRequest() const;
    /** What is wrong with the fields, translated and naming the path; empty when nothing. */
    QString validationError() const;

private:
    void showRequest(const ImportRequest &request);
    void updateValidation();

    ImportWizard *m_wizard;
    QFormLayout *m_form;
    PathField *m_videoRoot;
    PathField *m_list;
    PathField *m_testList;
    PathField *m_labelMap;
    QWidget *m_splitChecks;
    QList<QCheckBox *> m_splitBoxes;
    QSpinBox *m_splitSpin;
    QCheckBox *m_frames;
    QLabel *m_error;
};

} // namespace as::ui
