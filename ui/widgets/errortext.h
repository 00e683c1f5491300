#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/common/error.h"

namespace as::ui {

/**
 * Core errors carry a stable code and an English message naming the file, line or field
 * (core/common/error.h). The UI translates them from the code (STYLE.md section 5): a
 * translated headline, followed by the core's detail, which names the path.
 */
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /** A translated one-line summary of what kind of problem `code` is. */
    static QString headline(const QString &code);
    /** Headline plus the detailed message (and line, when known). */
    static QString describe(const as::ErrorInfo &error);
};

} // namespace as::ui
