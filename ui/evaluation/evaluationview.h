#pragma once

#include <QWidget>

namespace as::ui {

/** PLACEHOLDER: replaced by the feature's owner. */
class EvaluationView final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationView(QWidget *parent = nullptr);
};

} // namespace as::ui
