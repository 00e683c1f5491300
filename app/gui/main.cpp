// actionstudio: the desktop application. Parses the command line, installs the translation,
// opens the main window; everything else lives in actionstudio_ui and the core.

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "ui/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/training/trainingpanel.h"
#include "ui/widgets/icons.h"

namespace {

/**
 * `--lang X` (or `--lang=X`) before the parser exists, so its help is translated too; else
 * ACTIONSTUDIO_LANG; else the language chosen in the Preferences; empty: the system's.
 */
QString requestedLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    const QString environment = qEnvironmentVariable("ACTIONSTUDIO_LANG");
    if (!environment.isEmpty())
        return environment;
    return as::ui::PreferencesDialog::preferredLanguage();
}

void installTranslators(QApplication &app, const QLocale &locale)
{
    // Without a translation for the locale the English one is used: it holds the plural forms
    // ("1 video", "2 videos") of the source strings.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("actionstudio"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/actionstudio_en.qm")))
        QApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ActionStudio"));
    QApplication::setApplicationName(QStringLiteral("ActionStudio"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIONSTUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("actionstudio"));
    QApplication::setWindowIcon(as::ui::themeIcon(QStringLiteral("app")));

    const QString language = requestedLanguage(QApplication::arguments());
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    installTranslators(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Train and inspect video action recognition models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoDir(
        QStringLiteral("demo-dir"),
        QCoreApplication::translate("main", "Keep the SynthMotion demo project in <dir>."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Use the user interface language <lang>, e.g. zh_CN "
                                    "(default: the system's; ACTIONSTUDIO_LANG works too)."),
        QCoreApplication::translate("main", "lang"));
    const QCommandLineOption train(
        QStringLiteral("train"),
        QCoreApplication::translate("main", "Start training as soon as the project is open."));
    parser.addOption(demoDir);
    parser.addOption(lang);
    parser.addOption(train);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "Project folder to open (default: the demo project)."),
        QCoreApplication::translate("main", "[PROJECT_DIR]"));
    parser.process(app);

    as::ui::MainWindow::Options options;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        options.projectDir = positional.constFirst();
    options.demoDir = parser.value(demoDir);

    as::ui::MainWindow window(options);
    if (parser.isSet(train)) {
        QObject::connect(&window, &as::ui::MainWindow::projectOpened, window.trainingPanel(),
                         &as::ui::TrainingPanel::startTraining, Qt::SingleShotConnection);
    }
    window.show();
    window.start();
    return QApplication::exec();
}
