#pragma once

#include <functional>

#include <QColor>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace as {
class Project;
}

namespace as::ui {

/**
 * The project's classes beside the labelling view, with their number keys and colours, and
 * what a user does to classes while labelling: add, rename, recolour, merge one into another,
 * and delete, which first says how many videos and segments it touches and asks to confirm.
 * A search field (the view's "/" key) filters the list by name; Enter gives the first match,
 * so projects with more than nine classes label as fast as with number keys.
 * Every change is one transaction in project.db. Class changes are not on the segment undo
 * stack (a merge or delete rewrites segments of many videos); the view clears it after one.
 */
class ClassListPanel final : public QWidget
{
    Q_OBJECT

public:
    /** Asks the user a yes/no question (a message box; tests answer it themselves). */
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    /** Asks for a text (empty or cancelled: no change). */
    using AskText = std::function<QString(const QString &title, const QString &label,
                                          const QString &initial)>;
    /** Asks to choose one of `items` (empty: cancelled). */
    using AskItem = std::function<QString(const QString &title, const QString &label,
                                          const QStringList &items)>;
    /** Asks for a colour (invalid: cancelled). */
    using AskColor = std::function<QColor(const QColor &initial)>;

    explicit ClassListPanel(QWidget *parent = nullptr);

    /** The project whose classes are shown and changed (not owned; null: none). */
    void setProject(Project *project);
    void reload();
    QListWidget *list() const { return m_list; }
    /** The class id on `row` of the list (0: none). */
    qint64 classAt(int row) const;
    void setCurrentRow(int row);
    QLineEdit *filter() const { return m_filter; }

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskText(AskText ask) { m_askText = std::move(ask); }
    void setAskItem(AskItem ask) { m_askItem = std::move(ask); }
    void setAskColor(AskColor ask) { m_askColor = std::move(ask); }

public Q_SLOTS:
    /** Focuses the search field with its text selected. */
    void startSearch();
    void addClass();
    void renameCurrent();
    void recolourCurrent();
    void mergeCurrent();
    void deleteCurrent();

Q_SIGNALS:
    /** The class on `row` was activated (double-click, Enter): give it to the segment. */
    void classActivated(int row);
    /** Classes changed in the database; `segmentsRewritten`: segments of any video too. */
    void classesChanged(bool segmentsRewritten);
    /** The search ended (Enter or Escape): the view takes the keyboard back. */
    void searchFinished();
    /** `text` is translated; `error` colours it as an error. */
    void message(const QString &text, bool error);

private:
    qint64 currentClass() const;
    void updateButtons();
    void applyFilter(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Project *m_project = nullptr;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_colour;
    QPushButton *m_merge;
    QPushButton *m_delete;
    Confirm m_confirm;
    AskText m_askText;
    AskItem m_askItem;
    AskColor m_askColor;
};

} // namespace as::ui
