#pragma once

#include <vector>

#include <QList>
#include <QWidget>

#include "core/config/configio.h"
#include "core/config/experimentconfig.h"
#include "ui/config/configpresets.h"

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace as::ui {

class Banner;
class ConfigForm;
class ConfigYamlView;

/**
 * Edits an experiment config (issue 5's config editor): a form built from the config schema,
 * one page per section, with inline validation; a YAML tab kept in sync both ways (the form
 * regenerates the YAML; YAML edits are parsed after a short pause and update the form, or
 * list their problems by line while the form keeps the last valid config); and a preset to
 * start from, against which every changed field is shown in bold with a reset button and
 * counted ("3 changes from x3d_xs_synthmotion").
 *
 * Choosing a model applies that model's reference input (clip length, interval, sizes, mean
 * and std), as a config file that leaves them out gets; the status line says so.
 * Ctrl+S saves the config as YAML, Ctrl+Shift+O opens one (shortcuts of this widget).
 */
class ConfigEditor final : public QWidget
{
    Q_OBJECT

public:
    /** The name under which the project's demo recipe (demoExperimentConfig) is offered. */
    static const QString kDemoPreset;
    /** The preset shown first: the demo's recipe as shipped. */
    static const QString kDefaultPreset;

    explicit ConfigEditor(QWidget *parent = nullptr);

    /** Shows `config`; the preset it is compared with stays the same. */
    void setConfig(const as::ExperimentConfig &config);
    /** The config as the form shows it: the last valid parse of the YAML, plus form edits. */
    as::ExperimentConfig config() const { return m_config; }
    /** True when validateConfig finds no problem and the YAML text has none either. */
    bool isValid() const;
    /** Every problem shown, as "field: message" (with the line for the YAML's). */
    QStringList problems() const;

    /**
     * The project whose demo recipe the preset list offers; also fills data.project of a
     * preset (and of the current config) that names no project.
     */
    void setProjectDir(const QString &projectDir);

    /** The presets offered: the embedded ones by name, then kDemoPreset. */
    QStringList presetNames() const;
    /** Starts from preset `name`: it becomes the config and what changes are counted from. */
    bool loadPreset(const QString &name);
    /** Counts changes from preset `name` without changing the config. */
    bool compareWithPreset(const QString &name);
    QString presetName() const { return m_presetName; }
    /** Paths of the fields that differ from the preset, in schema order. */
    QStringList changedFields() const;
    /** Sets field `path` back to the preset's value. */
    void resetField(const QString &path);

    /** Reads a YAML config; on problems shows them (file, line, field) and keeps the config. */
    bool openFile(const QString &path);
    /** Writes config() as YAML to `path`. */
    bool saveFile(const QString &path);

    ConfigForm *form() const { return m_form; }
    ConfigYamlView *yamlView() const { return m_yaml; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    /** Asks for a file and opens it (Ctrl+Shift+O). */
    void open();
    /** Asks for a file name and saves to it (Ctrl+S). */
    void saveAs();
    /** Takes the preset's value back for every field. */
    void resetAll();

Q_SIGNALS:
    /** config() changed, by the form, the YAML, a preset, a file or setConfig(). */
    void configChanged();
    /** isValid() changed. */
    void validityChanged(bool valid);

private:
    bool presetConfig(const QString &name, as::ExperimentConfig *config);
    void onFieldEdited(const QString &path);
    void onYamlEdited();
    /** Where a new config comes from: the YAML text is kept when the user typed it. */
    enum class Origin
    {
        Form, // a field editor; `editedPath` keeps the text being typed
        Yaml,
        Other, // a preset, a file, setConfig()
    };
    /** Makes `next` the config and shows it everywhere but where it came from. */
    void commit(const as::ExperimentConfig &next, Origin origin, const QString &editedPath = {});
    void updateDifferences();
    void updateValidation();
    void setStatus(const QString &text);
    QString presetLabel(const QString &name) const;

    as::ExperimentConfig m_config;
    as::ExperimentConfig m_preset;
    QString m_presetName;
    QString m_projectDir;
    QList<ConfigPreset> m_presets;
    std::vector<as::ConfigIssue> m_validation;
    std::vector<as::ConfigIssue> m_yamlIssues;
    bool m_valid = false;

    QComboBox *m_presetCombo;
    QPushButton *m_resetAllButton;
    QLabel *m_changesLabel;
    QLabel *m_validityLabel;
    Banner *m_banner;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ConfigForm *m_form;
    ConfigYamlView *m_yaml;
    QAction *m_openAction;
    QAction *m_saveAction;
};

} // namespace as::ui
