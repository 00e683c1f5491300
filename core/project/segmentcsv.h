#pragma once

#include <string>

namespace as {

class Project;

/** What importSegmentsCsv added. */
struct SegmentCsvImport
{
    int segments = 0;
    int classesAdded = 0;
    int videos = 0; // videos that received segments
};

/**
 * Writes every segment with a class as CSV with the header `video,start_s,end_s,label`
 * (Kinetics' time columns): seconds from the video's frame rate, `end_s` the end of the last
 * frame; video paths relative to the CSV's folder when inside it, else absolute. Proposals of
 * the model not yet given a class are left out. Returns the rows written; atomic; throws
 * `Error` naming the file.
 */
int exportSegmentsCsv(const Project &project, const std::string &csvPath);

/**
 * Adds the segments of such a CSV (relative video paths: from the CSV's folder) to videos
 * already in the project; unknown labels become new classes. All or nothing: any bad row (an
 * unknown video, bad times, an overlap with a segment or another row) throws `Error` naming
 * the file and line, listing up to 10 problems, and nothing is added.
 */
SegmentCsvImport importSegmentsCsv(Project &project, const std::string &csvPath);

} // namespace as
