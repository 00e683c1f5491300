#pragma once

#include <QIcon>
#include <QString>

namespace as::ui {

/**
 * The application's own icons, `resources/icons/<name>.svg` (embedded under `:/icons`).
 * Uses Qt's SVG icon engine when the Qt SVG plugin is installed, and otherwise renders the
 * files with SimpleSvgRenderer, so the icons show on a bare Qt too.
 */
QIcon themeIcon(const QString &name);

} // namespace as::ui
