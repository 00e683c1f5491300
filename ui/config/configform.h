#pragma once

#include <QHash>
#include <QWidget>

#include "core/config/experimentconfig.h"

class QListWidget;
class QStackedWidget;

namespace as::ui {

class FieldEditor;

/**
 * The config as a form built from the schema (core/config/configschema.h): a list of the
 * sections on the left (marked when a field in them changed or has a problem) and one page of
 * labelled field editors per section on the right, so 60-odd fields never form one wall.
 * It shows values, differences and problems it is given; ConfigEditor owns the config.
 */
class ConfigForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigForm(QWidget *parent = nullptr);

    /** Shows every field's value in `config`, emitting no edits. */
    void setValues(const as::ExperimentConfig &config);
    /** Shows the values of the fields `paths` only. */
    void setValues(const as::ExperimentConfig &config, const QStringList &paths);
    /** Marks the fields whose value in `config` differs from `reference`. */
    void setReference(const as::ExperimentConfig &config, const as::ExperimentConfig &reference);
    /** The problem per field path to show under each field; fields not named are cleared. */
    void setIssues(const QHash<QString, QString> &messages);

    FieldEditor *fieldEditor(const QString &path) const { return m_editors.value(path); }
    /** Shows the page of `section` (a YAML key: "optim"). */
    void showSection(const QString &section);
    QString currentSection() const;

Q_SIGNALS:
    void fieldEdited(const QString &path);
    void resetRequested(const QString &path);

private:
    QWidget *createPage(const std::string &section, const QString &title, const QString &help);
    void updateSectionMarks();

    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QHash<QString, FieldEditor *> m_editors;
    QStringList m_sectionKeys;
};

} // namespace as::ui
