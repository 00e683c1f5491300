#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/infer/livesession.h"

namespace as::ui {

/** Translated names of live sources for messages: "camera 0", "file /x.mp4", "stream …". */
class LiveSourceText
{
    Q_DECLARE_TR_FUNCTIONS(LiveSourceText)

public:
    static QString describe(const as::LiveSourceSpec &source);
};

} // namespace as::ui
