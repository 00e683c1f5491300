#include "ui/config/configeditor.h"

namespace as::ui {

ConfigEditor::ConfigEditor(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace as::ui
