#include "ui/importer/importwizard.h"

namespace as::ui {

ImportWizard::ImportWizard(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace as::ui
