#include "ui/config/configform.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/config/configschema.h"
#include "ui/config/fieldeditor.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

QString schemaText(const std::string &text)
{
    return QCoreApplication::translate("ConfigSchema", text.c_str());
}

/** A transparent icon, so that every section's title starts at the same x with or without a mark.
 */
QIcon blankIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

} // namespace

ConfigForm::ConfigForm(QWidget *parent)
    : QWidget(parent)
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("configForm"));
    m_sections->setObjectName(QStringLiteral("configSectionList"));
    m_sections->setIconSize(QSize(16, 16));
    m_sections->setSpacing(2);
    m_sections->setFixedWidth(290);
    m_pages->setObjectName(QStringLiteral("configPages"));

    for (const as::ConfigSection &section : as::configSections()) {
        const QString key = QString::fromStdString(section.key);
        auto *item = new QListWidgetItem(blankIcon(), schemaText(section.label), m_sections);
        item->setData(Qt::UserRole, key);
        item->setToolTip(schemaText(section.help));
        item->setSizeHint(QSize(0, 30));
        m_sectionKeys << key;
        m_pages->addWidget(
            createPage(section.key, schemaText(section.label), schemaText(section.help)));
    }
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
}

QWidget *ConfigForm::createPage(const std::string &section, const QString &title,
                                const QString &help)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("configPage_") + QString::fromStdString(section));
    auto *titleLabel = new QLabel(title, content);
    QFont titleFont = titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleLabel->setFont(titleFont);
    auto *helpLabel = new QLabel(help, content);
    helpLabel->setWordWrap(true);
    helpLabel->setStyleSheet(QStringLiteral("color:#5f6368;"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    for (const as::ConfigField &field : as::configSchema()) {
        if (field.section != section)
            continue;
        auto *editor = new FieldEditor(field, content);
        editor->label()->setMinimumWidth(200);
        form->addRow(editor->label(), editor);
        m_editors.insert(editor->path(), editor);
        connect(editor, &FieldEditor::edited, this, &ConfigForm::fieldEdited);
        connect(editor, &FieldEditor::resetRequested, this, &ConfigForm::resetRequested);
    }

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(6);
    layout->addWidget(titleLabel);
    layout->addWidget(helpLabel);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("configScroll_") + QString::fromStdString(section));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void ConfigForm::setValues(const as::ExperimentConfig &config)
{
    setValues(config, m_editors.keys());
}

void ConfigForm::setValues(const as::ExperimentConfig &config, const QStringList &paths)
{
    for (const QString &path : paths) {
        FieldEditor *editor = m_editors.value(path);
        if (!editor)
            continue;
        try {
            editor->setValue(as::getField(config, editor->field().path));
        } catch (const as::Error &e) {
            editor->setIssue(QString::fromUtf8(e.what())); // a seed above 2^63 - 1
        }
    }
}

void ConfigForm::setReference(const as::ExperimentConfig &config,
                              const as::ExperimentConfig &reference)
{
    QSet<QString> differing;
    for (const std::string &path : as::differingFields(config, reference))
        differing.insert(QString::fromStdString(path));
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const bool differs = differing.contains(editor->path());
        editor->setDiffers(differs,
                           differs ? QString::fromStdString(
                               as::fieldText(as::getField(reference, editor->field().path)))
                                   : QString());
    }
    updateSectionMarks();
}

void ConfigForm::setIssues(const QHash<QString, QString> &messages)
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setIssue(messages.value(editor->path()));
    updateSectionMarks();
}

void ConfigForm::updateSectionMarks()
{
    QHash<QString, int> changed;
    QHash<QString, int> problems;
    for (const FieldEditor *editor : std::as_const(m_editors)) {
        const QString section = QString::fromStdString(editor->field().section);
        changed[section] += editor->differs() ? 1 : 0;
        problems[section] += editor->shownError().isEmpty() ? 0 : 1;
    }
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        const as::ConfigSection &section = as::configSections()[static_cast<std::size_t>(row)];
        QString text = schemaText(section.label);
        if (changed.value(key) > 0)
            text += QStringLiteral("  ") + tr("(%n changed)", "", changed.value(key));
        item->setText(text);
        QFont font = item->font();
        font.setBold(changed.value(key) > 0);
        item->setFont(font);
        item->setIcon(problems.value(key) > 0 ? themeIcon(QStringLiteral("error")) : blankIcon());
        item->setToolTip(problems.value(key) > 0
                             ? tr("%n field(s) with a problem", "", problems.value(key))
                             : schemaText(section.help));
    }
}

void ConfigForm::showSection(const QString &section)
{
    const int row = static_cast<int>(m_sectionKeys.indexOf(section));
    if (row >= 0)
        m_sections->setCurrentRow(row);
}

QString ConfigForm::currentSection() const
{
    return m_sectionKeys.value(m_sections->currentRow());
}

} // namespace as::ui
