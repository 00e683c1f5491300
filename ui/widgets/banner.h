#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace as::ui {

/**
 * A dismissible message strip shown above a panel's content (like KMessageWidget): results
 * and errors stay visible in the window without a modal dialog interrupting the user.
 */
class Banner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Success,
        Warning,
        Error
    };

    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace as::ui
