#include "core/video/thumbnail.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/video/framefoldersource.h"
#include "core/video/videofile.h"

namespace as {

namespace fs = std::filesystem;

namespace {

/** Above this many frames, seek instead of decoding up to the middle (seeks may be inexact). */
constexpr int kSeekAboveFrames = 300;

cv::Mat middleFrameOfFolder(const std::string &dir, int frameCountHint)
{
    FrameFolderSource source(dir);
    const int count = frameCountHint > 0 ? std::min(frameCountHint, source.frameCount())
                                         : source.frameCount();
    return source.frame(std::max(0, count / 2));
}

cv::Mat middleFrameOfFile(const std::string &path, int frameCountHint)
{
    cv::VideoCapture capture;
    openVideoFile(capture, path);
    int count = frameCountHint;
    if (count <= 0)
        count = std::max(0, static_cast<int>(capture.get(cv::CAP_PROP_FRAME_COUNT)));
    const int middle = count / 2;

    cv::Mat frame;
    cv::Mat last;
    try {
        if (middle > kSeekAboveFrames && capture.set(cv::CAP_PROP_POS_FRAMES, middle)
            && capture.read(frame) && !frame.empty())
            return frame;
        if (middle > kSeekAboveFrames) {
            capture.release();  // the seek failed: read from the start instead
            openVideoFile(capture, path);
        }
        for (int i = 0; i <= middle && capture.read(frame) && !frame.empty(); ++i)
            frame.copyTo(last);  // keeps the latest decodable frame if the count was too high
    } catch (const cv::Exception &e) {
        throw Error("video.unreadable", "Cannot decode video " + path + ": " + e.what(), path);
    }
    if (last.empty())
        throw Error("video.empty", "Video " + path + " has no frame that decodes.", path);
    return last;
}

} // namespace

std::string thumbnailPath(const std::string &cacheDir, std::int64_t videoId)
{
    return (fs::path(cacheDir) / "thumbnails" / (std::to_string(videoId) + ".jpg")).string();
}

bool isThumbnailFresh(const std::string &thumbnailFile, const std::string &videoPath)
{
    std::error_code ec;
    const auto thumbTime = fs::last_write_time(thumbnailFile, ec);
    if (ec)
        return false;
    const auto videoTime = fs::last_write_time(videoPath, ec);
    return !ec && thumbTime >= videoTime;
}

void makeThumbnail(const std::string &videoPath, const std::string &outFile, int width,
                   int frameCountHint)
{
    std::error_code ec;
    if (!fs::exists(videoPath, ec))
        throw Error("video.notfound", "Video file not found: " + videoPath, videoPath);
    const cv::Mat frame = FrameFolderSource::isFrameFolder(videoPath)
        ? middleFrameOfFolder(videoPath, frameCountHint)
        : middleFrameOfFile(videoPath, frameCountHint);

    cv::Mat scaled;
    const int targetWidth = std::max(8, width);
    const int targetHeight =
        std::max(1, static_cast<int>(std::lround(double(frame.rows) * targetWidth / frame.cols)));
    cv::resize(frame, scaled, cv::Size(targetWidth, targetHeight), 0, 0,
               targetWidth < frame.cols ? cv::INTER_AREA : cv::INTER_LINEAR);
    std::vector<unsigned char> jpeg;
    if (!cv::imencode(".jpg", scaled, jpeg, {cv::IMWRITE_JPEG_QUALITY, 85}))
        throw Error("file.write", "Could not encode the thumbnail " + outFile + ".", outFile);

    fs::create_directories(fs::path(outFile).parent_path(), ec);
    if (ec)
        throw Error("file.write",
                    "Could not create the thumbnail folder for " + outFile + ": " + ec.message()
                        + ".",
                    outFile);
    writeFileAtomically(outFile, std::string(jpeg.begin(), jpeg.end()));
}

} // namespace as
