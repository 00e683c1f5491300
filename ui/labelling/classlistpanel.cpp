#include "ui/labelling/classlistpanel.h"

#include <QColorDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/project/project.h"
#include "ui/labelling/classcolor.h"

namespace as::ui {

ClassListPanel::ClassListPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_colour(new QPushButton(tr("Colour…"), this))
    , m_merge(new QPushButton(tr("Merge into…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    m_filter->setObjectName(QStringLiteral("classFilter"));
    m_filter->setPlaceholderText(tr("Find a class (/)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type part of a name, then Enter gives the first match to the "
                            "selected segment; Escape goes back"));
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("classKeys"));
    m_list->setToolTip(tr("Press a class's number to give it to the selected segment"));
    m_add->setObjectName(QStringLiteral("addClass"));
    m_rename->setObjectName(QStringLiteral("renameClass"));
    m_colour->setObjectName(QStringLiteral("recolourClass"));
    m_merge->setObjectName(QStringLiteral("mergeClass"));
    m_delete->setObjectName(QStringLiteral("deleteClass"));
    m_delete->setToolTip(tr("Delete the class: its videos become unlabelled and its segments "
                            "are removed (you are told how many first)"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_colour, 1, 0);
    buttons->addWidget(m_merge, 1, 1);
    buttons->addWidget(m_delete, 2, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Classes"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };
    m_askText = [this](const QString &title, const QString &label, const QString &initial) {
        return QInputDialog::getText(this, title, label, QLineEdit::Normal, initial);
    };
    m_askItem = [this](const QString &title, const QString &label, const QStringList &items) {
        bool ok = false;
        const QString item = QInputDialog::getItem(this, title, label, items, 0, false, &ok);
        return ok ? item : QString();
    };
    m_askColor = [this](const QColor &initial) {
        return QColorDialog::getColor(initial, this, tr("Class colour"));
    };

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT classActivated(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ClassListPanel::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, &ClassListPanel::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        for (int row = 0; row < m_list->count(); ++row)
            if (!m_list->item(row)->isHidden()) {
                m_filter->clear();
                Q_EMIT searchFinished();
                Q_EMIT classActivated(row);
                return;
            }
        Q_EMIT message(tr("No class matches \"%1\".").arg(m_filter->text()), true);
    });
    connect(m_add, &QPushButton::clicked, this, &ClassListPanel::addClass);
    connect(m_rename, &QPushButton::clicked, this, &ClassListPanel::renameCurrent);
    connect(m_colour, &QPushButton::clicked, this, &ClassListPanel::recolourCurrent);
    connect(m_merge, &QPushButton::clicked, this, &ClassListPanel::mergeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ClassListPanel::deleteCurrent);
    updateButtons();
}

void ClassListPanel::setProject(Project *project)
{
    m_project = project;
    reload();
}

void ClassListPanel::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    if (m_project) {
        for (const ClassInfo &c : m_project->classes()) {
            const QString key = c.index < 9 ? QString::number(c.index + 1) : QStringLiteral(" ");
            auto *item = new QListWidgetItem(
                QStringLiteral("%1  %2").arg(key, QString::fromStdString(c.name)), m_list);
            item->setData(Qt::UserRole, qint64(c.id));
            item->setData(Qt::DecorationRole, classColor(c));
        }
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    applyFilter(m_filter->text());
    updateButtons();
}

void ClassListPanel::startSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ClassListPanel::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString name = item->text().mid(3); // after the key column
        item->setHidden(!wanted.isEmpty() && !name.contains(wanted, Qt::CaseInsensitive));
    }
}

bool ClassListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_filter->clear();
        Q_EMIT searchFinished();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

qint64 ClassListPanel::classAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ClassListPanel::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

qint64 ClassListPanel::currentClass() const
{
    return classAt(m_list->currentRow());
}

void ClassListPanel::updateButtons()
{
    const bool has = m_project && currentClass() != 0;
    m_add->setEnabled(m_project != nullptr);
    for (QPushButton *b : {m_rename, m_colour, m_delete})
        b->setEnabled(has);
    m_merge->setEnabled(has && m_list->count() > 1);
}

void ClassListPanel::addClass()
{
    if (!m_project)
        return;
    const QString name = m_askText(tr("Add a class"), tr("Name of the new class:"), {}).trimmed();
    if (name.isEmpty())
        return;
    try {
        m_project->addClass(name.toStdString());
    } catch (const Error &e) {
        Q_EMIT message(QString::fromUtf8(e.what()), true);
        return;
    }
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    Q_EMIT classesChanged(false);
    Q_EMIT message(tr("Added the class %1.").arg(name), false);
}

void ClassListPanel::renameCurrent()
{
    const qint64 id = currentClass();
    const auto info = id && m_project ? m_project->classById(id) : std::nullopt;
    if (!info)
        return;
    const QString old = QString::fromStdString(info->name);
    const QString name =
        m_askText(tr("Rename the class"), tr("New name of %1:").arg(old), old).trimmed();
    if (name.isEmpty() || name == old)
        return;
    try {
        m_project->renameClass(id, name.toStdString());
    } catch (const Error &e) {
        Q_EMIT message(QString::fromUtf8(e.what()), true);
        return;
    }
    reload();
    Q_EMIT classesChanged(false);
}

void ClassListPanel::recolourCurrent()
{
    const qint64 id = currentClass();
    const auto info = id && m_project ? m_project->classById(id) : std::nullopt;
    if (!info)
        return;
    const QColor colour = m_askColor(classColor(*info));
    if (!colour.isValid())
        return;
    try {
        m_project->setClassColour(id, colour.name().toStdString()); // "#rrggbb"
    } catch (const Error &e) {
        Q_EMIT message(QString::fromUtf8(e.what()), true);
        return;
    }
    reload();
    Q_EMIT classesChanged(false);
}

void ClassListPanel::mergeCurrent()
{
    const qint64 id = currentClass();
    const auto from = id && m_project ? m_project->classById(id) : std::nullopt;
    if (!from)
        return;
    QStringList others;
    for (const ClassInfo &c : m_project->classes())
        if (c.id != id)
            others << QString::fromStdString(c.name);
    const QString fromName = QString::fromStdString(from->name);
    const QString into =
        m_askItem(tr("Merge classes"), tr("Merge %1 into:").arg(fromName), others);
    const auto target = into.isEmpty() ? std::nullopt : m_project->classByName(into.toStdString());
    if (!target)
        return;
    const ClassUsage usage = m_project->classUsage(id);
    if (!m_confirm(tr("Merge classes"),
                   tr("Merge %1 into %2? %n video(s) labelled %1 become %2, and so do its "
                      "segments (%3). %1 is removed. This cannot be undone.",
                      nullptr, usage.videos)
                       .arg(fromName, into)
                       .arg(usage.segments)))
        return;
    try {
        m_project->mergeClasses(id, target->id);
    } catch (const Error &e) {
        Q_EMIT message(QString::fromUtf8(e.what()), true);
        return;
    }
    reload();
    Q_EMIT classesChanged(true);
    Q_EMIT message(tr("Merged %1 into %2.").arg(fromName, into), false);
}

void ClassListPanel::deleteCurrent()
{
    const qint64 id = currentClass();
    const auto info = id && m_project ? m_project->classById(id) : std::nullopt;
    if (!info)
        return;
    const QString name = QString::fromStdString(info->name);
    const ClassUsage usage = m_project->classUsage(id);
    const QString question =
        usage.videos == 0 && usage.segments == 0
            ? tr("Delete the class %1? No video or segment uses it.").arg(name)
            : tr("Delete the class %1? %n video(s) labelled %1 become unlabelled. Segments "
                 "removed: %2 (in videos: %3). This cannot be undone.",
                 nullptr, usage.videos)
                  .arg(name)
                  .arg(usage.segments)
                  .arg(usage.videosWithSegments);
    if (!m_confirm(tr("Delete class"), question))
        return;
    try {
        m_project->removeClass(id);
    } catch (const Error &e) {
        Q_EMIT message(QString::fromUtf8(e.what()), true);
        return;
    }
    reload();
    Q_EMIT classesChanged(true);
    Q_EMIT message(tr("Deleted the class %1.").arg(name), false);
}

} // namespace as::ui
