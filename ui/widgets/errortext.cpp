#include "ui/widgets/errortext.h"

namespace as::ui {

QString ErrorText::headline(const QString &code)
{
    if (code.startsWith(QLatin1String("video.")))
        return tr("A video file could not be used.");
    if (code == QLatin1String("project.notfound"))
        return tr("The folder is not an ActionStudio project.");
    if (code.startsWith(QLatin1String("project.")))
        return tr("The project could not be read or written.");
    if (code.startsWith(QLatin1String("config.")))
        return tr("The experiment settings are not valid.");
    if (code.startsWith(QLatin1String("import.")) || code.startsWith(QLatin1String("split.")))
        return tr("A list file could not be imported.");
    if (code.startsWith(QLatin1String("demo.")) || code.startsWith(QLatin1String("synth.")))
        return tr("The demo project could not be prepared.");
    if (code.startsWith(QLatin1String("train.")) || code.startsWith(QLatin1String("run.")))
        return tr("Training could not continue.");
    if (code.startsWith(QLatin1String("data.")))
        return tr("The training data is not usable.");
    if (code.startsWith(QLatin1String("io.")) || code.startsWith(QLatin1String("file.")))
        return tr("A file could not be read or written.");
    return tr("The operation failed.");
}

QString ErrorText::describe(const as::ErrorInfo &error)
{
    QString text = headline(QString::fromStdString(error.code));
    if (!error.message.empty())
        text += QLatin1Char('\n') + QString::fromStdString(error.message);
    if (error.line > 0 && !error.path.empty())
        text += QLatin1Char('\n')
            + tr("File %1, line %2").arg(QString::fromStdString(error.path)).arg(error.line);
    return text;
}

} // namespace as::ui
