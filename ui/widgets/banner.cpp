#include "ui/widgets/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include "ui/widgets/icons.h"

namespace as::ui {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(themeIcon(QStringLiteral("close")));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void Banner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QString iconName;
    QString colors;
    switch (kind) {
    case Kind::Information:
        iconName = QStringLiteral("info");
        colors = QStringLiteral("background:#e8f1fb; border:1px solid #9cc3ea;");
        break;
    case Kind::Success:
        iconName = QStringLiteral("success");
        colors = QStringLiteral("background:#e7f5e9; border:1px solid #93cf9c;");
        break;
    case Kind::Warning:
        iconName = QStringLiteral("warning");
        colors = QStringLiteral("background:#fff6e0; border:1px solid #f0c36d;");
        break;
    case Kind::Error:
        iconName = QStringLiteral("error");
        colors = QStringLiteral("background:#fdecea; border:1px solid #ef9a9a;");
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#banner { %1 border-radius:4px; }").arg(colors));
    m_icon->setPixmap(themeIcon(iconName).pixmap(20, 20));
    m_text->setText(text);
    show();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace as::ui
