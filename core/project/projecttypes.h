#pragma once

#include <cstdint>
#include <string>

namespace as {

/** A class (action label) of a project. Ids are database ids; `index` is the 0-based label. */
struct ClassInfo
{
    std::int64_t id = 0;
    int index = 0;       // 0-based label index used for training (order of creation)
    std::string name;
};

/** Which subset a video belongs to in one split. */
enum class Subset { Unused = 0, Train = 1, Test = 2 };

/** Status of a video's probe and frame extraction. */
enum class VideoStatus { New = 0, Ready = 1, Extracted = 2, Error = 3 };

/** A video file known to the project, with its probed properties. */
struct VideoRecord
{
    std::int64_t id = 0;
    std::string path;          // absolute path
    std::int64_t classId = 0;  // 0 when unlabelled
    double fps = 0.0;
    int frameCount = 0;        // frames that actually decode (not the container's claim)
    int width = 0;
    int height = 0;
    VideoStatus status = VideoStatus::New;
    std::string error;         // why the video is unusable, when status == Error
};

} // namespace as
