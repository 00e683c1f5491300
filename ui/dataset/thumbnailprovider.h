#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/** A video whose thumbnail is wanted. */
struct ThumbnailRequest
{
    qint64 videoId = 0;
    QString videoPath;
    int frames = 0; // probed frame count, 0 when unknown
};

/** A finished thumbnail; `image` is null and `error` set when the video could not be read. */
struct Thumbnail
{
    qint64 videoId = 0;
    QImage image;
    QString error;
};

/**
 * Makes the thumbnails of a project's videos in a worker thread: each is read from the cache
 * (`<cacheDir>/thumbnails/<id>.jpg`) when fresh, else decoded from the video's middle frame
 * and cached. Results go to the UI thread in batches (about ten a second), so a project of
 * thousands of videos never floods the event loop. A new request replaces the running one.
 */
class ThumbnailProvider final : public JobController
{
    Q_OBJECT

public:
    /** Width of the cached JPEGs; views scale them down. */
    static constexpr int kThumbnailWidth = 160;

    explicit ThumbnailProvider(QObject *parent = nullptr);

    /** Makes thumbnails for `requests` in `cacheDir`, cancelling any unfinished request. */
    void request(const QString &cacheDir, const QVector<as::ui::ThumbnailRequest> &requests);

Q_SIGNALS:
    void thumbnailsReady(const QVector<as::ui::Thumbnail> &batch);
    void progress(int done, int total);
    /** All thumbnails of the last request were delivered (or it was cancelled). */
    void finished(int made, int failed);

private:
    void startPending();

    QString m_pendingDir;
    QVector<ThumbnailRequest> m_pending;
    bool m_hasPending = false;
};

} // namespace as::ui

Q_DECLARE_METATYPE(as::ui::Thumbnail)
