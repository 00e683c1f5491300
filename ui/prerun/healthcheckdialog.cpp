#include "ui/prerun/healthcheckdialog.h"

namespace as::ui {

HealthCheckDialog::HealthCheckDialog(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace as::ui
