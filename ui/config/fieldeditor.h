#pragma once

#include <QWidget>

#include "core/config/configschema.h"

class QFrame;
class QLabel;
class QToolButton;

namespace as::ui {

/**
 * The editor of one config field, built from its schema entry: a spin box for numbers (with
 * the field's range), a check box for flags, a combo box for choices, a line edit for text and
 * lists. Besides the editor it shows whether the value differs from the preset (bold label and
 * a "reset to preset" button) and the field's problem, if any (red outline and a message
 * below). The label lives in the form's label column; the form owns both.
 */
class FieldEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(const as::ConfigField &field, QWidget *parent = nullptr);

    const as::ConfigField &field() const { return m_field; }
    QString path() const { return m_path; }
    /** The label for the form's label column (bold while the value differs from the preset). */
    QLabel *label() const { return m_label; }
    /** The input widget itself (QSpinBox, RealSpinBox, QCheckBox, QComboBox or QLineEdit). */
    QWidget *input() const { return m_input; }

    /** Shows `value` without emitting edited(). */
    void setValue(const as::ConfigValue &value);
    /** The last value the editor holds that its type accepts (text that is no list is not). */
    as::ConfigValue value() const { return m_value; }

    /** Marks the field as changed from the preset, whose value `presetText` shows. */
    void setDiffers(bool differs, const QString &presetText = {});
    bool differs() const { return m_differs; }
    /** The problem to show below the field (from validation or the YAML); empty clears it. */
    void setIssue(const QString &message);
    /** The message shown below the field: the editor's own (unreadable list) or the issue. */
    QString shownError() const;

Q_SIGNALS:
    /** The user changed the value; value() holds it. */
    void edited(const QString &path);
    /** The user asked to take the preset's value back. */
    void resetRequested(const QString &path);

private:
    QWidget *createInput();
    void commit(const as::ConfigValue &value);
    void commitText(const QString &text);
    void browse();
    void updateErrorDisplay();

    as::ConfigField m_field;
    QString m_path;
    as::ConfigValue m_value;
    QLabel *m_label;
    QFrame *m_frame;
    QWidget *m_input = nullptr;
    QToolButton *m_reset;
    QLabel *m_error;
    QString m_issue;
    QString m_textError; // the editor's own: text that is not a list of numbers, etc.
    bool m_differs = false;
    bool m_updating = false;
};

} // namespace as::ui
