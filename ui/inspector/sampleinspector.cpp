#include "ui/inspector/sampleinspector.h"

namespace as::ui {

SampleInspector::SampleInspector(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace as::ui
