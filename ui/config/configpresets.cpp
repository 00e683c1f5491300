#include "ui/config/configpresets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace as::ui {

QList<ConfigPreset> builtInPresets()
{
    QList<ConfigPreset> presets;
    const QDir dir(QStringLiteral(":/presets"));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        ConfigPreset preset;
        preset.name = QFileInfo(file).completeBaseName();
        preset.yaml = QString::fromUtf8(in.readAll());
        QStringList comment;
        for (const QString &line : preset.yaml.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('#')))
                break;
            comment << line.mid(1).trimmed();
        }
        preset.source = comment.join(QLatin1Char('\n'));
        presets << preset;
    }
    return presets;
}

} // namespace as::ui
