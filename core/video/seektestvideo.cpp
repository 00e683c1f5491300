#include "core/video/seektestvideo.h"

#include <cmath>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"

namespace as {

namespace {

/** A smooth but detailed colour texture, larger than a frame so that it can pan. */
cv::Mat makeTexture(int width, int height)
{
    cv::Mat noise(height, width, CV_8UC3);
    cv::RNG rng(7);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
    cv::Mat texture;
    cv::GaussianBlur(noise, texture, cv::Size(0, 0), 2.0);
    // Stretch the blurred noise back to full contrast, and add a few large gradients.
    cv::normalize(texture, texture, 0, 255, cv::NORM_MINMAX);
    for (int y = 0; y < height; ++y) {
        auto *row = texture.ptr<cv::Vec3b>(y);
        for (int x = 0; x < width; ++x) {
            const double wave = 40.0 * std::sin(x * 0.01) * std::cos(y * 0.013);
            for (int c = 0; c < 3; ++c)
                row[x][c] = cv::saturate_cast<uchar>(row[x][c] * 0.7 + 30.0 + wave * (c - 1));
        }
    }
    return texture;
}

void drawFrame(const cv::Mat &texture, int index, const SeekTestVideoOptions &o, cv::Mat &frame)
{
    const int marginX = texture.cols - o.width;
    const int marginY = texture.rows - o.height;
    // Pan along a slow ellipse so the whole picture moves every frame.
    const double t = index / std::max(1.0, o.fps);
    const int x = static_cast<int>((0.5 + 0.5 * std::sin(t * 0.9)) * marginX);
    const int y = static_cast<int>((0.5 + 0.5 * std::cos(t * 0.7)) * marginY);
    texture(cv::Rect(x, y, o.width, o.height)).copyTo(frame);
    const double scale = o.height / 1080.0;
    for (int k = 0; k < 6; ++k) {
        const cv::Point centre(
            static_cast<int>((0.5 + 0.4 * std::sin(t * (1.1 + 0.3 * k) + k)) * o.width),
            static_cast<int>((0.5 + 0.4 * std::cos(t * (0.8 + 0.2 * k) + 2 * k)) * o.height));
        cv::circle(frame, centre, std::max(2, static_cast<int>((60 + 15 * k) * scale)),
                   cv::Scalar(40 * k, 255 - 40 * k, 128), cv::FILLED, cv::LINE_AA);
    }
    cv::putText(frame, std::to_string(index),
                cv::Point(static_cast<int>(40 * scale) + 2, static_cast<int>(160 * scale) + 10),
                cv::FONT_HERSHEY_SIMPLEX, std::max(0.5, 5.0 * scale), cv::Scalar(255, 255, 255),
                std::max(1, static_cast<int>(10 * scale)), cv::LINE_AA);
}

struct Encoder
{
    char fourcc[5];
    const char *name;
    bool isH264;
};

} // namespace

SeekTestVideo SeekTestVideo::write(const SeekTestVideoOptions &options)
{
    if (options.width <= 0 || options.height <= 0 || options.frameCount <= 0 || options.fps <= 0)
        throw Error("video.write", "Invalid size or length for " + options.path, options.path);
    const cv::Size size(options.width, options.height);
    static const Encoder encoders[] = {{"avc1", "H.264 (avc1)", true},
                                       {"H264", "H.264 (H264)", true},
                                       {"X264", "H.264 (X264)", true},
                                       {"mp4v", "MPEG-4 part 2 (mp4v)", false}};
    cv::VideoWriter writer;
    SeekTestVideo video;
    video.path = options.path;
    for (const Encoder &e : encoders) {
        const int fourcc
            = cv::VideoWriter::fourcc(e.fourcc[0], e.fourcc[1], e.fourcc[2], e.fourcc[3]);
        try {
            if (writer.open(options.path, cv::CAP_FFMPEG, fourcc, options.fps, size, true)) {
                video.codec = e.name;
                video.isH264 = e.isH264;
                break;
            }
        } catch (const cv::Exception &) {
            // this encoder is missing: try the next
        }
    }
    if (!writer.isOpened())
        throw Error("video.write",
                    "No H.264 or MPEG-4 encoder in OpenCV's FFmpeg can write " + options.path,
                    options.path);
    const cv::Mat texture = makeTexture(options.width + options.width / 4 + 16,
                                        options.height + options.height / 4 + 16);
    cv::Mat frame;
    for (int i = 0; i < options.frameCount; ++i) {
        drawFrame(texture, i, options, frame);
        writer.write(frame);
    }
    writer.release();
    return video;
}

} // namespace as
