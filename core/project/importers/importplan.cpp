#include "core/project/importers/importplan.h"

#include <algorithm>
#include <unordered_map>

#include "core/project/project.h"
#include "core/video/framefoldersource.h"

namespace as {

PlannedVideo *ImportPlan::find(const std::string &path)
{
    const auto it = m_indexByPath.find(path);
    return it == m_indexByPath.end() ? nullptr : &videos[it->second];
}

PlannedVideo &ImportPlan::add(const std::string &path, const std::string &className)
{
    if (PlannedVideo *existing = find(path))
        return *existing;
    m_indexByPath.emplace(path, videos.size());
    PlannedVideo video;
    video.path = path;
    video.className = className;
    videos.push_back(std::move(video));
    return videos.back();
}

int ImportPlan::missingCount() const
{
    return static_cast<int>(
        std::count_if(videos.begin(), videos.end(), [](const PlannedVideo &v) { return v.missing; }));
}

std::vector<PlanClassCounts> countPlanPerClass(const ImportPlan &plan)
{
    std::vector<PlanClassCounts> rows;
    std::unordered_map<std::string, std::size_t> rowOf;
    for (const std::string &name : plan.classNames) {
        rowOf.emplace(name, rows.size());
        rows.push_back({name, 0, 0, {}});
    }
    for (const PlannedVideo &video : plan.videos) {
        auto it = rowOf.find(video.className);
        if (it == rowOf.end()) {  // unlabelled, or a class the plan did not list
            it = rowOf.emplace(video.className, rows.size()).first;
            rows.push_back({video.className, 0, 0, {}});
        }
        PlanClassCounts &row = rows[it->second];
        ++row.videos;
        row.missing += video.missing ? 1 : 0;
        for (const auto &[split, subset] : video.subsets)
            ++row.perSplit[split][static_cast<std::size_t>(subset)];
    }
    return rows;
}

std::map<int, std::array<int, 3>> countPlanPerSplit(const ImportPlan &plan)
{
    std::map<int, std::array<int, 3>> totals;
    for (const PlannedVideo &video : plan.videos) {
        for (const auto &[split, subset] : video.subsets)
            ++totals[split][static_cast<std::size_t>(subset)];
    }
    return totals;
}

namespace {

/** Only new videos, and those whose earlier probe failed or never ran, are probed again. */
bool needsProbe(const Project &project, const std::string &path)
{
    const auto existing = project.videoByPath(path);
    return !existing || existing->status == VideoStatus::New ||
           existing->status == VideoStatus::Error;
}

VideoRecord recordFromProbe(const PlannedVideo &video, std::int64_t classId,
                            const VideoProbe &probe)
{
    VideoRecord record;
    record.path = video.path;
    record.classId = classId;
    if (probe.error) {
        record.status = VideoStatus::Error;
        record.error = probe.error->message;
        return record;
    }
    record.status = VideoStatus::Ready;
    record.fps = probe.info.fps;
    record.frameCount = probe.info.frameCount;
    record.width = probe.info.width;
    record.height = probe.info.height;
    // A frame list's total_frames is trusted over the files present (mmaction2 does the same).
    if (video.listedFrames > 0 && video.listedFrames < record.frameCount)
        record.frameCount = video.listedFrames;
    return record;
}

} // namespace

ImportReport commitImportPlan(Project &project, const ImportPlan &plan, ProgressObserver &observer,
                              const CancellationToken &token)
{
    ImportReport report;
    report.problems = plan.problems;
    report.missingFiles = plan.missingCount();
    for (const PlannedVideo &video : plan.videos) {
        if (video.missing)
            report.missingPaths.push_back(video.path + " (" + video.listedIn + ")");
    }

    std::vector<std::string> toProbe;
    std::vector<int> probeSlot(plan.videos.size(), -1);
    for (std::size_t i = 0; i < plan.videos.size(); ++i) {
        const PlannedVideo &video = plan.videos[i];
        if (!video.missing && needsProbe(project, video.path)) {
            probeSlot[i] = static_cast<int>(toProbe.size());
            toProbe.push_back(video.path);
        }
    }
    const std::vector<VideoProbe> probes = probeVideosInParallel(toProbe, observer, token);

    int framesTooFew = 0;
    int folders = 0;
    project.transaction([&] {
        std::unordered_map<std::string, std::int64_t> classIds;
        auto classId = [&](const std::string &name) -> std::int64_t {
            if (name.empty())
                return 0;
            const auto it = classIds.find(name);
            if (it != classIds.end())
                return it->second;
            if (!project.classByName(name))
                ++report.classesAdded;
            return classIds[name] = project.ensureClass(name);
        };
        for (const std::string &name : plan.classNames)
            classId(name);

        for (std::size_t i = 0; i < plan.videos.size(); ++i) {
            const PlannedVideo &video = plan.videos[i];
            if (video.missing)
                continue;
            if (i % 256 == 0)
                token.throwIfCancelled();  // rolls the whole import back
            const std::int64_t cls = classId(video.className);
            const auto existing = project.videoByPath(video.path);
            std::int64_t videoId = existing ? existing->id : 0;
            if (probeSlot[i] >= 0) {
                const VideoProbe &probe = probes[static_cast<std::size_t>(probeSlot[i])];
                videoId = project.upsertVideo(recordFromProbe(video, cls, probe));
                ++(existing ? report.videosUpdated : report.videosAdded);
                if (!probe.error && FrameFolderSource::isFrameFolder(video.path)) {
                    ++folders;
                    if (video.listedFrames > probe.info.frameCount)
                        ++framesTooFew;
                }
            } else if (existing && cls != 0 && existing->classId != cls) {
                VideoRecord relabelled = *existing;  // already probed: only the label changes
                relabelled.classId = cls;
                project.upsertVideo(relabelled);
                ++report.videosUpdated;
            }
            for (const auto &[split, subset] : video.subsets) {
                project.setSubset(split, videoId, subset);
                ++report.splitEntries;
            }
        }
    });

    for (std::size_t i = 0; i < plan.videos.size(); ++i) {
        if (probeSlot[i] >= 0 && probes[static_cast<std::size_t>(probeSlot[i])].error)
            report.problems.push_back(*probes[static_cast<std::size_t>(probeSlot[i])].error);
    }
    if (folders > 0)
        report.problems.push_back(
            {"import.fpsassumed",
             std::to_string(folders) + " frame folder(s) have no frame rate of their own: " +
                 std::to_string(static_cast<int>(FrameFolderSource::kAssumedFps)) +
                 " fps is assumed.",
             {}, 0});
    if (framesTooFew > 0)
        report.problems.push_back(
            {"import.frames",
             std::to_string(framesTooFew) + " frame folder(s) hold fewer frames than their list "
                                            "says; the frames present are used.",
             {}, 0});
    return report;
}

} // namespace as
