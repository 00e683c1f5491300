#include "core/video/readaheaddecoder.h"

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <map>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/clippreview.h"
#include "core/video/framesequence.h"
#include "core/video/readaheadplan.h"

namespace as {

struct ReadAheadDecoder::Impl
{
    FrameSequence sequence; // the worker's alone once it runs
    int frameCount = 0;
    double fps = 0.0;

    mutable std::mutex mutex;
    std::condition_variable changed; // a request, a decoded frame, idle, stop
    std::map<int, std::size_t> cache; // index -> hash of the frame's RGB bytes
    int wanted = -1;
    int jobFirst = -1; // frames the running job may read: [jobFirst, jobEnd)
    int jobEnd = -1;
    bool busy = false;
    bool cancelJob = false;
    bool stop = false;
    std::exception_ptr error;
    std::thread worker;

    Impl(const std::string &path, int knownFrameCount)
        : sequence(path, knownFrameCount)
        , frameCount(sequence.frameCount())
        , fps(sequence.fps())
    {
    }

    bool cached(int index) const { return cache.count(index) > 0; }

    /** FrameDecoder::store: insert, then evict the frames farthest from the wanted one. */
    void store(int index, std::size_t hash, long long imageBytes)
    {
        cache[index] = hash;
        while (static_cast<int>(cache.size()) > ReadAheadPlan::cacheCapacity(imageBytes)) {
            const int first = cache.begin()->first;
            const int last = cache.rbegin()->first;
            cache.erase(std::abs(first - wanted) > std::abs(last - wanted) ? first : last);
        }
    }

    void run()
    {
        int sequenceNext = 0; // what the FrameSequence decodes without seeking
        std::unique_lock<std::mutex> lock(mutex);
        while (!stop) {
            const ReadAheadPlan plan
                = ReadAheadPlan::make(wanted, frameCount, [this](int i) { return cached(i); });
            if (error || plan.isEmpty()) {
                busy = false;
                changed.notify_all();
                changed.wait(lock);
                continue;
            }
            busy = true;
            cancelJob = false;
            jobFirst = plan.behindFrom;
            jobEnd = plan.end;
            for (int index = plan.startFor(sequenceNext); index < plan.end; ++index) {
                if (cancelJob || stop)
                    break;
                lock.unlock();
                std::size_t hash = 0;
                long long imageBytes = 0;
                try {
                    PreviewFrame frame = sequence.frame(index);
                    // The player's worker converts the frame to an RGB32 QImage: the same
                    // 3 -> 4 bytes a pixel expansion here.
                    const cv::Mat rgb(frame.height, frame.width, CV_8UC3, frame.rgb.data());
                    cv::Mat image;
                    cv::cvtColor(rgb, image, cv::COLOR_RGB2BGRA);
                    imageBytes = static_cast<long long>(image.total() * image.elemSize());
                    hash = hashFrame(frame.rgb.data(), frame.rgb.size());
                    sequenceNext = index + 1;
                } catch (...) {
                    lock.lock();
                    error = std::current_exception();
                    break;
                }
                lock.lock();
                store(index, hash, imageBytes);
                changed.notify_all();
            }
        }
    }
};

ReadAheadDecoder::ReadAheadDecoder(const std::string &path, int knownFrameCount)
    : m_impl(std::make_unique<Impl>(path, knownFrameCount))
{
    m_impl->worker = std::thread([d = m_impl.get()] { d->run(); });
}

ReadAheadDecoder::~ReadAheadDecoder()
{
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        m_impl->stop = true;
    }
    m_impl->changed.notify_all();
    m_impl->worker.join();
}

int ReadAheadDecoder::frameCount() const
{
    return m_impl->frameCount;
}

double ReadAheadDecoder::fps() const
{
    return m_impl->fps;
}

void ReadAheadDecoder::request(int index)
{
    Impl &d = *m_impl;
    {
        const std::lock_guard<std::mutex> lock(d.mutex);
        d.wanted = std::clamp(index, 0, std::max(0, d.frameCount - 1));
        if (d.busy && (d.wanted < d.jobFirst || d.wanted >= d.jobEnd))
            d.cancelJob = true;
    }
    d.changed.notify_all();
}

bool ReadAheadDecoder::waitFor(int index, std::chrono::milliseconds timeout, std::size_t *hash)
{
    Impl &d = *m_impl;
    std::unique_lock<std::mutex> lock(d.mutex);
    const bool ready
        = d.changed.wait_for(lock, timeout, [&] { return d.error || d.cached(index); });
    if (d.error)
        std::rethrow_exception(d.error);
    if (ready && hash)
        *hash = d.cache.at(index);
    return ready;
}

void ReadAheadDecoder::waitIdle()
{
    Impl &d = *m_impl;
    std::unique_lock<std::mutex> lock(d.mutex);
    d.changed.wait(lock, [&] {
        return d.error || (!d.busy && ReadAheadPlan::make(d.wanted, d.frameCount, [&](int i) {
                                          return d.cached(i);
                                      }).isEmpty());
    });
    if (d.error)
        std::rethrow_exception(d.error);
}

bool ReadAheadDecoder::isCached(int index) const
{
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->cached(index);
}

std::size_t ReadAheadDecoder::hashFrame(const unsigned char *data, std::size_t size)
{
    return std::hash<std::string_view> {}(
        std::string_view(reinterpret_cast<const char *>(data), size));
}

} // namespace as
