#include "core/video/framesequence.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <optional>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"
#include "core/video/framecache.h"
#include "core/video/videoinfo.h"
#include "core/video/videofile.h"

namespace as {

namespace {

/** A forward jump shorter than this decodes through the frames instead of seeking. */
constexpr int kMaxDecodeThrough = 48;

bool endsWithPack(const std::string &path)
{
    const std::string suffix = ".asfc";
    return path.size() >= suffix.size()
        && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
}

PreviewFrame toPreview(const cv::Mat &bgr, int index)
{
    cv::Mat rgb;
    if (bgr.channels() == 1)
        cv::cvtColor(bgr, rgb, cv::COLOR_GRAY2RGB);
    else if (bgr.channels() == 4)
        cv::cvtColor(bgr, rgb, cv::COLOR_BGRA2RGB);
    else
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    PreviewFrame frame;
    frame.width = rgb.cols;
    frame.height = rgb.rows;
    frame.sourceIndex = index;
    frame.rgb.resize(static_cast<std::size_t>(rgb.cols) * rgb.rows * 3);
    const std::size_t rowBytes = static_cast<std::size_t>(rgb.cols) * 3;
    for (int y = 0; y < rgb.rows; ++y)
        std::memcpy(frame.rgb.data() + rowBytes * y, rgb.ptr(y), rowBytes);
    return frame;
}

} // namespace

struct FrameSequence::Impl
{
    std::string path;
    int frameCount = 0;
    double fps = 0.0;
    int width = 0;
    int height = 0;
    std::optional<FrameCache> pack;
    cv::VideoCapture capture;
    int next = 0; // index of the frame the capture decodes next

    void open()
    {
        openVideoFile(capture, path);
        next = 0;
    }

    cv::Mat decode(int index)
    {
        cv::Mat bgr;
        try {
            if (index < next || index - next > kMaxDecodeThrough) {
                // FFmpeg seeks to the key frame before and decodes up to the frame; frame 0
                // reopens instead, which is exact for every container.
                if (index == 0 || !capture.set(cv::CAP_PROP_POS_FRAMES, index))
                    open();
                else
                    next = index;
            }
            while (next < index) {
                if (!capture.grab())
                    break;
                ++next;
            }
            if (next == index && capture.read(bgr))
                ++next;
        } catch (const cv::Exception &e) {
            throw Error("video.unreadable",
                        "Cannot decode frame " + std::to_string(index) + " of " + path + ": "
                            + e.what(),
                        path);
        }
        if (bgr.empty()) {
            open(); // the capture's position is unknown now: start again next time
            throw Error("video.unreadable",
                        "Frame " + std::to_string(index) + " of " + path
                            + " does not decode (corrupt or truncated file)",
                        path);
        }
        return bgr;
    }
};

FrameSequence::FrameSequence(const std::string &path, int knownFrameCount)
    : m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    d.path = path;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error(endsWithPack(path) ? "cache.notfound" : "video.notfound",
                    "File not found: " + path, path);
    if (endsWithPack(path)) {
        d.pack.emplace(path); // throws naming a corrupt pack
        d.frameCount = d.pack->frameCount();
        d.fps = d.pack->fps();
        d.width = d.pack->width();
        d.height = d.pack->height();
        return;
    }
    d.open();
    d.fps = d.capture.get(cv::CAP_PROP_FPS);
    d.width = static_cast<int>(d.capture.get(cv::CAP_PROP_FRAME_WIDTH));
    d.height = static_cast<int>(d.capture.get(cv::CAP_PROP_FRAME_HEIGHT));
    const double claimed = d.capture.get(cv::CAP_PROP_FRAME_COUNT);
    if (knownFrameCount > 0)
        d.frameCount = knownFrameCount;
    else if (claimed > 0.0 && claimed < 2.0e9)
        d.frameCount = static_cast<int>(claimed);
    else
        d.frameCount = probeVideo(path).frameCount; // throws naming the file
    if (!(d.fps > 0.0 && d.fps < 1000.0))
        d.fps = 25.0; // probeVideo's fallback
    if (d.width <= 0 || d.height <= 0) {
        const cv::Mat first = d.decode(0);
        d.width = first.cols;
        d.height = first.rows;
    }
}

FrameSequence::~FrameSequence() = default;

std::string FrameSequence::packPath(const std::string &cacheDir, std::int64_t videoId,
                                    int shortSide)
{
    return FrameCache::packPath(cacheDir, videoId, shortSide);
}

void FrameSequence::ensurePack(const std::string &videoPath, const std::string &packFile,
                               int shortSide, const std::function<bool()> &shouldStop)
{
    std::error_code ec;
    if (std::filesystem::is_regular_file(packFile, ec))
        return;
    FrameCache::extract(videoPath, packFile, shortSide, shouldStop);
}

const std::string &FrameSequence::path() const
{
    return m_impl->path;
}

bool FrameSequence::isPack() const
{
    return m_impl->pack.has_value();
}

int FrameSequence::frameCount() const
{
    return m_impl->frameCount;
}

double FrameSequence::fps() const
{
    return m_impl->fps;
}

int FrameSequence::width() const
{
    return m_impl->width;
}

int FrameSequence::height() const
{
    return m_impl->height;
}

PreviewFrame FrameSequence::frame(int index)
{
    Impl &d = *m_impl;
    if (index < 0 || index >= d.frameCount)
        throw Error("video.frame",
                    "Frame " + std::to_string(index) + " is outside " + d.path + " ("
                        + std::to_string(d.frameCount) + " frames)",
                    d.path);
    if (d.pack) {
        cv::Mat bgr;
        try {
            bgr = d.pack->frame(index);
        } catch (const cv::Exception &e) {
            throw Error("cache.corrupt",
                        "Cannot decode frame " + std::to_string(index) + " of " + d.path + ": "
                            + e.what(),
                        d.path);
        }
        return toPreview(bgr, index);
    }
    return toPreview(d.decode(index), index);
}

} // namespace as
