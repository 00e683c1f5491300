#include "ui/dataset/projectloader.h"

#include <QHash>

#include "core/project/project.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

/** Subsets of every video in split `split`, read with two queries instead of one per video. */
QHash<std::int64_t, VideoRow::Split> readSplit(const as::Project &project, int split)
{
    QHash<std::int64_t, VideoRow::Split> result;
    for (const as::VideoRecord &record : project.videosIn(split, as::Subset::Train))
        result.insert(record.id, VideoRow::Split::Train);
    for (const as::VideoRecord &record : project.videosIn(split, as::Subset::Test))
        result.insert(record.id, VideoRow::Split::Test);
    return result;
}

ProjectSnapshot readSnapshot(const QString &dir, const as::CancellationToken &token)
{
    const as::Project project = as::Project::open(dir.toStdString());
    ProjectSnapshot snapshot;
    snapshot.dir = dir;
    snapshot.cacheDir = QString::fromStdString(project.cacheDir());

    // Split 1 always shows (possibly empty); later ones only when they hold videos.
    QVector<QHash<std::int64_t, VideoRow::Split>> splits{readSplit(project, 1)};
    for (int split = 2; split <= kMaxSplits; ++split) {
        QHash<std::int64_t, VideoRow::Split> subsets = readSplit(project, split);
        if (subsets.isEmpty())
            break;
        splits.append(std::move(subsets));
    }
    snapshot.splitCount = static_cast<int>(splits.size());

    QHash<std::int64_t, int> classRow; // class id -> row in snapshot.classes
    for (const as::ClassInfo &info : project.classes()) {
        ClassRow row;
        row.id = info.id;
        row.index = info.index;
        row.name = QString::fromStdString(info.name);
        row.trainPerSplit.fill(0, snapshot.splitCount);
        row.testPerSplit.fill(0, snapshot.splitCount);
        classRow.insert(info.id, static_cast<int>(snapshot.classes.size()));
        snapshot.classes.append(row);
    }
    const std::map<std::int64_t, as::SegmentCounts> segments = project.segmentCountsByVideo();
    for (const as::VideoRecord &record : project.videos()) {
        token.throwIfCancelled();
        VideoRow row;
        row.id = record.id;
        row.path = QString::fromStdString(record.path);
        row.frames = record.frameCount;
        row.fps = record.fps;
        row.width = record.width;
        row.height = record.height;
        row.status = static_cast<VideoRow::Status>(static_cast<int>(record.status));
        row.error = QString::fromStdString(record.error);
        if (const auto counted = segments.find(record.id); counted != segments.end()) {
            row.segments = counted->second.labelled;
            row.proposals = counted->second.proposals;
        }
        for (const auto &subsets : splits)
            row.splits.append(subsets.value(record.id, VideoRow::Split::Unused));
        row.split = row.splits.first();
        const auto found = classRow.constFind(record.classId);
        if (found != classRow.constEnd()) {
            ClassRow &c = snapshot.classes[*found];
            row.className = c.name;
            ++c.videos;
            for (int s = 0; s < snapshot.splitCount; ++s) {
                if (row.splits[s] == VideoRow::Split::Train)
                    ++c.trainPerSplit[s];
                else if (row.splits[s] == VideoRow::Split::Test)
                    ++c.testPerSplit[s];
            }
        }
        snapshot.videos.append(row);
    }
    for (ClassRow &c : snapshot.classes) {
        c.train = c.trainPerSplit.first();
        c.test = c.testPerSplit.first();
    }
    return snapshot;
}

} // namespace

ProjectLoader::ProjectLoader(QObject *parent)
    : JobController(parent)
{
    qRegisterMetaType<as::ui::ProjectSnapshot>();
}

bool ProjectLoader::load(const QString &projectDir)
{
    return startJob([this, projectDir](const as::CancellationToken &token) {
        try {
            const ProjectSnapshot snapshot = readSnapshot(projectDir, token);
            return std::function<void()>([this, snapshot] { Q_EMIT loaded(snapshot); });
        } catch (const as::Cancelled &) {
            return std::function<void()>();
        } catch (const as::Error &e) {
            const QString error = ErrorText::describe(e.info());
            return std::function<void()>(
                [this, projectDir, error] { Q_EMIT failed(projectDir, error); });
        } catch (const std::exception &e) {
            const QString error = tr("The project %1 could not be read: %2")
                                      .arg(projectDir, QString::fromLocal8Bit(e.what()));
            return std::function<void()>(
                [this, projectDir, error] { Q_EMIT failed(projectDir, error); });
        }
    });
}

} // namespace as::ui
