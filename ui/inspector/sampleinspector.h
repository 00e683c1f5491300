#pragma once

#include <QWidget>

namespace as::ui {

/** PLACEHOLDER: replaced by the feature's owner. */
class SampleInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit SampleInspector(QWidget *parent = nullptr);
};

} // namespace as::ui
