#pragma once

#include <string>

namespace as {

/** Probed properties of a video file. `frameCount` counts frames that really decode. */
struct VideoInfo
{
    std::string path;
    double fps = 0.0;
    int frameCount = 0;
    int width = 0;
    int height = 0;
};

/**
 * Opens and decodes `path` to the end (containers lie about frame counts: see
 * flipping_a_pancake.mkv, no_duration.webm). Throws `Error` with code "video.unreadable",
 * "video.empty" or "video.notfound" naming the file.
 */
VideoInfo probeVideo(const std::string &path);

/** True when the extension is one of the video containers we import (case-insensitive). */
bool hasVideoExtension(const std::string &path);

} // namespace as
