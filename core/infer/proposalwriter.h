#pragma once

#include <cstdint>
#include <vector>

#include "core/infer/proposalsegmenter.h"

namespace as {

class Project;

/** What writeProposals did to a video's segments. */
struct ProposalWriteReport
{
    int added = 0; // proposals (or pieces of them) written as Model segments
    int replaced = 0; // earlier Model segments removed because a new proposal overlaps them
    int trimmed = 0; // proposals cut around Manual segments
    int skipped = 0; // proposals left out: wholly covered by Manual ones, or too short after
};

/**
 * Writes `proposals` (with class names) as the Model segments of video `videoId`, in one
 * transaction: earlier Model segments that overlap a new proposal are removed (a new run
 * replaces what it saw again; the others stay in the review queue), Manual segments are never
 * touched, and a proposal that overlaps one is cut around it, pieces shorter than
 * `minPieceFrames` left out. Proposals are clamped to the video's frames. Class names the
 * project lacks become classes (as a segment CSV import does). Throws `Error` ("project.*")
 * naming the video; on an error nothing changes.
 */
ProposalWriteReport writeProposals(Project &project, std::int64_t videoId,
                                   const std::vector<ProposedSegment> &proposals,
                                   int minPieceFrames = 1);

} // namespace as
