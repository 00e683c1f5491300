#include "ui/dataset/thumbnailprovider.h"

#include <chrono>

#include "core/common/error.h"
#include "core/video/thumbnail.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/progressthrottle.h"

namespace as::ui {

namespace {

Thumbnail makeOne(const std::string &cacheDir, const ThumbnailRequest &request)
{
    Thumbnail result;
    result.videoId = request.videoId;
    const std::string video = request.videoPath.toStdString();
    const std::string file = as::thumbnailPath(cacheDir, request.videoId);
    try {
        if (!as::isThumbnailFresh(file, video))
            as::makeThumbnail(video, file, ThumbnailProvider::kThumbnailWidth, request.frames);
        result.image.load(QString::fromStdString(file));
        if (result.image.isNull())
            result.error = ThumbnailProvider::tr("The thumbnail %1 could not be read.")
                               .arg(QString::fromStdString(file));
    } catch (const as::Error &e) {
        result.error = ErrorText::describe(e.info());
    } catch (const std::exception &e) {
        result.error = QString::fromLocal8Bit(e.what());
    }
    return result;
}

} // namespace

ThumbnailProvider::ThumbnailProvider(QObject *parent)
    : JobController(parent)
{
    qRegisterMetaType<as::ui::Thumbnail>();
    qRegisterMetaType<QVector<as::ui::Thumbnail>>();
    connect(this, &JobController::runningChanged, this, [this](bool running) {
        if (!running)
            startPending();
    });
}

void ThumbnailProvider::request(const QString &cacheDir, const QVector<ThumbnailRequest> &requests)
{
    m_pendingDir = cacheDir;
    m_pending = requests;
    m_hasPending = true;
    if (isRunning())
        cancel(); // the pending request starts when the worker has ended
    else
        startPending();
}

void ThumbnailProvider::startPending()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const std::string cacheDir = m_pendingDir.toStdString();
    const QVector<ThumbnailRequest> requests = std::move(m_pending);
    m_pending.clear();
    startJob([this, cacheDir, requests](const as::CancellationToken &token) {
        const int total = static_cast<int>(requests.size());
        ProgressThrottle throttle(std::chrono::milliseconds(100));
        QVector<Thumbnail> batch;
        int made = 0;
        int failed = 0;
        for (int i = 0; i < total && !token.isCancelled(); ++i) {
            Thumbnail thumbnail = makeOne(cacheDir, requests.at(i));
            (thumbnail.image.isNull() ? failed : made) += 1;
            batch.append(std::move(thumbnail));
            if (throttle.shouldEmit(i + 1 == total)) {
                post([this, batch = std::move(batch), done = i + 1, total] {
                    Q_EMIT thumbnailsReady(batch);
                    Q_EMIT progress(done, total);
                });
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            post([this, batch = std::move(batch)] { Q_EMIT thumbnailsReady(batch); });
        return std::function<void()>([this, made, failed] { Q_EMIT finished(made, failed); });
    });
}

} // namespace as::ui
