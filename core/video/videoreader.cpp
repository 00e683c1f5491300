#include "core/video/videoreader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"

namespace as {

namespace {

/** A camera is addressed by its index written as a plain decimal number ("0", "12"). */
bool isCameraIndex(const std::string &source)
{
    return !source.empty() && source.size() <= 4
           && std::all_of(source.begin(), source.end(),
                          [](unsigned char c) { return std::isdigit(c) != 0; });
}

/** Anything with a scheme ("rtsp://", "http://", "udp://") is a stream, not a file. */
bool isUrl(const std::string &source)
{
    return source.find("://") != std::string::npos;
}

} // namespace

struct VideoReader::Impl
{
    std::string source;
    cv::VideoCapture capture;
};

VideoReader::VideoReader(const std::string &source)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->source = source;
    const bool camera = isCameraIndex(source);
    const bool url = !camera && isUrl(source);
    if (!camera && !url) {
        // Check the file ourselves: OpenCV only says "not opened", which tells the user nothing.
        std::error_code ec;
        if (!std::filesystem::exists(source, ec))
            throw Error("video.notfound", "Video file not found: " + source, source);
        if (std::filesystem::is_directory(source, ec))
            throw Error("video.unreadable", "Not a video file but a folder: " + source, source);
        if (std::filesystem::file_size(source, ec) == 0)
            throw Error("video.empty", "Video file is empty (0 bytes): " + source, source);
    }

    try {
        if (camera)
            m_impl->capture.open(std::stoi(source));
        else if (url)
            m_impl->capture.open(source);
        else
            // FFmpeg explicitly: the GStreamer fallback prints noise and opens nothing more.
            m_impl->capture.open(source, cv::CAP_FFMPEG);
    } catch (const cv::Exception &e) {
        throw Error("video.unreadable", "Cannot open video " + source + ": " + e.what(), source);
    }
    if (!m_impl->capture.isOpened()) {
        const std::string what = camera ? "camera " + source : url ? "stream " + source : source;
        throw Error("video.unreadable",
                    "Cannot open " + what
                        + (camera || url ? ": the device or stream is not available"
                                         : ": not a video file, or its format is not supported"),
                    source);
    }
}

VideoReader::~VideoReader() = default;

bool VideoReader::read(cv::Mat &frame)
{
    try {
        if (!m_impl->capture.read(frame))
            return false;
    } catch (const cv::Exception &) {
        // A decode error mid-stream ends the stream: the frames before it stay usable.
        return false;
    }
    return !frame.empty();
}

double VideoReader::fps() const
{
    return m_impl->capture.get(cv::CAP_PROP_FPS);
}

int VideoReader::claimedFrameCount() const
{
    // no_duration.webm claims -1.38e17: clamp instead of overflowing the int.
    const double count = m_impl->capture.get(cv::CAP_PROP_FRAME_COUNT);
    if (!(count > 0.0))
        return count < 0.0 ? -1 : 0;
    return count > 2.0e9 ? -1 : static_cast<int>(count);
}

int VideoReader::width() const
{
    return static_cast<int>(m_impl->capture.get(cv::CAP_PROP_FRAME_WIDTH));
}

int VideoReader::height() const
{
    return static_cast<int>(m_impl->capture.get(cv::CAP_PROP_FRAME_HEIGHT));
}

const std::string &VideoReader::source() const
{
    return m_impl->source;
}

} // namespace as
