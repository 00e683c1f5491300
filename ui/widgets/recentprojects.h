#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace as::ui {

/**
 * The "Open Recent" list: the last projects opened successfully, most recent first, kept in
 * QSettings ("recentProjects"). fillMenu() lists them in a menu, folders that are gone greyed
 * out, with a "Clear" entry; choosing one emits projectRequested().
 */
class RecentProjects final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxProjects = 8;

    explicit RecentProjects(QObject *parent = nullptr);

    /** The remembered project folders, most recent first. */
    QStringList projects() const;
    /** Puts `projectDir` first (moving it when already listed) and keeps the newest eight. */
    void add(const QString &projectDir);
    void clear();

    /** Rebuilds `menu` now and every time it is about to show. */
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void projectRequested(const QString &projectDir);
    void changed();

private:
    void fillMenu(QMenu *menu);
    void store(const QStringList &projects);
};

} // namespace as::ui
