#include "ui/evaluation/evaluationview.h"

namespace as::ui {

EvaluationView::EvaluationView(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace as::ui
