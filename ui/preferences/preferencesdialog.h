#pragma once

#include <QWidget>

namespace as::ui {

/** PLACEHOLDER: replaced by the feature's owner. */
class PreferencesDialog final : public QWidget
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
};

} // namespace as::ui
