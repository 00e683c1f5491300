#pragma once

#include <QStringList>

namespace as::ui {

/**
 * Every English text of the config schema (section titles and descriptions, field labels and
 * help), as listed for lupdate in configschemastrings.cpp under the "ConfigSchema" context. The
 * core defines these texts without Qt, so the editor translates them at run time; this list is
 * what makes them reach the .ts files, and a test compares it with the schema so it cannot drift.
 */
QStringList configSchemaSourceTexts();

} // namespace as::ui
