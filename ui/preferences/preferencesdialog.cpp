#include "ui/preferences/preferencesdialog.h"

namespace as::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace as::ui
