#include "ui/config/fieldeditor.h"

#include <climits>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSizePolicy>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/config/realspinbox.h"

namespace as::ui {

namespace {

// Unbounded spin boxes still need a range; these are far beyond any sensible config value and
// short enough not to widen the box.
constexpr int kIntLimit = 999999999;
constexpr double kRealLimit = 1e12;

/** The schema's English texts, through the "ConfigSchema" translation context. */
QString schemaText(const std::string &text)
{
    return QCoreApplication::translate("ConfigSchema", text.c_str());
}

QString numberText(double value)
{
    QString text = QString::fromStdString(as::shortestNumberText(value));
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

/** How a line edit shows a text or list value: "0.45, 0.45, 0.45", "grow/shrink, a/b". */
QString lineText(const as::ConfigValue &value)
{
    if (const auto *text = std::get_if<std::string>(&value))
        return QString::fromStdString(*text);
    if (const auto *number = std::get_if<long long>(&value))
        return QString::number(*number);
    QStringList parts;
    if (const auto *reals = std::get_if<std::vector<double>>(&value))
        for (double real : *reals)
            parts << numberText(real);
    if (const auto *pairs = std::get_if<std::vector<as::ClassSwap>>(&value))
        for (const as::ClassSwap &pair : *pairs)
            parts << QString::fromStdString(pair.first) + QLatin1Char('/')
                    + QString::fromStdString(pair.second);
    return parts.join(QLatin1String(", "));
}

/** The entries of a comma-separated list, brackets around it allowed; none for blank text. */
QStringList listEntries(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    if (text.trimmed().isEmpty())
        return {};
    QStringList entries = text.split(QLatin1Char(','));
    for (QString &entry : entries)
        entry = entry.trimmed();
    return entries;
}

/** Whether the field's whole range fits a QSpinBox (run.seed does not). */
bool fitsIntSpinBox(const as::ConfigField &field)
{
    return (std::isinf(field.min) || field.min >= INT_MIN)
        && (std::isinf(field.max) || field.max <= INT_MAX);
}

} // namespace

FieldEditor::FieldEditor(const as::ConfigField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_path(QString::fromStdString(field.path))
    , m_label(new QLabel(schemaText(field.label)))
    , m_frame(new QFrame(this))
    , m_reset(new QToolButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("fieldEditor_") + m_path);
    const QString tip = tr("%1\nYAML key: %2").arg(schemaText(field.help), m_path);
    m_label->setObjectName(QStringLiteral("label_") + m_path);
    m_label->setToolTip(tip);
    m_label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_frame->setObjectName(QStringLiteral("fieldFrame"));
    auto *frameLayout = new QHBoxLayout(m_frame);
    frameLayout->setContentsMargins(2, 2, 2, 2);
    m_input = createInput();
    m_input->setObjectName(QStringLiteral("field_") + m_path);
    m_input->setToolTip(tip);
    frameLayout->addWidget(m_input, 1);
    if (m_field.type == as::FieldType::File || m_field.type == as::FieldType::Folder) {
        auto *browse = new QToolButton(m_frame);
        browse->setObjectName(QStringLiteral("browse_") + m_path);
        browse->setText(tr("…"));
        browse->setToolTip(m_field.type == as::FieldType::File ? tr("Choose a file")
                                                               : tr("Choose a folder"));
        connect(browse, &QToolButton::clicked, this, &FieldEditor::browse);
        frameLayout->addWidget(browse);
    }
    // The label's height follows the input row, not the row with its error message.
    m_label->setMinimumHeight(m_frame->sizeHint().height());

    m_reset->setObjectName(QStringLiteral("reset_") + m_path);
    m_reset->setText(tr("Reset"));
    m_reset->setAutoRaise(true);
    QSizePolicy keepSpace = m_reset->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_reset->setSizePolicy(keepSpace);
    m_reset->hide();
    connect(m_reset, &QToolButton::clicked, this, [this] { Q_EMIT resetRequested(m_path); });

    m_error->setObjectName(QStringLiteral("error_") + m_path);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();

    const bool wide = m_field.type == as::FieldType::Text || m_field.type == as::FieldType::File
        || m_field.type == as::FieldType::Folder || m_field.type == as::FieldType::ClassPairs
        || m_field.type == as::FieldType::RealList || m_field.type == as::FieldType::RealTriple;
    m_frame->setMinimumWidth(wide ? 420 : 190);
    if (m_field.type == as::FieldType::Bool)
        m_frame->setMinimumWidth(0);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_frame, wide ? 3 : 0);
    row->addWidget(m_reset);
    row->addStretch(wide ? 1 : 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
}

QWidget *FieldEditor::createInput()
{
    using as::FieldType;
    switch (m_field.type) {
    case FieldType::Bool: {
        auto *box = new QCheckBox(m_frame);
        connect(box, &QCheckBox::toggled, this, [this](bool on) { commit(on); });
        return box;
    }
    case FieldType::Int:
        if (!m_field.choices.empty()) {
            auto *combo = new QComboBox(m_frame);
            for (const std::string &choice : m_field.choices)
                combo->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
                if (index >= 0)
                    commit(combo->itemData(index).toString().toLongLong());
            });
            return combo;
        }
        if (fitsIntSpinBox(m_field)) {
            auto *spin = new QSpinBox(m_frame);
            const double lo = std::isinf(m_field.min) ? -kIntLimit : std::ceil(m_field.min);
            const double hi = std::isinf(m_field.max) ? kIntLimit : std::floor(m_field.max);
            spin->setRange(static_cast<int>(lo) + (m_field.minExclusive ? 1 : 0),
                           static_cast<int>(hi) - (m_field.maxExclusive ? 1 : 0));
            spin->setKeyboardTracking(false);
            spin->setAlignment(Qt::AlignRight);
            connect(spin, &QSpinBox::valueChanged, this,
                    [this](int value) { commit(static_cast<long long>(value)); });
            return spin;
        }
        break; // a line edit of digits below
    case FieldType::Real: {
        auto *spin = new RealSpinBox(m_frame);
        // Exclusive ends stay reachable: the validation then names the field's problem, which
        // says more than a spin box that silently refuses a value.
        spin->setRange(std::isinf(m_field.min) ? -kRealLimit : m_field.min,
                       std::isinf(m_field.max) ? kRealLimit : m_field.max);
        spin->setKeyboardTracking(false);
        spin->setAlignment(Qt::AlignRight);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this](double value) { commit(value); });
        return spin;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox(m_frame);
        for (const std::string &choice : m_field.choices)
            combo->addItem(choice.empty() ? tr("(none)") : QString::fromStdString(choice),
                           QString::fromStdString(choice));
        if (m_field.openChoice) {
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            connect(combo, &QComboBox::currentTextChanged, this,
                    [this](const QString &text) { commit(text.trimmed().toStdString()); });
        } else {
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
                if (index >= 0)
                    commit(combo->itemData(index).toString().toStdString());
            });
        }
        return combo;
    }
    default:
        break;
    }
    auto *edit = new QLineEdit(m_frame);
    switch (m_field.type) {
    case FieldType::Int:
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{1,19}")), edit));
        break;
    case FieldType::RealList:
        edit->setPlaceholderText(tr("numbers separated by commas, e.g. 10, 20"));
        break;
    case FieldType::RealTriple:
        edit->setPlaceholderText(tr("red, green, blue, e.g. 0.45, 0.45, 0.45"));
        break;
    case FieldType::ClassPairs:
        edit->setPlaceholderText(
            tr("none; pairs of classes, e.g. move_left/move_right, grow/shrink"));
        break;
    case FieldType::File:
    case FieldType::Folder:
        edit->setPlaceholderText(tr("none"));
        break;
    default:
        break;
    }
    connect(edit, &QLineEdit::textEdited, this, &FieldEditor::commitText);
    return edit;
}

void FieldEditor::setValue(const as::ConfigValue &value)
{
    m_updating = true;
    m_value = value;
    m_textError.clear();
    if (auto *box = qobject_cast<QCheckBox *>(m_input)) {
        box->setChecked(std::get<bool>(value));
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_input)) {
        spin->setValue(static_cast<int>(std::get<long long>(value)));
    } else if (auto *real = qobject_cast<QDoubleSpinBox *>(m_input)) {
        real->setValue(std::get<double>(value));
    } else if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        const QString data = std::holds_alternative<long long>(value)
            ? QString::number(std::get<long long>(value))
            : QString::fromStdString(std::get<std::string>(value));
        const int index = combo->findData(data);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(data);
        else
            combo->setCurrentIndex(-1); // a value the list lacks: the validation names it
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_input)) {
        const QString text = lineText(value);
        if (edit->text() != text)
            edit->setText(text);
    }
    m_updating = false;
    updateErrorDisplay();
}

void FieldEditor::commit(const as::ConfigValue &value)
{
    if (m_updating)
        return;
    m_textError.clear();
    m_value = value;
    updateErrorDisplay();
    Q_EMIT edited(m_path);
}

void FieldEditor::commitText(const QString &text)
{
    using as::FieldType;
    const QStringList entries = listEntries(text);
    switch (m_field.type) {
    case FieldType::Int: {
        bool ok = false;
        const long long number = text.toLongLong(&ok);
        if (!ok) {
            m_textError = tr("%1: enter a whole number from 0 to 9223372036854775807.").arg(m_path);
            break;
        }
        commit(number);
        return;
    }
    case FieldType::RealList:
    case FieldType::RealTriple: {
        std::vector<double> numbers;
        bool ok = true;
        for (const QString &entry : entries) {
            bool entryOk = false;
            numbers.push_back(entry.toDouble(&entryOk));
            ok = ok && entryOk;
        }
        if (!ok) {
            m_textError = tr("%1: enter numbers separated by commas.").arg(m_path);
            break;
        }
        if (m_field.type == FieldType::RealTriple && numbers.size() != 3) {
            m_textError = tr("%1: enter exactly 3 numbers (red, green, blue).").arg(m_path);
            break;
        }
        commit(numbers);
        return;
    }
    case FieldType::ClassPairs: {
        std::vector<as::ClassSwap> pairs;
        bool ok = true;
        for (const QString &entry : entries) {
            const QStringList names = entry.split(QLatin1Char('/'));
            ok = ok && names.size() == 2;
            if (names.size() == 2)
                pairs.emplace_back(names[0].trimmed().toStdString(),
                                   names[1].trimmed().toStdString());
        }
        if (!ok) {
            m_textError
                = tr("%1: enter pairs of class names as a/b, separated by commas.").arg(m_path);
            break;
        }
        commit(pairs);
        return;
    }
    default:
        commit(text.toStdString());
        return;
    }
    updateErrorDisplay(); // text that is no value: keep the last value, say why
}

void FieldEditor::browse()
{
    auto *edit = qobject_cast<QLineEdit *>(m_input);
    if (!edit)
        return;
    const QString chosen = m_field.type == as::FieldType::File
        ? QFileDialog::getOpenFileName(this, schemaText(m_field.label), edit->text())
        : QFileDialog::getExistingDirectory(this, schemaText(m_field.label), edit->text());
    if (chosen.isEmpty())
        return;
    edit->setText(chosen);
    commitText(chosen);
}

void FieldEditor::setDiffers(bool differs, const QString &presetText)
{
    m_differs = differs;
    QFont font = m_label->font();
    font.setBold(differs);
    m_label->setFont(font);
    m_label->setStyleSheet(differs ? QStringLiteral("color:#1565c0;") : QString());
    m_reset->setVisible(differs);
    m_reset->setToolTip(tr("Reset to the preset's value: %1").arg(presetText));
}

void FieldEditor::setIssue(const QString &message)
{
    if (m_issue == message)
        return;
    m_issue = message;
    updateErrorDisplay();
}

QString FieldEditor::shownError() const
{
    return m_textError.isEmpty() ? m_issue : m_textError;
}

void FieldEditor::updateErrorDisplay()
{
    const QString message = shownError();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_frame->setStyleSheet(
        message.isEmpty()
            ? QString()
            : QStringLiteral(
                "QFrame#fieldFrame { border: 2px solid #d32f2f; border-radius: 4px; }"));
}

} // namespace as::ui
