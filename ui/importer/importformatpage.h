#pragma once

#include <QWizardPage>

#include "ui/importer/importrequest.h"

class QButtonGroup;
class QLabel;

namespace as::ui {

class ImportWizard;

/**
 * Page 1 of the import wizard: the dataset format, one radio button per core importer with
 * a one-line explanation of the files it expects. Preselected from dropped files.
 */
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizard *wizard);

    ImportFormat format() const;
    void setFormat(ImportFormat format);
    /** Shows which format the dropped files suggested. */
    void setDetectedHint(ImportFormat format);

    bool validatePage() override;

    /** The translated name of `format`, e.g. "UCF101 split lists". */
    static QString formatName(ImportFormat format);

private:
    ImportWizard *m_wizard;
    QButtonGroup *m_group;
    QLabel *m_hint;
};

} // namespace as::ui
