#pragma once

#include <cstdint>
#include <string>

namespace as {

/**
 * Small JPEG previews of a project's videos for the dataset browser, cached on disk beside
 * the frame cache (`<cacheDir>/thumbnails/<videoId>.jpg`) so each is decoded only once.
 */

/** Where the thumbnail of video `videoId` lives in the cache folder `cacheDir`. */
std::string thumbnailPath(const std::string &cacheDir, std::int64_t videoId);

/**
 * True when `thumbnailFile` exists and is not older than `videoPath` (a file or a frame
 * folder), so it can be shown without decoding the video again.
 */
bool isThumbnailFresh(const std::string &thumbnailFile, const std::string &videoPath);

/**
 * Decodes the middle frame of `videoPath` (a video file or a folder of frames), scales it to
 * `width` pixels wide (aspect kept) and writes it as a JPEG to `outFile` atomically, creating
 * its folder. `frameCountHint` > 0 (the probed count) saves asking the container, whose claim
 * may be wrong. Throws `Error` naming the video ("video.*") or the output file ("file.write").
 */
void makeThumbnail(const std::string &videoPath, const std::string &outFile, int width,
                   int frameCountHint = 0);

} // namespace as
