#include "core/video/videoinfo.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"
#include "core/video/framefoldersource.h"
#include "core/video/videofile.h"

namespace as {

namespace fs = std::filesystem;

bool hasVideoExtension(const std::string &path)
{
    static const char *const kExtensions[] = {".avi", ".mp4", ".mkv", ".mov", ".webm", ".m4v",
                                              ".mpg", ".mpeg", ".wmv", ".flv", ".3gp", ".ogv"};
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

VideoInfo probeVideo(const std::string &path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error("video.notfound", "Video file not found: " + path, path);
    if (FrameFolderSource::isFrameFolder(path))
        return FrameFolderSource::probe(path);  // extracted frames: a first-class video
    if (fs::file_size(path, ec) == 0)
        throw Error("video.empty", "Video file is empty (0 bytes): " + path, path);

    cv::VideoCapture capture;
    openVideoFile(capture, path);

    VideoInfo info;
    info.path = path;
    info.fps = capture.get(cv::CAP_PROP_FPS);
    info.width = static_cast<int>(capture.get(cv::CAP_PROP_FRAME_WIDTH));
    info.height = static_cast<int>(capture.get(cv::CAP_PROP_FRAME_HEIGHT));

    // Containers lie about frame counts (flipping_a_pancake.mkv claims 311 and has 310,
    // no_duration.webm claims -1.4e17): count the frames that really decode. grab() decodes
    // without converting to BGR, which keeps this cheap.
    int frames = 0;
    try {
        while (capture.grab())
            ++frames;
    } catch (const cv::Exception &e) {
        throw Error("video.corrupt", "Decode error in " + path + ": " + e.what(), path);
    }
    info.frameCount = frames;
    if (frames == 0)
        throw Error("video.unreadable", "No frame of " + path + " could be decoded (corrupt or truncated file)",
                    path);
    if (!(info.fps > 0.0 && info.fps < 1000.0))
        info.fps = 25.0;  // unknown rate: assume PAL, the most common in the datasets we read
    return info;
}

} // namespace as
