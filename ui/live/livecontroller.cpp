#include "ui/live/livecontroller.h"

#include <exception>

#include "ui/live/livebridge.h"
#include "ui/live/livesourcetext.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

/** The session with the observer it reports to; the session goes first when destroyed. */
struct LiveController::Box
{
    std::shared_ptr<LiveBridge> bridge;
    std::unique_ptr<as::LiveSession> session;
    as::LiveOptions options;
};

namespace {

bool sameModel(const as::LiveOptions &a, const as::LiveOptions &b)
{
    return a.runDir == b.runDir && a.preferBest == b.preferBest
        && a.smoothWindows == b.smoothWindows && a.threshold == b.threshold
        && a.hysteresisWindows == b.hysteresisWindows && a.backgroundClass == b.backgroundClass
        && a.topK == b.topK && a.threads == b.threads;
}

} // namespace

LiveController::LiveController(QObject *parent)
    : JobController(parent)
{
    m_bridge = std::make_shared<LiveBridge>(
        [this](std::function<void()> fn) { post(std::move(fn)); },
        [this](const as::LivePrediction &p, int generation) { onPrediction(p, generation); },
        [this](bool failed, const as::ErrorInfo &error, int generation) {
            onSourceEnded(failed, error, generation);
        },
        [this] { onFrameReady(); });
}

LiveController::~LiveController()
{
    cancel();
    // When no start job holds it, the session stops here; otherwise the job's copy of the box
    // stops it on the worker, which the base class joins.
    m_box.reset();
}

bool LiveController::open(const as::LiveOptions &options, const as::LiveSourceSpec &source)
{
    if (isRunning())
        return false;
    m_source = source;
    std::shared_ptr<Box> old = std::move(m_box);
    const bool wasPlaying = m_playing;
    m_playing = false;
    const std::shared_ptr<LiveBridge> bridge = m_bridge;
    const bool ok = startJob([this, old, bridge, options,
                              source](const as::CancellationToken &token) {
        std::shared_ptr<Box> box = old;
        QString error;
        QStringList classes;
        QString note;
        int clipFrames = 0;
        int spanFrames = 0;
        try {
            if (box && box->session)
                box->session->stop(); // its end callback carries the old generation
            bridge->nextGeneration();
            if (!box || !box->session || !sameModel(box->options, options)) {
                box.reset();
                auto fresh = std::make_shared<Box>();
                fresh->bridge = bridge;
                fresh->options = options;
                fresh->session = std::make_unique<as::LiveSession>(options, *bridge);
                box = std::move(fresh);
            }
            if (!token.isCancelled()) {
                box->session->start(source);
                if (options.strideFrames > 0)
                    box->session->setStrideFrames(options.strideFrames);
            }
            for (const std::string &name : box->session->classNames())
                classes.append(QString::fromStdString(name));
            clipFrames = box->session->clipFrames();
            spanFrames = box->session->windowSpanFrames();
            note = QString::fromStdString(box->session->samplingNote());
        } catch (const as::Error &e) {
            error = tr("Cannot play %1.").arg(LiveSourceText::describe(source)) + QLatin1Char('\n')
                + ErrorText::describe(e.info());
        } catch (const std::exception &e) {
            error = tr("Cannot play %1: %2")
                        .arg(LiveSourceText::describe(source), QString::fromLocal8Bit(e.what()));
        }
        const bool cancelled = token.isCancelled();
        if (cancelled && box && box->session)
            box->session->stop();
        return std::function<void()>(
            [this, box, error, classes, note, clipFrames, spanFrames, cancelled] {
                m_box = box;
                if (!error.isEmpty()) {
                    Q_EMIT ended(true, error);
                    return;
                }
                if (cancelled) {
                    m_bridge->nextGeneration();
                    Q_EMIT ended(false, QString());
                    return;
                }
                m_clipFrames = clipFrames;
                m_spanFrames = spanFrames;
                m_playing = true;
                if (m_pendingStride >= 0) {
                    m_box->session->setStrideFrames(m_pendingStride);
                    m_pendingStride = -1;
                }
                Q_EMIT started(classes, note);
            });
    });
    // After the job started, so that receivers see a start in progress, not a plain end.
    if (ok && wasPlaying)
        Q_EMIT ended(false, QString());
    return ok;
}

void LiveController::stop()
{
    if (isRunning()) {
        cancel();
        return;
    }
    if (!m_playing)
        return;
    if (m_box && m_box->session)
        m_box->session->stop(); // joins its threads: at most one inference window
    m_bridge->nextGeneration();
    m_playing = false;
    Q_EMIT ended(false, QString());
}

void LiveController::setStrideFrames(int frames)
{
    if (isRunning() || !m_box || !m_box->session) {
        m_pendingStride = frames; // applied when the start job hands the session back
        return;
    }
    m_box->session->setStrideFrames(frames);
}

as::LiveStats LiveController::stats() const
{
    if (isRunning() || !m_box || !m_box->session)
        return {};
    return m_box->session->stats();
}

void LiveController::onFrameReady()
{
    LiveBridge::Frame frame = m_bridge->takeFrame();
    if (frame.image.isNull() || !m_playing || frame.generation != m_bridge->generation())
        return;
    Q_EMIT frameReady(frame.image, frame.index, frame.sourceSeconds);
}

void LiveController::onPrediction(const as::LivePrediction &prediction, int generation)
{
    if (m_playing && generation == m_bridge->generation())
        Q_EMIT predicted(prediction);
}

void LiveController::onSourceEnded(bool failed, const as::ErrorInfo &error, int generation)
{
    if (!m_playing || generation != m_bridge->generation())
        return;
    if (m_box && m_box->session)
        m_box->session->stop(); // the threads are ending: this only joins them
    m_bridge->nextGeneration();
    m_playing = false;
    QString message;
    if (failed) {
        message = tr("%1 stopped with an error.").arg(LiveSourceText::describe(m_source));
        if (!error.message.empty() || !error.code.empty())
            message += QLatin1Char('\n') + ErrorText::describe(error);
    }
    Q_EMIT ended(failed, message);
}

} // namespace as::ui
