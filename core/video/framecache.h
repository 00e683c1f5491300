#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace as {

/**
 * The frame cache of one video: every frame decoded once, resized so its short side is
 * `shortSide`, JPEG-encoded, and stored in one pack file with an index of offsets.
 * Loading a clip reads only the frames asked for.
 *
 * File layout (little endian): magic "ASFC0001", int32 frameCount, int32 width, int32 height,
 * float64 fps, then frameCount × uint64 offset, uint64 size, then the JPEG payloads.
 */
class FrameCache
{
public:
    /** Path of the pack file for video `videoId` in `cacheDir` at `shortSide`. */
    static std::string packPath(const std::string &cacheDir, std::int64_t videoId, int shortSide);

    /**
     * Decodes `videoPath` and writes its pack atomically (temp file + rename). Returns the
     * number of frames written. Throws `Error` naming the video when it cannot be decoded or
     * has no frames. `shouldStop` is polled between frames; when it returns true the partial
     * file is removed and `Cancelled` is thrown. A `videoPath` that is a folder of frames is
     * read through FrameFolderSource. `maxFrames` > 0 keeps only the first `maxFrames` frames.
     */
    static int extract(const std::string &videoPath, const std::string &packFile, int shortSide,
                       const std::function<bool()> &shouldStop = {}, int maxFrames = 0);

    /** Opens a pack; throws `Error` naming the file when missing or corrupt. */
    explicit FrameCache(const std::string &packFile);

    int frameCount() const { return static_cast<int>(m_offsets.size()); }
    int width() const { return m_width; }
    int height() const { return m_height; }
    double fps() const { return m_fps; }

    /** Decodes frame `index` (0-based) as BGR. Thread-safe (each call opens its own stream). */
    cv::Mat frame(int index) const;
    /** Decodes several frames, in the order given (indices may repeat). */
    std::vector<cv::Mat> frames(const std::vector<int> &indices) const;

private:
    std::string m_path;
    int m_width = 0;
    int m_height = 0;
    double m_fps = 0.0;
    std::vector<std::uint64_t> m_offsets;
    std::vector<std::uint64_t> m_sizes;
};

} // namespace as
