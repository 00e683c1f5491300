#include "ui/preferences/preferencesdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/common/buildinfo.h"
#include "core/common/error.h"
#include "core/project/project.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/preference.h"

namespace as::ui {

namespace {

Preference<QString> languagePreference {"ui/language"};
Preference<QString> devicePreference {"train/device", QStringLiteral("auto")};
Preference<int> threadsPreference {"train/threads", 0}; // 0: all logical cores

/** A small grey explanation under a field. */
QLabel *hintLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_languageHint(hintLabel(this, "languageHint"))
    , m_device(new QComboBox(this))
    , m_deviceHint(hintLabel(this, "deviceHint"))
    , m_threads(new QSpinBox(this))
    , m_cacheEdit(new QLineEdit(this))
    , m_cacheBrowse(new QPushButton(tr("Browse…"), this))
    , m_cacheHint(hintLabel(this, "cacheHint"))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QString());
    // Language names are written in their own language so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));

    const as::BuildInfo info = as::buildInfo();
    m_cudaAvailable = info.cudaAvailable;
    m_device->setObjectName(QStringLiteral("deviceComboBox"));
    m_device->addItem(tr("Automatic (a GPU when there is one)"), QStringLiteral("auto"));
    for (const std::string &device : info.devices) {
        const QString value = QString::fromStdString(device);
        m_device->addItem(value == QLatin1String("cpu")
                              ? tr("CPU")
                              : tr("CUDA device %1").arg(value.section(QLatin1Char(':'), 1)),
                          value);
    }
    m_threads->setObjectName(QStringLiteral("threadsSpinBox"));
    m_threads->setRange(1, std::max(256, info.cpuCores));
    m_threads->setToolTip(tr("LibTorch threads for training; this machine has %n logical core(s)",
                             nullptr, info.cpuCores));

    m_cacheEdit->setObjectName(QStringLiteral("cacheDirEdit"));
    m_cacheEdit->setClearButtonEnabled(true);
    m_cacheBrowse->setObjectName(QStringLiteral("cacheDirBrowseButton"));
    connect(m_cacheBrowse, &QPushButton::clicked, this, &PreferencesDialog::chooseCacheDir);

    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(QString(), m_languageHint);

    auto *training = new QGroupBox(tr("Training"), this);
    auto *trainingForm = new QFormLayout(training);
    trainingForm->addRow(tr("&Device:"), m_device);
    trainingForm->addRow(QString(), m_deviceHint);
    trainingForm->addRow(tr("&Threads:"), m_threads);

    auto *project = new QGroupBox(tr("Open project"), this);
    project->setObjectName(QStringLiteral("projectGroup"));
    auto *projectForm = new QFormLayout(project);
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheEdit, 1);
    cacheRow->addWidget(m_cacheBrowse);
    auto *cacheLabel = new QLabel(tr("Frame &cache:"), project);
    cacheLabel->setBuddy(m_cacheEdit);
    projectForm->addRow(cacheLabel, cacheRow);
    projectForm->addRow(QString(), m_cacheHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interfaceBox);
    layout->addWidget(training);
    layout->addWidget(project);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateHints);
    connect(m_device, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateHints);
    loadSettings();
    setProjectDir({});
}

QString PreferencesDialog::preferredLanguage()
{
    return languagePreference.get();
}

QString PreferencesDialog::preferredDevice()
{
    const QString device = devicePreference.get();
    return device.isEmpty() ? QStringLiteral("auto") : device;
}

int PreferencesDialog::preferredThreads()
{
    const int threads = threadsPreference.get();
    return threads > 0 ? threads : as::buildInfo().cpuCores;
}

void PreferencesDialog::loadSettings()
{
    m_startLanguage = preferredLanguage();
    const int language = m_language->findData(m_startLanguage);
    m_language->setCurrentIndex(std::max(0, language));

    const QString device = preferredDevice();
    int deviceIndex = m_device->findData(device);
    if (deviceIndex < 0) {
        // A device stored on another machine (cuda:1 where there is none): shown, not lost.
        m_device->addItem(device, device);
        deviceIndex = m_device->count() - 1;
    }
    m_device->setCurrentIndex(deviceIndex);
    m_threads->setValue(preferredThreads());
    updateHints();
}

void PreferencesDialog::setProjectDir(const QString &projectDir)
{
    m_projectDir = projectDir;
    m_cacheDir.clear();
    m_error->hide();
    const bool open = !projectDir.isEmpty();
    m_cacheEdit->setEnabled(open);
    m_cacheBrowse->setEnabled(open);
    if (!open) {
        m_cacheEdit->clear();
        m_cacheEdit->setPlaceholderText(tr("No project is open"));
        m_cacheHint->setText(tr("Open a project to choose where its extracted frames are kept."));
        return;
    }
    try {
        const QString cache = QDir::cleanPath(
            QString::fromStdString(as::Project::open(projectDir.toStdString()).cacheDir()));
        if (cache != defaultCacheDir())
            m_cacheDir = cache;
    } catch (const as::Error &error) {
        m_error->setText(ErrorText::describe(error.info()));
        m_error->show();
    }
    m_cacheEdit->setText(QDir::toNativeSeparators(m_cacheDir));
    m_cacheEdit->setPlaceholderText(
        tr("Default: %1").arg(QDir::toNativeSeparators(defaultCacheDir())));
    m_cacheHint->setText(
        tr("Where %1 keeps its extracted frames; empty for the default. Frames already "
           "extracted elsewhere are extracted again when needed.")
            .arg(QDir(projectDir).dirName()));
}

QString PreferencesDialog::defaultCacheDir() const
{
    return QDir::cleanPath(m_projectDir + QStringLiteral("/cache"));
}

void PreferencesDialog::updateHints()
{
    const QString language = m_language->currentData().toString();
    m_languageHint->setText(language == m_startLanguage
                                ? tr("The language of menus, panels and messages.")
                                : tr("The new language applies when ActionStudio restarts."));
    const QString device = m_device->currentData().toString();
    if (device == QLatin1String("cpu")) {
        m_deviceHint->setText(tr("Trains on the processor with the threads below."));
    } else if (device == QLatin1String("auto")) {
        m_deviceHint->setText(m_cudaAvailable
                                  ? tr("Trains on CUDA device 0.")
                                  : tr("No CUDA device is available: trains on the processor."));
    } else {
        // The core's own description, which also says when a CUDA device is missing.
        m_deviceHint->setText(QString::fromStdString(as::deviceDescription(device.toStdString())));
    }
}

void PreferencesDialog::chooseCacheDir()
{
    const QString start = m_cacheEdit->text().isEmpty() ? defaultCacheDir() : m_cacheEdit->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Frame Cache Folder"), start);
    if (!dir.isEmpty())
        m_cacheEdit->setText(QDir::toNativeSeparators(dir));
}

bool PreferencesDialog::applyCacheDir()
{
    if (m_projectDir.isEmpty())
        return true;
    QString cache = QDir::fromNativeSeparators(m_cacheEdit->text().trimmed());
    if (!cache.isEmpty())
        cache = QDir::cleanPath(QDir(cache).absolutePath());
    if (cache == defaultCacheDir())
        cache.clear();
    if (cache == m_cacheDir)
        return true;
    try {
        as::Project project = as::Project::open(m_projectDir.toStdString());
        project.setCacheDir(cache.toStdString());
    } catch (const as::Error &error) {
        m_error->setText(ErrorText::describe(error.info()));
        m_error->show();
        return false;
    }
    m_cacheDir = cache;
    return true;
}

void PreferencesDialog::accept()
{
    m_error->hide();
    if (!applyCacheDir())
        return;
    languagePreference.set(m_language->currentData().toString());
    devicePreference.set(m_device->currentData().toString());
    threadsPreference.set(m_threads->value());
    Q_EMIT preferencesChanged();
    QDialog::accept();
}

} // namespace as::ui
