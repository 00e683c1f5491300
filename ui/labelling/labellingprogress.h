#pragma once

#include <QCoreApplication>
#include <QString>

namespace as {
class Project;
}

namespace as::ui {

class LabellingPace;

/**
 * The labelling view's progress lines: videos left to label and the time that should take at
 * this user's pace, the open video's segments and proposals, the proposals left to review and
 * the segments per class. A handful of queries, whatever the project's size: it runs on the UI
 * thread after every edit.
 */
class LabellingProgress
{
    Q_DECLARE_TR_FUNCTIONS(LabellingProgress)

public:
    static QString text(const Project &project, qint64 videoId, const LabellingPace &pace);
};

} // namespace as::ui
