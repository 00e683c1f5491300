// Tests of the main window's frame on the offscreen platform: the Preferences dialog stores the
// language, device, threads and the open project's cache folder; Open Recent follows every
// opened project and New Project creates one; About names the versions; the status bar's jobs
// indicator lists a running job and cancels it. Screenshots: the Preferences dialog at its
// natural size and the main window with the jobs popup open.

#include <memory>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include "core/common/buildinfo.h"
#include "core/project/project.h"
#include "guitesthelpers.h"
#include "ui/dataset/demoprojectcontroller.h"
#include "ui/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/widgets/jobsindicator.h"
#include "ui/widgets/recentprojects.h"

using namespace as::ui;

namespace {

constexpr int kOpenTimeoutMs = 60 * 1000;

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

/** Saves `image` as `name` in the screenshot folder. */
void saveImage(const QImage &image, const QString &name)
{
    const QString file = as::test::screenshotDir() + QLatin1Char('/') + name;
    QVERIFY2(!image.isNull() && image.save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

} // namespace

class TestGuiMain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // the tiny demo, prepared once
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *find(QObject *parent, const char *name) const
    {
        auto *object = parent->findChild<T *>(QString::fromLatin1(name));
        if (!object)
            qWarning("no child named %s", name);
        return object;
    }
    QAction *action(const char *name) const { return find<QAction>(m_window.get(), name); }

    /** Opens `dir` in the window and waits until it is shown. */
    bool openAndWait(const QString &dir)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(dir);
        return opened.wait(kOpenTimeoutMs) || opened.count() > 0;
    }

    PreferencesDialog *openPreferences() const
    {
        action("preferencesAction")->trigger();
        auto *dialog = m_window->findChild<PreferencesDialog *>();
        if (dialog && !dialog->isVisible())
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_main");
        QVERIFY(m_dir.isValid());
        m_demo = cleanPath(m_dir.filePath(QStringLiteral("demo")));
        as::test::prepareTinyDemo(m_demo);
        QVERIFY(QFile::exists(m_demo + QStringLiteral("/project.db")));

        MainWindow::Options options;
        options.projectDir = m_demo;
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, kOpenTimeoutMs);
        QCOMPARE(m_window->projectDir(), m_demo);
    }

    void cleanupTestCase() { m_window.reset(); }

    void shortcuts()
    {
        QCOMPARE(action("preferencesAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(action("newProjectAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        // The dataset dock is a panel of addPanel(): its toggle is in View with a shortcut.
        QAction *toggle = action("datasetDockToggle");
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(find<QMenu>(m_window.get(), "viewMenu")->actions().contains(toggle));
        toggle->trigger();
        QVERIFY(!find<QWidget>(m_window.get(), "datasetDock")->isVisible());
        toggle->trigger();
        QVERIFY(find<QWidget>(m_window.get(), "datasetDock")->isVisible());
    }

    void preferencesPersist()
    {
        QPointer<PreferencesDialog> dialog = openPreferences();
        QVERIFY(dialog);
        auto *language = find<QComboBox>(dialog, "languageComboBox");
        auto *device = find<QComboBox>(dialog, "deviceComboBox");
        auto *threads = find<QSpinBox>(dialog, "threadsSpinBox");
        auto *cache = find<QLineEdit>(dialog, "cacheDirEdit");
        auto *languageHint = find<QLabel>(dialog, "languageHint");
        QVERIFY(language && device && threads && cache && languageHint);

        // Defaults: the system language, automatic device, every core; the demo's own cache.
        const as::BuildInfo info = as::buildInfo();
        QCOMPARE(language->currentData().toString(), QString());
        QCOMPARE(device->currentData().toString(), QStringLiteral("auto"));
        QCOMPARE(threads->value(), info.cpuCores);
        QVERIFY(cache->isEnabled());
        QVERIFY(cache->text().isEmpty());
        QVERIFY(cache->placeholderText().contains(QDir::toNativeSeparators(m_demo)));
        // One entry per usable device: auto, cpu, then each CUDA device.
        QCOMPARE(device->count(), 1 + static_cast<int>(info.devices.size()));
        QVERIFY(device->findData(QStringLiteral("cpu")) >= 0);

        const QString hintBefore = languageHint->text();
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(languageHint->text() != hintBefore); // "applies when ActionStudio restarts"
        device->setCurrentIndex(device->findData(QStringLiteral("cpu")));
        threads->setValue(3);
        const QString newCache = cleanPath(m_dir.filePath(QStringLiteral("frames")));
        QTest::keyClicks(cache, QDir::toNativeSeparators(newCache));

        dialog->adjustSize();
        saveImage(dialog->grab().toImage(), QStringLiteral("panel-preferences.png"));

        auto *buttons = find<QDialogButtonBox>(dialog, "preferencesButtons");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.value(QStringLiteral("train/device")).toString(), QStringLiteral("cpu"));
        QCOMPARE(settings.value(QStringLiteral("train/threads")).toInt(), 3);
        QCOMPARE(PreferencesDialog::preferredLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(PreferencesDialog::preferredDevice(), QStringLiteral("cpu"));
        QCOMPARE(PreferencesDialog::preferredThreads(), 3);
        QCOMPARE(QDir::cleanPath(
                     QString::fromStdString(as::Project::open(m_demo.toStdString()).cacheDir())),
                 newCache);

        // Opening the dialog again shows what was stored; clearing the cache field restores
        // the project's default folder.
        QTRY_VERIFY(m_window->findChild<PreferencesDialog *>() == nullptr); // deleted on close
        dialog = openPreferences();
        QVERIFY(dialog);
        QCOMPARE(find<QComboBox>(dialog, "languageComboBox")->currentData().toString(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(find<QComboBox>(dialog, "deviceComboBox")->currentData().toString(),
                 QStringLiteral("cpu"));
        QCOMPARE(find<QSpinBox>(dialog, "threadsSpinBox")->value(), 3);
        cache = find<QLineEdit>(dialog, "cacheDirEdit");
        QCOMPARE(cleanPath(QDir::fromNativeSeparators(cache->text())), newCache);
        cache->clear();
        QTest::mouseClick(
            find<QDialogButtonBox>(dialog, "preferencesButtons")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(QDir::cleanPath(
                     QString::fromStdString(as::Project::open(m_demo.toStdString()).cacheDir())),
                 m_demo + QStringLiteral("/cache"));
    }

    void recentAndNewProjects()
    {
        RecentProjects *recent = m_window->recentProjects();
        auto *menu = find<QMenu>(m_window.get(), "recentProjectsMenu");
        QVERIFY(menu);
        // Opening the demo in initTestCase put it first in File > Open Recent.
        QCOMPARE(recent->projects().value(0), m_demo);
        QAction *first = find<QAction>(menu, "recentProject1");
        QCOMPARE(first->data().toString(), m_demo);
        QVERIFY(first->isEnabled());

        // A folder that is gone is listed greyed out.
        const QString gone = cleanPath(m_dir.filePath(QStringLiteral("gone")));
        recent->add(gone);
        QCOMPARE(find<QAction>(menu, "recentProject1")->data().toString(), gone);
        QVERIFY(!find<QAction>(menu, "recentProject1")->isEnabled());
        QVERIFY(find<QAction>(menu, "recentProject2")->isEnabled());

        // New Project creates project.db in an empty folder and opens it.
        const QString fresh = cleanPath(m_dir.filePath(QStringLiteral("fresh")));
        QVERIFY(QDir().mkpath(fresh));
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        QVERIFY(m_window->newProject(fresh));
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, kOpenTimeoutMs);
        QVERIFY(QFile::exists(fresh + QStringLiteral("/project.db")));
        QCOMPARE(m_window->projectDir(), fresh);
        QCOMPARE(recent->projects(), (QStringList {fresh, gone, m_demo}));

        // Not in a folder that has files: the user is told why.
        QVERIFY(!m_window->newProject(m_demo));
        auto *error = find<QMessageBox>(m_window.get(), "errorMessageBox");
        QVERIFY(error && error->isVisible());
        QVERIFY(error->text().contains(QDir::toNativeSeparators(m_demo)));
        error->close();

        // Choosing the demo in the menu reopens it and moves it first.
        QAction *demoEntry = find<QAction>(menu, "recentProject3");
        QCOMPARE(demoEntry->data().toString(), m_demo);
        opened.clear();
        demoEntry->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, kOpenTimeoutMs);
        QCOMPARE(m_window->projectDir(), m_demo);
        QCOMPARE(recent->projects().value(0), m_demo);
        QCOMPARE(recent->projects().size(), 3);

        // At most eight, most recent first.
        for (int i = 0; i < 10; ++i)
            recent->add(m_dir.filePath(QStringLiteral("p%1").arg(i)));
        QCOMPARE(recent->projects().size(), RecentProjects::kMaxProjects);
        QCOMPARE(recent->projects().constFirst(), cleanPath(m_dir.filePath(QStringLiteral("p9"))));

        find<QAction>(menu, "clearRecentProjects")->trigger();
        QTRY_VERIFY(recent->projects().isEmpty());
        QVERIFY(QSettings().value(QStringLiteral("recentProjects")).toStringList().isEmpty());
    }

    void aboutNamesTheVersions()
    {
        const QString libtorch = QString::fromStdString(as::buildInfo().libtorchVersion);
        QVERIFY(!libtorch.isEmpty());
        QString shown;
        // Help > About is modal: read and close it from inside its event loop.
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [&shown, poll] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                poll->stop();
                box->accept();
            }
        });
        poll->start(20);
        action("aboutAction")->trigger();
        poll->deleteLater();
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
        QVERIFY(shown.contains(libtorch));
        QVERIFY(shown.contains(QString::fromStdString(as::buildInfo().opencvVersion)));
        QVERIFY(shown.contains(QStringLiteral("cpu"))); // the device chosen in the Preferences
    }

    void jobsIndicatorCancelsAJob()
    {
        // A second window preparing a demo large enough to be still running when cancelled.
        QSettings().remove(QStringLiteral("recentProjects"));
        MainWindow::Options options;
        options.demoDir = m_dir.filePath(QStringLiteral("bigdemo"));
        options.demo = as::test::tinyDemoOptions(options.demoDir);
        options.demo.synth.clipsPerClass = 40;
        MainWindow window(options);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        JobsIndicator *jobs = window.jobsIndicator();
        QVERIFY(!jobs->isVisible());
        QSignalSpy finished(window.demoController(), &DemoProjectController::finished);
        window.start();
        QTRY_VERIFY(jobs->isVisible());
        QCOMPARE(jobs->runningJobs(), QStringList {QStringLiteral("Preparing the demo project")});
        QVERIFY(find<QLabel>(jobs, "jobsLabel")->text().contains(QLatin1Char('1')));
        QVERIFY(find<QProgressBar>(jobs, "jobsBusy")->isVisible());

        QTest::mouseClick(find<QToolButton>(jobs, "jobsButton"), Qt::LeftButton);
        QFrame *popup = jobs->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(find<QLabel>(popup, "jobName0")->text(),
                 QStringLiteral("Preparing the demo project"));
        auto *cancel = find<QPushButton>(popup, "cancelJob0");
        QVERIFY(cancel);

        // The window with the popup painted where it opened.
        QImage shot = window.grab().toImage();
        {
            QPainter painter(&shot);
            const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
            painter.drawPixmap(at, popup->grab());
        }
        saveImage(shot, QStringLiteral("panel-main.png"));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kOpenTimeoutMs);
        QCOMPARE(finished.at(0).at(0).value<DemoProjectController::Outcome>(),
                 DemoProjectController::Outcome::Cancelled);
        QTRY_VERIFY(!jobs->isVisible());
        QVERIFY(!popup->isVisible());
        QCOMPARE(jobs->runningCount(), 0);
    }
};

QTEST_MAIN(TestGuiMain)
#include "testgui_main.moc"
