#pragma once

#include <string>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"

namespace as {

/**
 * Opens the video file `path` in `capture` with FFmpeg (explicitly: OpenCV's GStreamer
 * fallback prints noise and opens nothing more), or throws `Error` "video.unreadable" naming
 * the file. Core-internal: the header includes OpenCV.
 */
inline void openVideoFile(cv::VideoCapture &capture, const std::string &path)
{
    try {
        capture.open(path, cv::CAP_FFMPEG);
    } catch (const cv::Exception &e) {
        throw Error("video.unreadable", "Cannot open video " + path + ": " + e.what(), path);
    }
    if (!capture.isOpened())
        throw Error("video.unreadable",
                    "Cannot open video " + path +
                        ": not a video file, or its format is not supported",
                    path);
}

} // namespace as
