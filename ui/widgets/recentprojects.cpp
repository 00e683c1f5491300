#include "ui/widgets/recentprojects.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include "ui/widgets/preference.h"

namespace as::ui {

namespace {

Preference<QStringList> recentProjects {"recentProjects"};

QString normalised(const QString &dir)
{
    return QDir::cleanPath(QDir(dir).absolutePath());
}

} // namespace

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentProjects::projects() const
{
    return recentProjects.get();
}

void RecentProjects::add(const QString &projectDir)
{
    const QString dir = normalised(projectDir);
    QStringList list = projects();
    list.removeAll(dir);
    list.prepend(dir);
    while (list.size() > kMaxProjects)
        list.removeLast();
    store(list);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &projects)
{
    recentProjects.set(projects);
    Q_EMIT changed();
}

void RecentProjects::attachMenu(QMenu *menu)
{
    fillMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    connect(this, &RecentProjects::changed, menu, [this, menu] { fillMenu(menu); });
}

void RecentProjects::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = projects();
    int number = 0;
    for (const QString &dir : list) {
        ++number;
        // Only the folder's existence is checked (one stat per entry), never its contents.
        const bool present = QFileInfo(dir).isDir();
        const QString text = number < 10
            ? tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(dir))
            : QDir::toNativeSeparators(dir);
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("recentProject%1").arg(number));
        action->setData(dir);
        action->setEnabled(present);
        action->setStatusTip(
            present ? tr("Open the project %1").arg(QDir::toNativeSeparators(dir))
                    : tr("The folder %1 no longer exists").arg(QDir::toNativeSeparators(dir)));
        action->setToolTip(action->statusTip());
        connect(action, &QAction::triggered, this, [this, dir] { Q_EMIT projectRequested(dir); });
    }
    if (list.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent projects"));
        none->setEnabled(false);
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Recent Projects"));
    clearAction->setObjectName(QStringLiteral("clearRecentProjects"));
    clearAction->setEnabled(!list.isEmpty());
    // Queued: the menu is rebuilt by clear(), which must not delete the action still emitting.
    connect(clearAction, &QAction::triggered, this, &RecentProjects::clear, Qt::QueuedConnection);
}

} // namespace as::ui
