#pragma once

#include <memory>
#include <string>

#include <opencv2/core/mat.hpp>

namespace as {

/**
 * Sequential reader over OpenCV's VideoCapture for a file, camera index ("0") or stream URL.
 * Frames come out as BGR `cv::Mat`. Throws `Error` naming the source when it cannot open.
 */
class VideoReader
{
public:
    explicit VideoReader(const std::string &source);
    ~VideoReader();
    VideoReader(const VideoReader &) = delete;
    VideoReader &operator=(const VideoReader &) = delete;

    /** Next frame; false at the end of the stream or on a decode error. */
    bool read(cv::Mat &frame);
    double fps() const;
    /** The container's claimed frame count (may be wrong or negative). */
    int claimedFrameCount() const;
    int width() const;
    int height() const;
    const std::string &source() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
