#include "ui/live/livesourcetext.h"

#include <QDir>

namespace as::ui {

QString LiveSourceText::describe(const as::LiveSourceSpec &source)
{
    const QString location = QString::fromStdString(source.location);
    switch (source.kind) {
    case as::LiveSourceSpec::Kind::Camera:
        return tr("camera %1").arg(location);
    case as::LiveSourceSpec::Kind::File:
        return tr("file %1").arg(QDir::toNativeSeparators(location));
    case as::LiveSourceSpec::Kind::Url:
        return tr("stream %1").arg(location);
    }
    return location;
}

} // namespace as::ui
