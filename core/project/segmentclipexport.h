#pragma once

#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"

namespace as {

class Project;

/** Which split to export as mmaction2 lists of cut clips, where to, and whether to cut. */
struct SegmentClipExportOptions
{
    std::string outDir; // created when missing
    int split = 1;
    bool writeClips = false; // also cut the segments into video files under outDir/clips
};

/** What exportSegmentClips wrote. */
struct SegmentClipExportReport
{
    std::vector<std::string> files; // list files written (label_map.txt, train.txt, ...)
    int train = 0; // lines of train.txt
    int val = 0; // lines of val.txt
    int clipsWritten = 0; // video files cut (writeClips)
    std::vector<ErrorInfo> problems; // clips left out, paths the list format cannot hold
};

/** The extension (and container) of the cut clips: MJPG in AVI, which Debian's OpenCV and
 *  FFmpeg both write and read back, and mmaction2's decoders read. */
inline constexpr const char *kSegmentClipExtension = ".avi";

/**
 * Writes the labels of split `options.split` as mmaction2 video lists of cut clips, the
 * format its VideoDataset reads ("path label" lines, 0-based labels):
 *  - `label_map.txt`: the class names by label index;
 *  - `train.txt` (train subset) and `val.txt` (test subset): a Manual segment with a class is
 *    the line `clips/<class>/<video stem>_<start>_<end>.avi <label>` (frames [start, end),
 *    names reduced to letters, digits, '-', '_' and '.'; `_v<id>` is added when two videos
 *    would give one name); a video labelled as a whole (and holding no labelled segment: the
 *    rule of training) is listed by its own absolute path, never copied or re-encoded;
 *    model proposals and segments without a class are not labels and are left out;
 *  - `clips.csv`: `clip,video,start_s,end_s,start_frame,end_frame,label,subset` per listed
 *    clip, so the lists are usable without cutting (`end_s`: end of the last frame).
 * With `writeClips`, every segment clip is cut frame-accurately from its video (one decode
 * pass per video, the frames [start, end) that the project's reader numbers) at the video's
 * fps and size; a clip that cannot be cut (the video is unreadable or ends early) is left out
 * of the lists and reported in `problems`. Lines whose path holds whitespace (which the list
 * format splits on) are reported too. Files are written atomically; throws `Error` naming the
 * folder or file that cannot be written, `Cancelled` when `token` is.
 */
SegmentClipExportReport exportSegmentClips(const Project &project,
                                           const SegmentClipExportOptions &options,
                                           ProgressObserver &observer,
                                           const CancellationToken &token = {});

} // namespace as
