#include "ui/config/configyamlview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"

namespace as::ui {

ConfigYamlView::ConfigYamlView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_issues(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("configYamlView"));
    m_text->setObjectName(QStringLiteral("yamlEdit"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(false);
    m_text->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 2);

    m_issues->setObjectName(QStringLiteral("yamlIssues"));
    m_issues->setMaximumHeight(110);
    m_issues->hide();
    connect(m_issues, &QListWidget::itemClicked, this, &ConfigYamlView::goToIssue);
    connect(m_issues, &QListWidget::itemActivated, this, &ConfigYamlView::goToIssue);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ConfigYamlView::yamlEdited);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });

    auto *hint = new QLabel(
        tr("Edits here update the form once you pause typing; comments are not kept."), this);
    hint->setStyleSheet(QStringLiteral("color:#5f6368;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_issues);
}

void ConfigYamlView::setYaml(const QString &yaml)
{
    if (yaml == m_text->toPlainText())
        return;
    const int scroll = m_text->verticalScrollBar()->value();
    m_updating = true;
    m_debounce->stop();
    m_text->setPlainText(yaml);
    m_updating = false;
    m_text->verticalScrollBar()->setValue(scroll);
}

QString ConfigYamlView::yaml() const
{
    return m_text->toPlainText();
}

bool ConfigYamlView::hasPendingEdit() const
{
    return m_debounce->isActive();
}

void ConfigYamlView::setIssues(const std::vector<as::ConfigIssue> &issues)
{
    m_issues->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const as::ConfigIssue &issue : issues) {
        const QString field = QString::fromStdString(issue.field);
        const QString message = QString::fromStdString(issue.message);
        auto *item = new QListWidgetItem(
            themeIcon(QStringLiteral("error")),
            issue.line > 0 ? tr("Line %1, %2: %3").arg(issue.line).arg(field, message)
                           : tr("%1: %2").arg(field, message),
            m_issues);
        item->setData(Qt::UserRole, issue.line);
        const QTextBlock block = m_text->document()->findBlockByNumber(issue.line - 1);
        if (issue.line > 0 && block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setBackground(QColor(0xfd, 0xec, 0xea));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << mark;
        }
    }
    m_text->setExtraSelections(marks);
    m_issues->setVisible(!issues.empty());
}

void ConfigYamlView::goToIssue(QListWidgetItem *item)
{
    const int line = item->data(Qt::UserRole).toInt();
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (line <= 0 || !block.isValid())
        return;
    m_text->setTextCursor(QTextCursor(block));
    m_text->centerCursor();
    m_text->setFocus();
}

} // namespace as::ui
