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
    std::string colour;  // "#rrggbb" the user chose, or empty for the palette's colour
};

/** The segments of one video: labels, and model proposals not reviewed yet. */
struct SegmentCounts
{
    int labelled = 0;   // Manual segments
    int proposals = 0;  // Model segments
};

/** What a class is used by: what deleting it would unlabel or remove. */
struct ClassUsage
{
    int videos = 0;              // videos labelled as a whole with the class
    int segments = 0;            // segments of the class
    int videosWithSegments = 0;  // videos holding those segments
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
    bool reviewed = false;     // fully labelled: its unlabelled stretches hold no action
};

/** Who made a segment: a person, or the model (a proposal until reviewed). */
enum class SegmentSource { Manual = 0, Model = 1 };

/**
 * A labelled stretch of a video: frames [startFrame, endFrame) of class `classId` (0: not
 * assigned yet). The segments of one video never overlap.
 */
struct SegmentRecord
{
    std::int64_t id = 0;
    std::int64_t videoId = 0;
    int startFrame = 0;
    int endFrame = 0;          // one past the last frame
    std::int64_t classId = 0;  // 0 when no class is assigned yet
    SegmentSource source = SegmentSource::Manual;
    double confidence = -1.0;  // the model's, for proposals; -1 when none
};

} // namespace as
