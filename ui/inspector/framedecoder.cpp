#include "ui/inspector/framedecoder.h"

#include "core/video/framesequence.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

/**
 * The frame as a QImage the view paints fast: RGB32, which the raster engine draws (and
 * scales) without converting each pixel first, as it must for RGB888 at every paint. Converted
 * here in the worker, it cuts the time to paint a 1080p frame on the UI thread about threefold
 * (14 ms to 5 ms in testgui_inspector's playerStepLatency1080p).
 */
QImage toImage(const as::PreviewFrame &frame)
{
    return QImage(frame.rgb.data(), frame.width, frame.height, frame.width * 3,
                  QImage::Format_RGB888)
        .convertToFormat(QImage::Format_RGB32);
}

} // namespace

/** The open sequence; only the worker thread touches it, one job at a time. */
struct FrameDecoder::Source
{
    std::unique_ptr<as::FrameSequence> sequence;
    int next = 0; // the frame the sequence decodes next without seeking
};

FrameDecoder::FrameDecoder(QObject *parent)
    : JobController(parent)
{
}

FrameDecoder::~FrameDecoder() = default;

void FrameDecoder::open(const QString &path, int knownFrameCount)
{
    m_pendingOpen = std::make_pair(path, knownFrameCount);
    m_path = path;
    m_source.reset();
    m_cache.clear();
    m_frameCount = 0;
    m_wanted = -1;
    if (isRunning())
        cancel();
    else
        startNext();
}

void FrameDecoder::request(int index)
{
    if (m_frameCount > 0)
        index = qBound(0, index, m_frameCount - 1);
    m_wanted = index;
    const auto cached = m_cache.constFind(index);
    if (cached != m_cache.constEnd())
        Q_EMIT frameReady(index, *cached);
    // A job reading frames the user has left behind stops early; its end starts the next.
    if (isRunning() && (index < m_jobFirst || index >= m_jobEnd))
        cancel();
    startNext();
}

void FrameDecoder::store(int index, const QImage &image)
{
    m_cache.insert(index, image);
    const int capacity = as::ReadAheadPlan::cacheCapacity(image.sizeInBytes());
    while (m_cache.size() > capacity) {
        // Evict the frame farthest from the one wanted.
        const int first = m_cache.firstKey();
        const int last = m_cache.lastKey();
        m_cache.remove(qAbs(first - m_wanted) > qAbs(last - m_wanted) ? first : last);
    }
    if (index == m_wanted)
        Q_EMIT frameReady(index, image);
}

void FrameDecoder::startNext()
{
    if (isRunning())
        return;
    if (m_pendingOpen) {
        const auto [path, known] = *m_pendingOpen;
        m_pendingOpen.reset();
        startJob([this, path, known](const as::CancellationToken &) -> std::function<void()> {
            try {
                auto source = std::make_shared<Source>();
                source->sequence = std::make_unique<as::FrameSequence>(path.toStdString(), known);
                const int count = source->sequence->frameCount();
                const double fps = source->sequence->fps();
                const QSize size(source->sequence->width(), source->sequence->height());
                return [this, source, path, count, fps, size] {
                    if (m_pendingOpen || path != m_path) {
                        startNext(); // another video was asked for meanwhile
                        return;
                    }
                    m_source = source;
                    m_frameCount = count;
                    m_fps = fps;
                    m_size = size;
                    Q_EMIT opened(count, fps, size);
                    startNext();
                };
            } catch (const as::Error &e) {
                const QString error = ErrorText::describe(e.info());
                return [this, error] {
                    Q_EMIT failed(error);
                    startNext();
                };
            } catch (const std::exception &e) {
                const QString error = tr("The video %1 could not be opened: %2")
                                          .arg(path, QString::fromLocal8Bit(e.what()));
                return [this, error] { Q_EMIT failed(error); };
            }
        });
        return;
    }
    if (!m_source || m_wanted < 0)
        return;
    const as::ReadAheadPlan plan = as::ReadAheadPlan::make(
        m_wanted, m_frameCount, [this](int index) { return m_cache.contains(index); });
    if (plan.isEmpty())
        return;
    m_jobFirst = plan.behindFrom;
    m_jobEnd = plan.end;
    startJob([this, source = m_source,
              plan](const as::CancellationToken &token) -> std::function<void()> {
        try {
            for (int index = plan.startFor(source->next); index < plan.end && !token.isCancelled();
                 ++index) {
                const QImage image = toImage(source->sequence->frame(index));
                source->next = index + 1;
                post([this, source, index, image] {
                    if (source == m_source)
                        store(index, image);
                });
            }
            return [this] { startNext(); };
        } catch (const as::Error &e) {
            const QString error = ErrorText::describe(e.info());
            return [this, error] { Q_EMIT failed(error); };
        } catch (const std::exception &e) {
            const QString error = tr("A frame of the video could not be decoded: %1")
                                      .arg(QString::fromLocal8Bit(e.what()));
            return [this, error] { Q_EMIT failed(error); };
        }
    });
}

} // namespace as::ui
