#include "ui/config/configeditor.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/config/configschema.h"
#include "core/project/demoproject.h"
#include "ui/config/configform.h"
#include "ui/config/configyamlview.h"
#include "ui/config/fieldeditor.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/preference.h"

namespace as::ui {

namespace {

/** A config file is a page of text; anything bigger is not one (and is not read here). */
constexpr qint64 kMaxConfigBytes = 1 << 20;

const Preference<QString> lastConfigDir {"configEditor/lastDir"};

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

const QString ConfigEditor::kDemoPreset = QStringLiteral("demo_project");
const QString ConfigEditor::kDefaultPreset = QStringLiteral("x3d_xs_synthmotion");

ConfigEditor::ConfigEditor(QWidget *parent)
    : QWidget(parent)
    , m_presets(builtInPresets())
    , m_presetCombo(new QComboBox(this))
    , m_resetAllButton(new QPushButton(tr("Reset all"), this))
    , m_changesLabel(new QLabel(this))
    , m_validityLabel(new QLabel(this))
    , m_banner(new Banner(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ConfigForm(this))
    , m_yaml(new ConfigYamlView(this))
    , m_openAction(new QAction(themeIcon(QStringLiteral("open")), tr("Open…"), this))
    , m_saveAction(new QAction(tr("Save As…"), this))
{
    setObjectName(QStringLiteral("configEditor"));

    // Preset row: what to start from, how far the config has moved from it, files.
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setMinimumWidth(280);
    m_presetCombo->setToolTip(tr("Replaces the config with a recipe to start from"));
    for (const ConfigPreset &preset : std::as_const(m_presets)) {
        m_presetCombo->addItem(preset.name, preset.name);
        m_presetCombo->setItemData(m_presetCombo->count() - 1, preset.source, Qt::ToolTipRole);
    }
    m_presetCombo->insertSeparator(m_presetCombo->count());
    m_presetCombo->addItem(presetLabel(kDemoPreset), kDemoPreset);
    m_presetCombo->setItemData(m_presetCombo->count() - 1,
                               tr("The recipe the demo project trains with (X3D-XS on "
                                  "SynthMotion), with this project's folder."),
                               Qt::ToolTipRole);
    connect(m_presetCombo, &QComboBox::activated, this,
            [this](int index) { loadPreset(m_presetCombo->itemData(index).toString()); });
    auto *presetLabelWidget = new QLabel(tr("Start from &preset:"), this);
    presetLabelWidget->setBuddy(m_presetCombo);

    m_resetAllButton->setObjectName(QStringLiteral("resetAllButton"));
    m_resetAllButton->setToolTip(tr("Take the preset's value back for every changed field"));
    connect(m_resetAllButton, &QPushButton::clicked, this, &ConfigEditor::resetAll);
    m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
    m_validityLabel->setObjectName(QStringLiteral("validityLabel"));

    m_openAction->setObjectName(QStringLiteral("openConfigAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openAction->setToolTip(tr("Open a YAML config (Ctrl+Shift+O)"));
    connect(m_openAction, &QAction::triggered, this, &ConfigEditor::open);
    m_saveAction->setObjectName(QStringLiteral("saveConfigAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setToolTip(tr("Save the config as YAML (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &ConfigEditor::saveAs);
    addAction(m_openAction);
    addAction(m_saveAction);
    auto *openButton = new QToolButton(this);
    openButton->setObjectName(QStringLiteral("openConfigButton"));
    openButton->setDefaultAction(m_openAction);
    openButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *saveButton = new QToolButton(this);
    saveButton->setObjectName(QStringLiteral("saveConfigButton"));
    saveButton->setDefaultAction(m_saveAction);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(presetLabelWidget);
    top->addWidget(m_presetCombo);
    top->addWidget(m_resetAllButton);
    top->addSpacing(12);
    top->addWidget(m_changesLabel);
    top->addStretch(1);
    top->addWidget(m_validityLabel);
    top->addSpacing(12);
    top->addWidget(openButton);
    top->addWidget(saveButton);

    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color:#5f6368;"));

    m_tabs->setObjectName(QStringLiteral("configTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, tr("&Form"));
    m_tabs->addTab(m_yaml, tr("&YAML"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &ConfigForm::fieldEdited, this, &ConfigEditor::onFieldEdited);
    connect(m_form, &ConfigForm::resetRequested, this, &ConfigEditor::resetField);
    connect(m_yaml, &ConfigYamlView::yamlEdited, this, &ConfigEditor::onYamlEdited);

    if (!loadPreset(kDefaultPreset))
        loadPreset(kDemoPreset);
    setStatus({});
}

QString ConfigEditor::presetLabel(const QString &name) const
{
    return name == kDemoPreset ? tr("Demo project recipe") : name;
}

bool ConfigEditor::isValid() const
{
    return m_validation.empty() && m_yamlIssues.empty();
}

QStringList ConfigEditor::problems() const
{
    QStringList out;
    for (const as::ConfigIssue &issue : m_yamlIssues)
        out << tr("%1 (YAML line %2): %3")
                   .arg(str(issue.field))
                   .arg(issue.line)
                   .arg(str(issue.message));
    for (const as::ConfigIssue &issue : m_validation)
        out << tr("%1: %2").arg(str(issue.field), str(issue.message));
    return out;
}

void ConfigEditor::setConfig(const as::ExperimentConfig &config)
{
    commit(config, Origin::Other);
}

void ConfigEditor::setProjectDir(const QString &projectDir)
{
    m_projectDir = projectDir;
    if (!m_preset.data.project.empty() || projectDir.isEmpty())
        return;
    m_preset.data.project = projectDir.toStdString();
    as::ExperimentConfig next = m_config;
    if (next.data.project.empty())
        next.data.project = m_preset.data.project;
    commit(next, Origin::Other);
}

QStringList ConfigEditor::presetNames() const
{
    QStringList names;
    for (const ConfigPreset &preset : m_presets)
        names << preset.name;
    names << kDemoPreset;
    return names;
}

bool ConfigEditor::presetConfig(const QString &name, as::ExperimentConfig *config)
{
    if (name == kDemoPreset) {
        *config = as::demoExperimentConfig(m_projectDir.toStdString());
        return true;
    }
    for (const ConfigPreset &preset : std::as_const(m_presets)) {
        if (preset.name != name)
            continue;
        try {
            *config = as::parseConfig(preset.yaml.toStdString(),
                                      QStringLiteral(":/presets/%1.yaml").arg(name).toStdString());
        } catch (const as::Error &e) {
            m_banner->showMessage(
                Banner::Kind::Error,
                tr("The preset %1 cannot be read: %2").arg(name, ErrorText::describe(e.info())));
            return false;
        }
        if (config->data.project.empty())
            config->data.project = m_projectDir.toStdString();
        return true;
    }
    m_banner->showMessage(Banner::Kind::Error, tr("There is no preset named %1.").arg(name));
    return false;
}

bool ConfigEditor::loadPreset(const QString &name)
{
    if (!compareWithPreset(name))
        return false;
    commit(m_preset, Origin::Other);
    setStatus(tr("Started from the preset %1.").arg(presetLabel(name)));
    return true;
}

bool ConfigEditor::compareWithPreset(const QString &name)
{
    as::ExperimentConfig preset;
    if (!presetConfig(name, &preset))
        return false;
    m_preset = preset;
    m_presetName = name;
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(name));
    updateDifferences();
    return true;
}

QStringList ConfigEditor::changedFields() const
{
    QStringList paths;
    for (const std::string &path : as::differingFields(m_config, m_preset))
        paths << str(path);
    return paths;
}

void ConfigEditor::resetField(const QString &path)
{
    as::ExperimentConfig next = m_config;
    try {
        as::setField(next, path.toStdString(), as::getField(m_preset, path.toStdString()));
    } catch (const as::Error &e) {
        m_banner->showMessage(Banner::Kind::Error, ErrorText::describe(e.info()));
        return;
    }
    commit(next, Origin::Other);
    setStatus(tr("%1 is back at the preset's value.").arg(path));
}

void ConfigEditor::resetAll()
{
    commit(m_preset, Origin::Other);
    setStatus(tr("Every field is back at the preset's value."));
}

void ConfigEditor::onFieldEdited(const QString &path)
{
    FieldEditor *editor = m_form->fieldEditor(path);
    if (!editor)
        return;
    as::ExperimentConfig next = m_config;
    try {
        as::setField(next, path.toStdString(), editor->value());
    } catch (const as::Error &e) {
        editor->setIssue(ErrorText::describe(e.info())); // a value the member cannot hold
        return;
    }
    QString status;
    if (path == QLatin1String("model.name")) {
        if (as::applyModelReferenceInput(next))
            status = tr("Model set to %1: the input section now uses its reference input "
                        "(%2 frames every %3, crop %4 of short side %5).")
                         .arg(str(next.model.name))
                         .arg(next.input.clipLengthFrames)
                         .arg(next.input.frameInterval)
                         .arg(next.input.cropSize)
                         .arg(next.input.shortSide);
        else
            status = tr("Model set to %1, which has no reference input: the input section "
                        "is unchanged.")
                         .arg(str(next.model.name));
    }
    commit(next, Origin::Form, path);
    setStatus(status);
}

void ConfigEditor::onYamlEdited()
{
    as::ExperimentConfig next;
    std::vector<as::ConfigIssue> issues;
    try {
        next = as::parseConfig(m_yaml->yaml().toStdString(), "YAML");
    } catch (const as::ConfigError &e) {
        issues = e.issues();
    } catch (const as::Error &e) {
        issues = {{e.path(), e.what(), e.info().line}};
    }
    if (!issues.empty()) {
        // The text has problems: list them and keep the config as it was.
        m_yamlIssues = issues;
        m_yaml->setIssues(m_yamlIssues);
        updateValidation();
        setStatus(tr("The YAML has %n problem(s), listed below it; the form keeps the last "
                     "valid config.",
                     "", static_cast<int>(m_yamlIssues.size())));
        return;
    }
    commit(next, Origin::Yaml);
    setStatus(tr("The form now shows the YAML."));
}

void ConfigEditor::commit(const as::ExperimentConfig &next, Origin origin,
                          const QString &editedPath)
{
    const std::vector<std::string> changed = as::differingFields(m_config, next);
    m_config = next;
    m_yamlIssues.clear();
    m_yaml->setIssues({});
    if (origin != Origin::Yaml)
        m_yaml->setYaml(str(as::configToYaml(m_config)));
    if (origin == Origin::Other) {
        m_form->setValues(m_config);
    } else {
        // Only what changed is refreshed: the field being typed in keeps its text and cursor.
        QStringList paths;
        for (const std::string &path : changed)
            if (str(path) != editedPath)
                paths << str(path);
        m_form->setValues(m_config, paths);
    }
    updateDifferences();
    updateValidation();
    Q_EMIT configChanged();
}

void ConfigEditor::updateDifferences()
{
    m_form->setReference(m_config, m_preset);
    const int count = static_cast<int>(as::differingFields(m_config, m_preset).size());
    m_changesLabel->setText(tr("%n change(s) from %1", "", count).arg(presetLabel(m_presetName)));
    QFont font = m_changesLabel->font();
    font.setBold(count > 0);
    m_changesLabel->setFont(font);
    m_resetAllButton->setEnabled(count > 0);
}

void ConfigEditor::updateValidation()
{
    m_validation = as::validateConfig(m_config);
    QHash<QString, QString> messages;
    for (const as::ConfigIssue &issue : m_validation) {
        const QString field = str(issue.field);
        const QString text = tr("%1: %2").arg(field, str(issue.message));
        messages[field]
            = messages.contains(field) ? messages[field] + QLatin1Char('\n') + text : text;
    }
    // The YAML's problems name their line; the form still shows the last valid value.
    for (const as::ConfigIssue &issue : m_yamlIssues)
        messages[str(issue.field)]
            = tr("%1 (YAML line %2): %3. The form keeps the last valid value.")
                  .arg(str(issue.field))
                  .arg(issue.line)
                  .arg(str(issue.message));
    m_form->setIssues(messages);

    // Counted per field: a field the YAML and the validation both name is one problem.
    int problemCount = static_cast<int>(messages.size());
    for (const as::ConfigIssue &issue : m_yamlIssues)
        problemCount += m_form->fieldEditor(str(issue.field)) ? 0 : 1; // a misspelt key
    m_validityLabel->setText(problemCount == 0 ? tr("Valid")
                                               : tr("%n problem(s)", "", problemCount));
    m_validityLabel->setStyleSheet(problemCount == 0 ? QStringLiteral("color:#2e7d32;")
                                                     : QStringLiteral("color:#c62828;"));
    m_validityLabel->setToolTip(problems().join(QLatin1Char('\n')));
    m_tabs->setTabIcon(1, m_yamlIssues.empty() ? QIcon() : themeIcon(QStringLiteral("error")));

    const bool valid = isValid();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void ConfigEditor::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool ConfigEditor::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > kMaxConfigBytes) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("%1 is not a config file: it is larger than 1 MiB.").arg(path));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    try {
        const as::ExperimentConfig next = as::parseConfig(text.toStdString(), path.toStdString());
        m_yaml->setYaml(text); // the file as written, comments included
        commit(next, Origin::Yaml);
    } catch (const as::ConfigError &e) {
        // The text goes to the YAML tab, where its problems are listed by line and fixed.
        m_yaml->setYaml(text);
        m_yamlIssues = e.issues();
        m_yaml->setIssues(m_yamlIssues);
        updateValidation();
        m_tabs->setCurrentWidget(m_yaml);
        const as::ConfigIssue &first = m_yamlIssues.front();
        m_banner->showMessage(
            Banner::Kind::Error,
            tr("%1 has %n problem(s), listed under the YAML; the config is unchanged. "
               "First: line %2, %3: %4",
               "", static_cast<int>(m_yamlIssues.size()))
                .arg(path)
                .arg(first.line)
                .arg(str(first.field), str(first.message)));
        return false;
    } catch (const as::Error &e) {
        m_banner->showMessage(Banner::Kind::Error, ErrorText::describe(e.info()));
        return false;
    }
    m_banner->showMessage(Banner::Kind::Success, tr("Opened %1.").arg(path));
    return true;
}

bool ConfigEditor::saveFile(const QString &path)
{
    try {
        as::saveConfig(m_config, path.toStdString());
    } catch (const as::Error &e) {
        m_banner->showMessage(Banner::Kind::Error, ErrorText::describe(e.info()));
        return false;
    }
    if (isValid())
        m_banner->showMessage(Banner::Kind::Success, tr("Saved %1.").arg(path));
    else
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Saved %1, but the config has %n problem(s): training will "
                                 "refuse it until they are fixed.",
                                 "", static_cast<int>(m_validation.size()))
                                  .arg(path));
    return true;
}

void ConfigEditor::open()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open config"), lastConfigDir.get(),
                                       tr("YAML configs (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    lastConfigDir.set(QFileInfo(path).absolutePath());
    openFile(path);
}

void ConfigEditor::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save config as"), lastConfigDir.get(),
                                                tr("YAML configs (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    lastConfigDir.set(QFileInfo(path).absolutePath());
    saveFile(path);
}

} // namespace as::ui
