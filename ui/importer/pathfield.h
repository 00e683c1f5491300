#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace as::ui {

/**
 * A path entry of the import wizard: a line edit and a Browse button that opens a folder or
 * file chooser. The line edit is named `<name>Edit` and the button `<name>Browse`, for tests.
 */
class PathField final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Folder,
        File
    };

    PathField(const QString &name, Kind kind, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setKind(Kind kind) { m_kind = kind; }
    /** File chooser filter, e.g. tr("CSV files (*.csv)"); ignored for folders. */
    void setFilter(const QString &filter) { m_filter = filter; }
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void pathChanged(const QString &path);

private:
    void browse();

    QLineEdit *m_edit;
    QToolButton *m_browse;
    Kind m_kind;
    QString m_filter;
};

} // namespace as::ui
