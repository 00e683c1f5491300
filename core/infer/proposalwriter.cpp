#include "core/infer/proposalwriter.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/project/project.h"

namespace as {

namespace {

bool overlaps(int startA, int endA, int startB, int endB)
{
    return startA < endB && startB < endA;
}

} // namespace

ProposalWriteReport writeProposals(Project &project, std::int64_t videoId,
                                   const std::vector<ProposedSegment> &proposals,
                                   int minPieceFrames)
{
    const auto video = project.video(videoId);
    if (!video)
        throw Error("project.segment",
                    "The project " + project.dir() + " has no video with id "
                        + std::to_string(videoId),
                    project.dir());
    const int minPiece = std::max(1, minPieceFrames);
    ProposalWriteReport report;
    project.transaction([&] {
        const std::vector<SegmentRecord> existing = project.segments(videoId);
        std::vector<SegmentRecord> manual;
        for (const SegmentRecord &s : existing)
            if (s.source == SegmentSource::Manual)
                manual.push_back(s); // by start frame, never overlapping

        std::vector<SegmentRecord> fresh;
        for (const ProposedSegment &p : proposals) {
            int start = std::max(0, p.startFrame);
            const int end
                = video->frameCount > 0 ? std::min(p.endFrame, video->frameCount) : p.endFrame;
            // The gaps between the Manual segments inside [start, end).
            std::vector<std::pair<int, int>> pieces;
            bool cut = false;
            for (const SegmentRecord &m : manual) {
                if (!overlaps(start, end, m.startFrame, m.endFrame))
                    continue;
                cut = true;
                if (m.startFrame > start)
                    pieces.emplace_back(start, m.startFrame);
                start = std::max(start, m.endFrame);
            }
            if (end > start)
                pieces.emplace_back(start, end);
            pieces.erase(std::remove_if(pieces.begin(), pieces.end(),
                                        [&](const auto &piece) {
                                            return piece.second - piece.first < minPiece;
                                        }),
                         pieces.end());
            if (pieces.empty()) {
                ++report.skipped;
                continue;
            }
            report.trimmed += cut ? 1 : 0;
            const std::int64_t classId = project.ensureClass(p.className);
            for (const auto &[pieceStart, pieceEnd] : pieces) {
                SegmentRecord s;
                s.videoId = videoId;
                s.startFrame = pieceStart;
                s.endFrame = pieceEnd;
                s.classId = classId;
                s.source = SegmentSource::Model;
                s.confidence = std::clamp(p.confidence, 0.0, 1.0);
                fresh.push_back(s);
            }
        }

        std::vector<SegmentRecord> kept = manual;
        for (const SegmentRecord &s : existing) {
            if (s.source != SegmentSource::Model)
                continue;
            const bool replaced
                = std::any_of(fresh.begin(), fresh.end(), [&](const SegmentRecord &f) {
                      return overlaps(s.startFrame, s.endFrame, f.startFrame, f.endFrame);
                  });
            if (replaced)
                ++report.replaced;
            else
                kept.push_back(s);
        }
        report.added = static_cast<int>(fresh.size());
        kept.insert(kept.end(), fresh.begin(), fresh.end());
        project.replaceSegments(videoId, kept);
    });
    return report;
}

} // namespace as
