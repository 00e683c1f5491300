#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/data/clippreview.h"

namespace as {

/**
 * Random access to the frames of one video file or of its frame-cache pack (`.asfc`), as RGB
 * pictures, for a player. Unlike VideoReader it is seekable, and unlike FrameCache::frame it
 * keeps the decoder open between calls, so stepping forward one frame at a time decodes one
 * frame. Not thread-safe: use one object per thread (a player's decode worker).
 * The header is free of OpenCV, so the UI can name it; construct and read it off the UI thread.
 */
class FrameSequence
{
public:
    /**
     * Opens `path`: a pack when it ends in `.asfc`, a video file otherwise. `knownFrameCount`
     * > 0 is the video's real frame count (the project probed it: containers lie); without it
     * the container's claim is used, and the file is probed when it claims nothing.
     * Throws `Error` naming the file when it is missing or cannot be decoded.
     */
    explicit FrameSequence(const std::string &path, int knownFrameCount = 0);
    ~FrameSequence();
    FrameSequence(const FrameSequence &) = delete;
    FrameSequence &operator=(const FrameSequence &) = delete;

    /** Path of the frame-cache pack of video `videoId` (FrameCache::packPath, OpenCV-free). */
    static std::string packPath(const std::string &cacheDir, std::int64_t videoId, int shortSide);
    /**
     * Writes the pack of `videoPath` (FrameCache::extract) when `packFile` does not exist yet.
     * Throws `Error` naming the video, `Cancelled` when `shouldStop` returns true.
     */
    static void ensurePack(const std::string &videoPath, const std::string &packFile, int shortSide,
                           const std::function<bool()> &shouldStop = {});

    const std::string &path() const;
    bool isPack() const;
    int frameCount() const;
    double fps() const;
    int width() const;
    int height() const;

    /**
     * Frame `index` (0-based) as RGB8. The next index is the fast path; a jump seeks.
     * Throws `Error` naming the file for an index out of range or a frame that does not decode.
     */
    PreviewFrame frame(int index);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
