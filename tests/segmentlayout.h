#pragma once

#include <QString>
#include <QStringList>

#include "core/project/project.h"

namespace as::test {

/** The segments of a video as "start-end:class" ("-": no class), for compact comparisons. */
inline QString segmentLayout(const Project &p, std::int64_t video)
{
    QStringList parts;
    for (const SegmentRecord &s : p.segments(video)) {
        const auto cls = s.classId ? p.classById(s.classId) : std::nullopt;
        parts << QStringLiteral("%1-%2:%3")
                     .arg(s.startFrame)
                     .arg(s.endFrame)
                     .arg(cls ? QString::fromStdString(cls->name) : QStringLiteral("-"));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace as::test
