#include "ui/live/livesourcechooser.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

#include "ui/widgets/icons.h"
#include "ui/widgets/preference.h"

namespace as::ui {

namespace {

Preference<bool> realTimePreference {"live/fileRealTime", true};
Preference<QString> lastFilePreference {"live/lastFile"};
Preference<QString> lastUrlPreference {"live/lastUrl"};

} // namespace

LiveSourceChooser::LiveSourceChooser(QWidget *parent)
    : QWidget(parent)
    , m_cameraRadio(new QRadioButton(tr("&Camera"), this))
    , m_fileRadio(new QRadioButton(tr("&Video file"), this))
    , m_urlRadio(new QRadioButton(tr("Stream &URL"), this))
    , m_cameraSpin(new QSpinBox(this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(themeIcon(QStringLiteral("open")), tr("&File…"), this))
    , m_realTime(new QCheckBox(tr("Play at the file's own frame rate"), this))
    , m_urlEdit(new QLineEdit(this))
{
    m_cameraRadio->setObjectName(QStringLiteral("cameraRadio"));
    m_fileRadio->setObjectName(QStringLiteral("fileRadio"));
    m_urlRadio->setObjectName(QStringLiteral("urlRadio"));
    m_cameraSpin->setObjectName(QStringLiteral("cameraSpin"));
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_realTime->setObjectName(QStringLiteral("realTimeCheck"));
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));

    m_cameraSpin->setRange(0, 63);
    m_cameraSpin->setPrefix(tr("index "));
    m_cameraSpin->setToolTip(tr("The camera's index: 0 is /dev/video0"));
    m_fileEdit->setPlaceholderText(tr("A video file"));
    m_fileEdit->setClearButtonEnabled(true);
    m_fileEdit->setText(lastFilePreference.get());
    m_realTime->setChecked(realTimePreference.get());
    m_realTime->setToolTip(
        tr("Unchecked: play as fast as frames decode, to measure the model's throughput"));
    m_urlEdit->setPlaceholderText(tr("rtsp://, http://…"));
    m_urlEdit->setClearButtonEnabled(true);
    m_urlEdit->setText(lastUrlPreference.get());
    m_fileRadio->setChecked(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    layout->addWidget(m_cameraRadio, 0, 0);
    layout->addWidget(m_cameraSpin, 0, 1, 1, 2, Qt::AlignLeft);
    layout->addWidget(m_fileRadio, 1, 0);
    layout->addWidget(m_fileEdit, 1, 1);
    layout->addWidget(m_browseButton, 1, 2);
    layout->addWidget(m_realTime, 2, 1, 1, 2);
    layout->addWidget(m_urlRadio, 3, 0);
    layout->addWidget(m_urlEdit, 3, 1, 1, 2);

    connect(m_cameraSpin, &QSpinBox::valueChanged, this,
            [this] { m_cameraRadio->setChecked(true); });
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] { m_fileRadio->setChecked(true); });
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { m_urlRadio->setChecked(true); });
    connect(m_fileEdit, &QLineEdit::returnPressed, this, &LiveSourceChooser::activated);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &LiveSourceChooser::activated);
    connect(m_browseButton, &QPushButton::clicked, this, &LiveSourceChooser::browse);
    connect(m_realTime, &QCheckBox::toggled, this, [](bool on) { realTimePreference.set(on); });
}

as::LiveSourceSpec LiveSourceChooser::source() const
{
    as::LiveSourceSpec spec;
    if (m_cameraRadio->isChecked()) {
        spec.kind = as::LiveSourceSpec::Kind::Camera;
        spec.location = std::to_string(m_cameraSpin->value());
    } else if (m_urlRadio->isChecked()) {
        spec.kind = as::LiveSourceSpec::Kind::Url;
        spec.location = m_urlEdit->text().trimmed().toStdString();
    } else {
        spec.kind = as::LiveSourceSpec::Kind::File;
        spec.location = QDir::fromNativeSeparators(m_fileEdit->text().trimmed()).toStdString();
        spec.realTime = m_realTime->isChecked();
    }
    return spec;
}

void LiveSourceChooser::setSource(const as::LiveSourceSpec &source)
{
    const QString location = QString::fromStdString(source.location);
    switch (source.kind) {
    case as::LiveSourceSpec::Kind::Camera:
        m_cameraSpin->setValue(location.toInt());
        m_cameraRadio->setChecked(true);
        break;
    case as::LiveSourceSpec::Kind::File:
        m_fileEdit->setText(QDir::toNativeSeparators(location));
        m_realTime->setChecked(source.realTime);
        m_fileRadio->setChecked(true);
        break;
    case as::LiveSourceSpec::Kind::Url:
        m_urlEdit->setText(location);
        m_urlRadio->setChecked(true);
        break;
    }
    if (source.kind == as::LiveSourceSpec::Kind::File)
        lastFilePreference.set(location);
    else if (source.kind == as::LiveSourceSpec::Kind::Url)
        lastUrlPreference.set(location);
}

void LiveSourceChooser::browse()
{
    QString dir = m_browseDir;
    const QFileInfo current(m_fileEdit->text().trimmed());
    if (!m_fileEdit->text().trimmed().isEmpty() && current.dir().exists())
        dir = current.absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Play a Video File"), dir,
        tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.wmv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(file));
    m_fileRadio->setChecked(true);
    lastFilePreference.set(file);
    Q_EMIT activated();
}

} // namespace as::ui
