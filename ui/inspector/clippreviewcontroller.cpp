#include "ui/inspector/clippreviewcontroller.h"

#include <QFileInfo>

#include "core/project/project.h"
#include "core/video/framesequence.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

QImage toImage(as::PreviewFrame &frame)
{
    const QImage view(frame.rgb.data(), frame.width, frame.height, frame.width * 3,
                      QImage::Format_RGB888);
    QImage copy = view.copy(); // owns its pixels: the buffer is released below
    frame.rgb.clear();
    frame.rgb.shrink_to_fit();
    return copy;
}

ClipPreviewResult runPreview(const ClipPreviewJob &job, const as::CancellationToken &token)
{
    if (job.projectDir.isEmpty())
        throw as::Error("project.notfound", "No project is open to preview its videos.");
    const as::Project project = as::Project::open(job.projectDir.toStdString());
    const std::string path = QFileInfo(job.videoPath).absoluteFilePath().toStdString();
    const std::optional<as::VideoRecord> video
        = job.videoPath.isEmpty() ? project.video(job.videoId) : project.videoByPath(path);
    if (!video) {
        const std::string what
            = job.videoPath.isEmpty() ? "id " + std::to_string(job.videoId) : path;
        throw as::Error("project.video",
                        "The video " + what + " is not part of the project "
                            + job.projectDir.toStdString() + ".",
                        job.videoPath.toStdString());
    }

    ClipPreviewResult result;
    result.videoPath = QString::fromStdString(video->path);
    result.videoFrames = video->frameCount;
    result.train = job.train;
    result.seed = job.seed;

    as::ClipPreviewRequest request;
    request.train = job.train;
    request.seed = job.seed;
    const std::string wanted = job.className.toStdString();
    for (const as::ClassInfo &info : project.classes()) {
        if (request.classNames.size() <= static_cast<std::size_t>(info.index))
            request.classNames.resize(static_cast<std::size_t>(info.index) + 1);
        request.classNames[static_cast<std::size_t>(info.index)] = info.name;
        if (wanted.empty() ? info.id == video->classId : info.name == wanted) {
            request.label = info.index;
            result.className = QString::fromStdString(info.name);
        }
    }
    const int shortSide = job.config.data.cacheShortSide;
    request.packPath = as::FrameSequence::packPath(project.cacheDir(), video->id, shortSide);
    result.packPath = QString::fromStdString(request.packPath);
    as::FrameSequence::ensurePack(video->path, request.packPath, shortSide,
                                  [&token] { return token.isCancelled(); });
    token.throwIfCancelled();

    result.preview = as::previewClip(job.config, request);
    token.throwIfCancelled();
    result.images.reserve(static_cast<int>(result.preview.frames.size()));
    for (as::PreviewFrame &frame : result.preview.frames)
        result.images.append(toImage(frame));
    return result;
}

} // namespace

ClipPreviewController::ClipPreviewController(QObject *parent)
    : JobController(parent)
{
    qRegisterMetaType<as::ui::ClipPreviewResult>();
}

void ClipPreviewController::request(const ClipPreviewJob &job)
{
    m_pending = job;
    if (isRunning())
        cancel(); // its end starts the pending one
    else
        startPending();
}

void ClipPreviewController::startPending()
{
    if (!m_pending)
        return;
    const ClipPreviewJob job = *m_pending;
    m_pending.reset();
    startJob([this, job](const as::CancellationToken &token) -> std::function<void()> {
        try {
            ClipPreviewResult result = runPreview(job, token);
            return [this, result = std::move(result)] {
                if (m_pending)
                    startPending(); // superseded: the newer request wins
                else
                    Q_EMIT ready(result);
            };
        } catch (const as::Cancelled &) {
            return [this] { startPending(); };
        } catch (const as::Error &e) {
            const QString error = ErrorText::describe(e.info());
            return [this, error] {
                if (m_pending)
                    startPending();
                else
                    Q_EMIT failed(error);
            };
        } catch (const std::exception &e) {
            const QString error
                = tr("The clip could not be previewed: %1").arg(QString::fromLocal8Bit(e.what()));
            return [this, error] {
                if (m_pending)
                    startPending();
                else
                    Q_EMIT failed(error);
            };
        }
    });
}

} // namespace as::ui
