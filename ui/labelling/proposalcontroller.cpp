#include "ui/labelling/proposalcontroller.h"

#include <atomic>

#include "core/common/error.h"
#include "core/infer/proposalwriter.h"
#include "core/infer/segmentproposer.h"
#include "core/project/project.h"

namespace as::ui {

namespace {

/** Forwards the scan's progress as queued signals, at most ~50 per video. */
class ScanObserver final : public ProgressObserver
{
public:
    explicit ScanObserver(std::function<void(double)> report)
        : m_report(std::move(report))
    {
    }
    void onProgress(const std::string &, std::int64_t done, std::int64_t total) override
    {
        if (total <= 0)
            return;
        const int step = int(50 * done / total);
        if (step != m_lastStep.exchange(step))
            m_report(double(done) / double(total));
    }

private:
    std::function<void(double)> m_report;
    std::atomic<int> m_lastStep{-1};
};

} // namespace

bool ProposalController::start(const Request &request)
{
    return startJob([this, request](const CancellationToken &token) -> std::function<void()> {
        int videos = 0;
        int proposals = 0;
        try {
            // One connection per thread: the UI keeps its own.
            Project project = Project::open(request.projectDir.toStdString());
            SegmentProposerOptions options;
            options.source = request.source.toStdString();
            options.strideFrames = request.strideFrames;
            options.minConfidence = request.minConfidence;
            options.minSegmentSeconds = request.minSegmentSeconds;
            const SegmentProposer proposer(options);
            const int count = int(request.videoIds.size());
            for (int i = 0; i < count; ++i) {
                const qint64 id = request.videoIds[i];
                const auto video = project.video(id);
                if (!video)
                    throw Error("project.video",
                                "The project has no video with id " + std::to_string(id) + ".");
                ScanObserver observer([this, i, count](double f) {
                    post([this, i, count, f] { Q_EMIT progress(i, count, f); });
                });
                const SegmentProposal proposal = proposer.propose(video->path, observer, token);
                const ProposalWriteReport written =
                    writeProposals(project, id, proposal.segments);
                ++videos;
                proposals += written.added;
                post([this, id, added = written.added] { Q_EMIT videoDone(id, added); });
            }
        } catch (const Cancelled &) {
            return [this, videos, proposals] { Q_EMIT finished(videos, proposals, true, {}); };
        } catch (const std::exception &e) {
            const QString error = QString::fromUtf8(e.what());
            return [this, videos, proposals, error] {
                Q_EMIT finished(videos, proposals, false, error);
            };
        }
        return [this, videos, proposals] { Q_EMIT finished(videos, proposals, false, {}); };
    });
}

} // namespace as::ui
