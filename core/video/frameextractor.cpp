#include "core/video/frameextractor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include <opencv2/core.hpp>

#include "core/project/project.h"
#include "core/video/framecache.h"
#include "core/video/framefoldersource.h"

namespace as {

namespace {

/** What a worker learned about one video; applied to the project by the calling thread. */
struct VideoOutcome
{
    enum class Kind { Extracted, AlreadyCached, Failed, Cancelled };
    std::size_t slot = 0;
    Kind kind = Kind::Failed;
    int frames = 0;
    ErrorInfo error;
};

/** True when `packFile` exists and has a readable header and index. */
bool packIsValid(const std::string &packFile, int &frames)
{
    try {
        FrameCache cache(packFile);
        frames = cache.frameCount();
        return true;
    } catch (const Error &) {
        return false;
    }
}

VideoOutcome extractOne(const VideoRecord &video, const std::string &packFile, int shortSide,
                        const std::function<bool()> &shouldStop)
{
    VideoOutcome outcome;
    try {
        if (packIsValid(packFile, outcome.frames)) {
            outcome.kind = VideoOutcome::Kind::AlreadyCached;
            return outcome;
        }
        // A frame folder keeps the frame count its import decided (mmaction2 lists give
        // total_frames, which may be fewer than the files present).
        const int maxFrames = FrameFolderSource::isFrameFolder(video.path) ? video.frameCount : 0;
        outcome.frames =
            FrameCache::extract(video.path, packFile, shortSide, shouldStop, maxFrames);
        outcome.kind = VideoOutcome::Kind::Extracted;
    } catch (const Cancelled &) {
        outcome.kind = VideoOutcome::Kind::Cancelled;
    } catch (const Error &e) {
        outcome.error = e.info();
        // The UI lists problems per video: make sure each one names the video, not only the
        // pack file it failed to write.
        if (outcome.error.message.find(video.path) == std::string::npos)
            outcome.error.message = video.path + ": " + outcome.error.message;
        if (outcome.error.path.empty())
            outcome.error.path = video.path;
    } catch (const cv::Exception &e) {
        outcome.error = {"video.unreadable", "Cannot decode " + video.path + ": " + e.what(),
                         video.path};
    } catch (const std::exception &e) {
        outcome.error = {"video.unreadable", "Cannot extract " + video.path + ": " + e.what(),
                         video.path};
    }
    return outcome;
}

} // namespace

ExtractReport extractProjectFrames(Project &project, int shortSide, int threads,
                                   ProgressObserver &observer, const CancellationToken &token)
{
    std::vector<VideoRecord> videos;
    for (auto &video : project.videos()) {
        if (video.status != VideoStatus::Error)
            videos.push_back(std::move(video));
    }
    const std::string cacheDir = project.cacheDir();
    const auto total = static_cast<std::int64_t>(videos.size());
    ExtractReport report;
    observer.onProgress("extract", 0, total);
    if (videos.empty())
        return report;

    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min<int>(threads, static_cast<int>(videos.size()));

    // Workers decode; only this thread touches `project` (it is not thread-safe) and calls the
    // observer, so each outcome is written to the database as soon as it arrives: a crash later
    // in the job keeps the statuses already reached.
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<VideoOutcome> outcomes;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> aborted{false};  // a database write failed: stop without cancelling `token`
    const std::function<bool()> shouldStop = [&] { return token.isCancelled() || aborted.load(); };
    int running = threads;

    auto work = [&] {
        while (!shouldStop()) {
            const std::size_t slot = next.fetch_add(1);
            if (slot >= videos.size())
                break;
            const VideoRecord &video = videos[slot];
            VideoOutcome outcome =
                extractOne(video, FrameCache::packPath(cacheDir, video.id, shortSide), shortSide,
                           shouldStop);
            outcome.slot = slot;
            std::lock_guard<std::mutex> lock(mutex);
            outcomes.push_back(std::move(outcome));
            arrived.notify_one();
        }
        std::lock_guard<std::mutex> lock(mutex);
        --running;
        arrived.notify_one();
    };

    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (int i = 0; i < threads; ++i)
        workers.emplace_back(work);

    using Clock = std::chrono::steady_clock;
    auto lastReport = Clock::now();
    std::int64_t done = 0;
    std::exception_ptr failure;
    while (true) {
        std::deque<VideoOutcome> batch;
        {
            std::unique_lock<std::mutex> lock(mutex);
            arrived.wait(lock, [&] { return !outcomes.empty() || running == 0; });
            batch.swap(outcomes);
            if (batch.empty() && running == 0)
                break;
        }
        for (VideoOutcome &outcome : batch) {
            if (outcome.kind == VideoOutcome::Kind::Cancelled)
                continue;
            VideoRecord &video = videos[outcome.slot];
            try {
                if (outcome.kind == VideoOutcome::Kind::Failed) {
                    ++report.failed;
                    project.setVideoStatus(video.id, VideoStatus::Error, outcome.error.message);
                    observer.onIssue(outcome.error);
                    report.problems.push_back(std::move(outcome.error));
                } else {
                    if (outcome.kind == VideoOutcome::Kind::Extracted)
                        ++report.extracted;
                    else
                        ++report.alreadyCached;
                    // The pack holds what really decodes (decode errors end a video early):
                    // samplers must not ask for frames beyond it.
                    if (video.frameCount != outcome.frames) {
                        video.frameCount = outcome.frames;
                        project.upsertVideo(video);
                    }
                    project.setVideoStatus(video.id, VideoStatus::Extracted);
                }
            } catch (...) {
                // A database failure is fatal to the job, but the workers must be joined first.
                if (!failure)
                    failure = std::current_exception();
                aborted = true;
            }
            ++done;
        }
        const auto now = Clock::now();
        if (now - lastReport >= std::chrono::milliseconds(100)) {
            observer.onProgress("extract", done, total);
            lastReport = now;
        }
    }
    for (auto &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    if (token.isCancelled())
        throw Cancelled();
    observer.onProgress("extract", done, total);
    return report;
}

} // namespace as
