#pragma once

#include <QWidget>

namespace as::ui {

/** PLACEHOLDER: replaced by the feature's owner. */
class ConfigEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigEditor(QWidget *parent = nullptr);
};

} // namespace as::ui
