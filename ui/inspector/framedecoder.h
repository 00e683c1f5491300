#pragma once

#include <memory>
#include <optional>

#include <QImage>
#include <QMap>
#include <QSize>
#include <QString>

#include "core/video/readaheadplan.h"
#include "ui/widgets/jobcontroller.h"

namespace as {
class FrameSequence;
}

namespace as::ui {

/**
 * The video player's decoder: a FrameSequence kept open across jobs, read in a worker thread
 * a few frames ahead of the frame asked for (and a few behind a frame jumped to), by the core's
 * ReadAheadPlan, into a cache of QImages bounded by ReadAheadPlan::cacheCapacity. The UI thread
 * only asks (request) and shows what arrives (frameReady); it never decodes. `actionstudio-cli
 * bench seek` measures this policy through ReadAheadDecoder, its Qt-free twin: keep the two in
 * step.
 */
class FrameDecoder final : public JobController
{
    Q_OBJECT

public:
    /** Frames decoded past the one asked for, so playback rarely waits. */
    static constexpr int kReadAhead = as::ReadAheadPlan::kAheadFrames;

    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override;

    /** Opens a video file or pack; `knownFrameCount` > 0 is its probed frame count. */
    void open(const QString &path, int knownFrameCount = 0);
    /** Asks for frame `index`: frameReady follows, at once when it is cached. */
    void request(int index);

    QString path() const { return m_path; }
    int frameCount() const { return m_frameCount; }
    double fps() const { return m_fps; }
    QSize frameSize() const { return m_size; }
    bool isCached(int index) const { return m_cache.contains(index); }

Q_SIGNALS:
    void opened(int frameCount, double fps, const QSize &size);
    void frameReady(int index, const QImage &image);
    /** `error` is translated and names the file. */
    void failed(const QString &error);

private:
    struct Source;
    void startNext();
    void store(int index, const QImage &image);

    QString m_path;
    std::optional<std::pair<QString, int>> m_pendingOpen;
    std::shared_ptr<Source> m_source;
    int m_frameCount = 0;
    double m_fps = 0.0;
    QSize m_size;
    int m_wanted = -1;
    int m_jobFirst = -1; // frames the running decode job reads: [m_jobFirst, m_jobEnd)
    int m_jobEnd = -1;
    QMap<int, QImage> m_cache;
};

} // namespace as::ui
