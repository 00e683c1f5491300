#pragma once

#include <QWidget>

namespace as::ui {

/** PLACEHOLDER: replaced by the feature's owner. */
class ImportWizard final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportWizard(QWidget *parent = nullptr);
};

} // namespace as::ui
