#pragma once

#include <string>

namespace as {

/** What SeekTestVideo::write makes: size, length and key-frame spacing. */
struct SeekTestVideoOptions
{
    std::string path; // written here (.mp4; the MPEG-4 fallback goes in the same container)
    int width = 1920;
    int height = 1080;
    int frameCount = 300; // 10 s at 30 fps
    double fps = 30.0;
};

/**
 * A synthetic video for the seek benchmark and its tests: a textured background that pans,
 * shapes that move and the frame number drawn in, so that every frame differs from its
 * neighbours and the codec has real work (flat frames would decode in no time). Written with
 * OpenCV's FFmpeg writer, H.264 when an encoder is available (libx264 on Debian), else MPEG-4;
 * `codec` says which, so a benchmark can name what it measured.
 *
 * The encoder runs with x264's defaults (preset medium, CRF 23, B-frames, a key frame every 250
 * frames at most): OpenCV 4.6's writer passes no options to the encoder (neither its API nor
 * OPENCV_FFMPEG_WRITER_OPTIONS reach libx264), so the GOP cannot be chosen. 250 frames is long
 * enough that a random seek costs what it costs in a camera file with long GOPs.
 */
struct SeekTestVideo
{
    std::string path;
    std::string codec; // "H.264 (avc1)", "MPEG-4 part 2 (mp4v)", ...
    bool isH264 = false;

    /** Writes the video; throws `Error` "video.write" when no encoder can write it. */
    static SeekTestVideo write(const SeekTestVideoOptions &options);
};

} // namespace as
