#include "ui/widgets/icons.h"

#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

#include "ui/widgets/simplesvgrenderer.h"

namespace as::ui {

namespace {

bool qtSvgAvailable()
{
    static const bool available = QImageReader::supportedImageFormats().contains("svg");
    return available;
}

QIcon renderIcon(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const SimpleSvgRenderer renderer(file.readAll());
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(QPixmap::fromImage(renderer.render(QSize(size, size))));
    return icon;
}

} // namespace

QIcon themeIcon(const QString &name)
{
    // Icons are asked for by every widget; render each SVG once.
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    const QIcon icon = qtSvgAvailable() ? QIcon(path) : renderIcon(path);
    cache.insert(name, icon);
    return icon;
}

} // namespace as::ui
