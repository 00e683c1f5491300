#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace as::ui {

/**
 * Edit > Preferences: the user interface language, the training device and thread count (kept
 * in QSettings), and where the open project keeps its frame cache (kept in its project.db).
 * Nothing is written until OK; a language change applies on the next start.
 *
 * Other parts read the stored choices through the static accessors, e.g. the training panel
 * through preferredDevice() and preferredThreads().
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /**
     * The project whose cache location the dialog edits; empty: no project is open and the
     * cache field is disabled. Reads the project's current cache folder (a small SQLite read).
     */
    void setProjectDir(const QString &projectDir);

    /** "ui/language": a locale name ("en", "zh_CN"), or empty for the system's language. */
    static QString preferredLanguage();
    /** "train/device": "auto", "cpu" or "cuda:N" (a run.device value). */
    static QString preferredDevice();
    /** "train/threads": LibTorch intra-op threads for training; default all logical cores. */
    static int preferredThreads();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /** Emitted by accept() after the choices are stored. */
    void preferencesChanged();

private:
    void loadSettings();
    void updateHints();
    void chooseCacheDir();
    /** Writes the cache folder to the project; false (with the error shown) when it fails. */
    bool applyCacheDir();
    QString defaultCacheDir() const;

    QString m_projectDir;
    QString m_cacheDir; // as read from the project: empty for the default
    QString m_startLanguage;
    bool m_cudaAvailable = false;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QComboBox *m_device;
    QLabel *m_deviceHint;
    QSpinBox *m_threads;
    QLineEdit *m_cacheEdit;
    QPushButton *m_cacheBrowse;
    QLabel *m_cacheHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace as::ui
