#pragma once

#include <string>

#include <opencv2/core/mat.hpp>

#include "core/video/videoinfo.h"

namespace as {

/**
 * A video given as a folder of extracted frames, one image per frame, named by a template
 * such as mmaction2's default `img_{:05}.jpg` (img_00001.jpg, img_00002.jpg, ...). It reads
 * like a video, so a project entry whose path is such a folder probes, extracts into the frame
 * cache and trains like a video file.
 *
 * A folder has no frame rate: `fps()` is `kAssumedFps`. Frames are numbered from
 * `startIndex` (1, as mmaction2 writes them) up to the highest number present; a gap in that
 * range is an error naming the missing file, never a silently shorter video.
 */
class FrameFolderSource final
{
public:
    static constexpr const char *kDefaultTemplate = "img_{:05}.jpg";
    static constexpr double kAssumedFps = 30.0;

    /** True when `path` is a directory: a video entry that is a folder of frames. */
    static bool isFrameFolder(const std::string &path);

    /**
     * The name template of the frames in `dir`: the default when `img_00001.jpg` exists,
     * otherwise learned from the first image file (sorted by name) that ends in a number,
     * e.g. `frame0001.png` gives `frame{:04}.png`. Throws `Error` naming the folder when it
     * holds no numbered image.
     */
    static std::string detectTemplate(const std::string &dir);

    /** Frame count and size of the folder (fps is `kAssumedFps`); reads only the first frame. */
    static VideoInfo probe(const std::string &dir, const std::string &nameTemplate = {});

    /**
     * Opens `dir`. An empty `nameTemplate` is detected (see detectTemplate()). `maxFrames` > 0
     * uses only the first `maxFrames` frames (mmaction2 lists give `total_frames`, which a
     * loader must trust over the files present). Throws `Error` naming the folder, or the
     * first missing frame file.
     */
    explicit FrameFolderSource(const std::string &dir, std::string nameTemplate = {},
                               int maxFrames = 0, int startIndex = 1);

    int frameCount() const { return m_frameCount; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    double fps() const { return kAssumedFps; }
    const std::string &nameTemplate() const { return m_template; }

    /** Path of frame `index` (0-based). */
    std::string framePath(int index) const;
    /** Decodes frame `index` (0-based) as BGR; throws `Error` naming the file. */
    cv::Mat frame(int index) const;
    /** Sequential reading, like VideoReader::read(): false after the last frame. */
    bool read(cv::Mat &frame);

private:
    std::string m_dir;
    std::string m_template;
    std::string m_prefix;  // the template split around its number field
    std::string m_suffix;
    int m_digits = 0;      // zero-padded width, 0: no padding
    int m_startIndex = 1;
    int m_frameCount = 0;
    int m_width = 0;
    int m_height = 0;
    int m_next = 0;        // next frame read() returns
};

} // namespace as
