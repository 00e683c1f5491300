#include "ui/dataset/projectloader.h"

#include <QHash>

#include "core/project/project.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

ProjectSnapshot readSnapshot(const QString &dir, const as::CancellationToken &token)
{
    const as::Project project = as::Project::open(dir.toStdString());
    ProjectSnapshot snapshot;
    snapshot.dir = dir;

    QHash<std::int64_t, int> classRow; // class id -> row in snapshot.classes
    for (const as::ClassInfo &info : project.classes()) {
        ClassRow row;
        row.index = info.index;
        row.name = QString::fromStdString(info.name);
        classRow.insert(info.id, snapshot.classes.size());
        snapshot.classes.append(row);
    }
    for (const as::VideoRecord &record : project.videos()) {
        token.throwIfCancelled();
        VideoRow row;
        row.path = QString::fromStdString(record.path);
        row.frames = record.frameCount;
        row.fps = record.fps;
        row.width = record.width;
        row.height = record.height;
        row.status = static_cast<VideoRow::Status>(static_cast<int>(record.status));
        row.error = QString::fromStdString(record.error);
        const as::Subset subset = project.subset(1, record.id);
        row.split = subset == as::Subset::Train ? VideoRow::Split::Train
            : subset == as::Subset::Test        ? VideoRow::Split::Test
                                                : VideoRow::Split::Unused;
        const auto found = classRow.constFind(record.classId);
        if (found != classRow.constEnd()) {
            ClassRow &c = snapshot.classes[*found];
            row.className = c.name;
            ++c.videos;
            if (row.split == VideoRow::Split::Train)
                ++c.train;
            else if (row.split == VideoRow::Split::Test)
                ++c.test;
        }
        snapshot.videos.append(row);
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
