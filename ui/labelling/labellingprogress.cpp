#include "ui/labelling/labellingprogress.h"

#include <map>

#include <QStringList>

#include "core/project/project.h"
#include "ui/labelling/labellingpace.h"

namespace as::ui {

QString LabellingProgress::text(const Project &project, qint64 videoId, const LabellingPace &pace)
{
    const int videos = project.videoCount();
    const int left = int(project.unlabelledVideos().size());
    QStringList lines;
    lines << tr("%1 of %n video(s) left to label", nullptr, videos).arg(left);
    const double minutes = pace.minutesLeft(left);
    if (left > 0)
        lines << (minutes < 0 ? tr("Time left: known after your first video")
                              : tr("About %1 min left at your pace (%2 video(s) done in %3 min)")
                                    .arg(minutes, 0, 'f', minutes < 10 ? 1 : 0)
                                    .arg(pace.videosDone())
                                    .arg(pace.activeMs() / 60000.0, 0, 'f', 1));
    if (videoId) {
        int proposals = 0;
        const std::vector<SegmentRecord> here = project.segments(videoId);
        for (const SegmentRecord &s : here)
            proposals += s.source == SegmentSource::Model ? 1 : 0;
        lines << (proposals ? tr("This video: %n segment(s), %1 to review", nullptr,
                                 int(here.size()))
                                  .arg(proposals)
                            : tr("This video: %n segment(s)", nullptr, int(here.size())));
    }
    const int toReview = int(project.modelProposals().size());
    if (toReview > 0)
        lines << tr("%n proposal(s) to review (P)", nullptr, toReview);
    const std::map<std::int64_t, int> perClass = project.segmentCountsByClass();
    QStringList counts;
    for (const ClassInfo &c : project.classes())
        if (const auto it = perClass.find(c.id); it != perClass.end())
            counts << QStringLiteral("%1 %2").arg(QString::fromStdString(c.name)).arg(it->second);
    if (!counts.isEmpty())
        lines << tr("Segments: %1").arg(counts.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace as::ui
