#pragma once

#include <QList>
#include <QString>

namespace as::ui {

/** A training recipe to start a config from: an embedded preset (:/presets/<name>.yaml). */
struct ConfigPreset
{
    QString name; // the file's base name: "x3d_xs_synthmotion"
    QString source; // its leading comment: which paper or repository the recipe reproduces
    QString yaml; // the whole file
};

/** The presets embedded under :/presets, sorted by name (resources: no disk access). */
QList<ConfigPreset> builtInPresets();

} // namespace as::ui
