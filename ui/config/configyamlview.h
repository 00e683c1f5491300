#pragma once

#include <vector>

#include <QWidget>

#include "core/config/configio.h"

class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTimer;

namespace as::ui {

/**
 * The config as YAML text: a monospace editor that reports the user's edits once typing
 * pauses (a short debounce), and the problems of the last parse listed below it with their
 * line, each line marked in the text and a click away.
 */
class ConfigYamlView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigYamlView(QWidget *parent = nullptr);

    /** Replaces the text (regenerated from the form), keeping the scroll position. */
    void setYaml(const QString &yaml);
    QString yaml() const;
    /** Shows the problems of the text; an empty list clears them. */
    void setIssues(const std::vector<as::ConfigIssue> &issues);
    /** Whether a user edit waits for its debounce to end. */
    bool hasPendingEdit() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *issueList() const { return m_issues; }

    static constexpr int kDebounceMs = 400;

Q_SIGNALS:
    /** The user changed the text and paused typing. */
    void yamlEdited();

private:
    void goToIssue(QListWidgetItem *item);

    QPlainTextEdit *m_text;
    QListWidget *m_issues;
    QTimer *m_debounce;
    bool m_updating = false;
};

} // namespace as::ui
