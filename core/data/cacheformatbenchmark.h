#pragma once

#include <string>
#include <vector>

namespace as {

/** What to read: videos, the frame size of the cache and the clips drawn from each. */
struct CacheFormatBenchmarkOptions
{
    std::vector<std::string> videos;  // video files (the benchmark writes its caches in a temp dir)
    int shortSide = 128;              // frames stored with this short side
    int clipLengthFrames = 16;
    int frameInterval = 2;
    int clipsPerVideo = 10;           // random clips read from each video
    std::string scratchDir;           // where the caches are written; a temp dir when empty
};

/** Read speed and size of one way of storing frames. */
struct CacheFormatResult
{
    std::string format;       // "jpeg-pack" | "raw-pack" | "video"
    double clipsPerSecond = 0.0;
    double bytesPerFrame = 0.0;  // on disk
    int clips = 0;
};

/**
 * Compares how fast one thread gets the frames of random clips (indices from
 * DenseClipSampler, decoded to BGR at the cache's short side, no transform):
 *  - "jpeg-pack": the project's FrameCache (JPEG q90 per frame, OpenCV imdecode, which is
 *    libjpeg-turbo in Debian's OpenCV);
 *  - "raw-pack": the same frames stored decoded (BGR bytes), read with one seek per frame;
 *  - "video": decoding the source video on the fly (sequentially up to the clip's last frame,
 *    then resizing the clip's frames; no seeking, which OpenCV does not do frame-exactly).
 * Files are read after being written, so they come from the page cache: this measures decode
 * cost, not disk speed. Throws `Error` naming a video that cannot be read.
 */
std::vector<CacheFormatResult> benchmarkCacheFormats(const CacheFormatBenchmarkOptions &options);

} // namespace as
