#pragma once

#include <QWidget>

namespace as::ui {

/** PLACEHOLDER: replaced by the feature's owner. */
class HealthCheckDialog final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthCheckDialog(QWidget *parent = nullptr);
};

} // namespace as::ui
