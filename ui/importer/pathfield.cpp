#include "ui/importer/pathfield.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include "ui/widgets/icons.h"

namespace as::ui {

PathField::PathField(const QString &name, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_kind(kind)
{
    setObjectName(name);
    m_edit->setObjectName(name + QLatin1String("Edit"));
    m_edit->setClearButtonEnabled(true);
    m_browse->setObjectName(name + QLatin1String("Browse"));
    m_browse->setText(tr("Browse…"));
    m_browse->setIcon(themeIcon(QStringLiteral("open")));
    m_browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_browse->setToolTip(tr("Choose with a file dialog"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);

    connect(m_edit, &QLineEdit::textChanged, this, &PathField::pathChanged);
    connect(m_browse, &QToolButton::clicked, this, &PathField::browse);
}

QString PathField::path() const
{
    return m_edit->text().trimmed();
}

void PathField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void PathField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void PathField::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absoluteFilePath();
    const QString chosen = m_kind == Kind::Folder
        ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), start)
        : QFileDialog::getOpenFileName(this, tr("Choose a file"), start, m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace as::ui
