#include "core/project/projectimporter.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "core/project/importers/folderimporter.h"
#include "core/project/importers/listfile.h"
#include "core/project/project.h"
#include "core/video/videoinfo.h"

namespace as {

namespace fs = std::filesystem;

namespace {

const char *const kStage = "import";

/** A video the import wants in the project, with its class and (split imports) subset. */
struct ImportItem
{
    std::string path;       // absolute, normalised: the project's key for the video
    std::string className;
    Subset subset = Subset::Unused;
    int probeSlot = -1;     // index into the probe results, -1 when the video is not probed
};

using Probe = VideoProbe;

/** Everything an import wants to write, gathered before the database is touched. */
struct ListPlan
{
    std::vector<std::string> classNames;  // in the order their label indices are assigned
    std::vector<ImportItem> items;
    int split = 0;                        // 0: no split is written
};

std::string absolutePath(const fs::path &path)
{
    return fs::absolute(path).lexically_normal().string();
}

Probe probeOne(const std::string &path)
{
    Probe probe;
    try {
        probe.info = probeVideo(path);
    } catch (const Error &e) {
        probe.error = e.info();
    } catch (const std::exception &e) {  // cv::Exception, bad_alloc: the import goes on
        probe.error = ErrorInfo{"video.unreadable",
                                "Cannot read the video " + path + ": " + e.what() + ".", path, 0};
    }
    return probe;
}

/**
 * Probes `paths` on 2..hardware_concurrency worker threads. Progress is reported from the
 * calling thread only, so the observer sees one caller. Throws `Cancelled` after joining the
 * workers when `token` is set.
 */
std::vector<Probe> probeAll(const std::vector<std::string> &paths, ProgressObserver &observer,
                            const CancellationToken &token)
{
    std::vector<Probe> probes(paths.size());
    const auto total = static_cast<std::int64_t>(paths.size());
    observer.onProgress(kStage, 0, total);
    if (paths.empty())
        return probes;

    const std::size_t threads =
        std::min<std::size_t>(std::max(2u, std::thread::hardware_concurrency()), paths.size());
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};  // the observer threw: wind down without touching `token`
    std::mutex mutex;
    std::condition_variable finished;
    std::int64_t done = 0;
    std::size_t running = threads;

    auto work = [&] {
        while (!token.isCancelled() && !stop) {
            const std::size_t slot = next.fetch_add(1);
            if (slot >= paths.size())
                break;
            probes[slot] = probeOne(paths[slot]);
            std::lock_guard<std::mutex> lock(mutex);
            ++done;
        }
        std::lock_guard<std::mutex> lock(mutex);
        --running;
        finished.notify_one();
    };
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < threads; ++i)
        workers.emplace_back(work);

    std::exception_ptr failure;
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100), [&] { return running == 0; });
            const std::int64_t doneNow = done;
            lock.unlock();
            try {
                observer.onProgress(kStage, doneNow, total);
            } catch (...) {
                if (!failure)
                    failure = std::current_exception();
                stop = true;
            }
            lock.lock();
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    token.throwIfCancelled();
    return probes;
}

/** Only new videos, and those whose earlier probe failed or never ran, are probed again. */
bool needsProbe(const Project &project, const std::string &path)
{
    const auto existing = project.videoByPath(path);
    return !existing || existing->status == VideoStatus::New ||
           existing->status == VideoStatus::Error;
}

VideoRecord recordFromProbe(const std::string &path, std::int64_t classId, const Probe &probe)
{
    VideoRecord record;
    record.path = path;
    record.classId = classId;
    if (probe.error) {
        record.status = VideoStatus::Error;
        record.error = probe.error->message;
    } else {
        record.status = VideoStatus::Ready;
        record.fps = probe.info.fps;
        record.frameCount = probe.info.frameCount;
        record.width = probe.info.width;
        record.height = probe.info.height;
    }
    return record;
}

/** Writes one item of the plan, counting what it added or changed in `report`. */
void writeItem(Project &project, const ImportItem &item, std::int64_t classId, int split,
               const std::vector<Probe> &probes, ImportReport &report)
{
    const auto existing = project.videoByPath(item.path);
    std::int64_t videoId = existing ? existing->id : 0;
    if (item.probeSlot >= 0) {
        videoId = project.upsertVideo(recordFromProbe(item.path, classId, probes[item.probeSlot]));
        ++(existing ? report.videosUpdated : report.videosAdded);
    } else if (existing && existing->classId != classId) {
        // Already probed (maybe extracted): only the label changes, the rest is kept.
        VideoRecord relabelled = *existing;
        relabelled.classId = classId;
        project.upsertVideo(relabelled);
        ++report.videosUpdated;
    }
    if (split > 0 && videoId != 0) {
        project.setSubset(split, videoId, item.subset);
        ++report.splitEntries;
    }
}

/**
 * Probes what needs probing, then writes the plan in one transaction: a cancelled or failed
 * import leaves the project as it was.
 */
void runPlan(Project &project, ListPlan &plan, ImportReport &report, ProgressObserver &observer,
             const CancellationToken &token)
{
    std::vector<std::string> toProbe;
    for (ImportItem &item : plan.items) {
        if (needsProbe(project, item.path)) {
            item.probeSlot = static_cast<int>(toProbe.size());
            toProbe.push_back(item.path);
        }
    }
    const std::vector<Probe> probes = probeAll(toProbe, observer, token);

    project.transaction([&] {
        std::unordered_map<std::string, std::int64_t> classIds;
        for (const std::string &name : plan.classNames) {
            if (!project.classByName(name))
                ++report.classesAdded;
            classIds[name] = project.ensureClass(name);
        }
        std::size_t written = 0;
        for (const ImportItem &item : plan.items) {
            if (++written % 256 == 0)
                token.throwIfCancelled();  // rolls the whole import back
            writeItem(project, item, classIds.at(item.className), plan.split, probes, report);
        }
    });

    for (const ImportItem &item : plan.items) {
        if (item.probeSlot >= 0 && probes[item.probeSlot].error)
            report.problems.push_back(*probes[item.probeSlot].error);
    }
    observer.onProgress(kStage, static_cast<std::int64_t>(toProbe.size()),
                        static_cast<std::int64_t>(toProbe.size()));
}

// --- UCF101 split files ---

using listfile::lineProblem;
using listfile::parseInt;
using listfile::readLines;
const auto tokens = listfile::fields;

/** classInd.txt: "<1-based index> <ClassName>" per line. */
struct ClassIndex
{
    std::map<int, std::string> byIndex;  // ordered: label indices follow the file's indices
    std::map<std::string, int> byName;
};

ClassIndex readClassIndex(const std::string &path, ImportReport &report)
{
    ClassIndex index;
    const std::vector<std::string> lines = readLines(path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        const std::vector<std::string> t = tokens(lines[i]);
        if (t.empty())
            continue;
        const std::optional<int> number = t.size() == 2 ? parseInt(t[0]) : std::nullopt;
        if (!number || *number < 1) {
            report.problems.push_back(lineProblem("import.line", path, lineNo,
                                                  "is not \"<index> <ClassName>\" with an index "
                                                  "from 1: \"" + lines[i] + "\"."));
        } else if (index.byIndex.count(*number) || index.byName.count(t[1])) {
            report.problems.push_back(lineProblem("import.line", path, lineNo,
                                                  "repeats the class index or name of an "
                                                  "earlier line and was skipped."));
        } else {
            index.byIndex[*number] = t[1];
            index.byName[t[1]] = *number;
        }
    }
    if (index.byIndex.empty())
        throw Error("import.noclasses", "The class index " + path + " defines no class.", path);
    return index;
}

/** Where a video was first listed, to report repeats. */
struct ListedAt
{
    std::string list;
    int line = 0;
};

/** Resolves the class of one list line; reports the problem and returns nothing when bad. */
std::optional<std::string> classOfLine(const std::vector<std::string> &t, const ClassIndex &index,
                                       const std::string &list, int lineNo, ImportReport &report)
{
    const fs::path relative(t[0]);
    const std::string folder =
        relative.has_parent_path() ? relative.begin()->string() : std::string();
    if (t.size() == 1) {
        // Test lists carry no label: the class is the video's folder.
        if (index.byName.count(folder))
            return folder;
        report.problems.push_back(lineProblem(
            "import.line", list, lineNo,
            "has no label and its folder \"" + folder + "\" is not a class of the class index."));
        return std::nullopt;
    }
    const std::optional<int> label = parseInt(t[1]);
    const auto named = label ? index.byIndex.find(*label) : index.byIndex.end();
    if (named == index.byIndex.end()) {
        report.problems.push_back(lineProblem("import.line", list, lineNo,
                                              "has the label \"" + t[1] +
                                                  "\", which the class index does not define."));
        return std::nullopt;
    }
    if (index.byName.count(folder) && folder != named->second) {
        report.problems.push_back(lineProblem("import.line", list, lineNo,
                                              "has the label " + t[1] + " (" + named->second +
                                                  ") but lies in the class folder \"" + folder +
                                                  "\"."));
        return std::nullopt;
    }
    return named->second;
}

/** Adds the videos of one split list ("Class/video.avi [label]" per line) to the plan. */
void readSplitList(const std::string &list, const fs::path &videoRoot, Subset subset,
                   const ClassIndex &index, std::map<std::string, ListedAt> &listed,
                   ListPlan &plan, ImportReport &report)
{
    const std::vector<std::string> lines = readLines(list);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        const std::vector<std::string> t = tokens(lines[i]);
        if (t.empty())
            continue;
        if (t.size() > 2) {
            report.problems.push_back(lineProblem("import.line", list, lineNo,
                                                  "is not \"<Class>/<video> [label]\": \"" +
                                                      lines[i] + "\"."));
            continue;
        }
        const std::optional<std::string> className = classOfLine(t, index, list, lineNo, report);
        if (!className)
            continue;
        const std::string path = absolutePath(videoRoot / t[0]);
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            report.problems.push_back(lineProblem("import.missing", list, lineNo,
                                                  "names the video " + path +
                                                      ", which does not exist."));
            continue;
        }
        const auto [first, isNew] = listed.try_emplace(path, ListedAt{list, lineNo});
        if (!isNew) {
            report.problems.push_back(lineProblem(
                "import.duplicate", list, lineNo,
                "repeats the video " + path + " (first listed on line " +
                    std::to_string(first->second.line) + " of " + first->second.list +
                    ") and was skipped."));
            continue;
        }
        plan.items.push_back({path, *className, subset, -1});
    }
}

} // namespace

std::vector<VideoProbe> probeVideosInParallel(const std::vector<std::string> &paths,
                                              ProgressObserver &observer,
                                              const CancellationToken &token)
{
    return probeAll(paths, observer, token);
}

ImportReport importFolderTree(Project &project, const std::string &root,
                              ProgressObserver &observer, const CancellationToken &token)
{
    // The plan importer also takes folders of extracted frames as videos.
    return commitImportPlan(project, planFolderTreeImport(root), observer, token);
}

ImportReport importUcf101Split(Project &project, const std::string &classIndPath,
                               const std::string &trainListPath, const std::string &testListPath,
                               const std::string &videoRoot, int split, ProgressObserver &observer,
                               const CancellationToken &token)
{
    if (split < 1)
        throw Error("import.split", "The split number must be 1 or more, not " +
                                        std::to_string(split) + ".");
    std::error_code ec;
    if (!fs::is_directory(videoRoot, ec))
        throw Error("import.notfound",
                    "The video folder " + videoRoot + " the split lists refer to does not exist.",
                    videoRoot);

    ImportReport report;
    ListPlan plan;
    plan.split = split;
    const ClassIndex index = readClassIndex(classIndPath, report);
    for (const auto &entry : index.byIndex)
        plan.classNames.push_back(entry.second);

    std::map<std::string, ListedAt> listed;
    // An empty list path means "no such list": e.g. importing only a train list.
    if (!trainListPath.empty())
        readSplitList(trainListPath, videoRoot, Subset::Train, index, listed, plan, report);
    token.throwIfCancelled();
    if (!testListPath.empty())
        readSplitList(testListPath, videoRoot, Subset::Test, index, listed, plan, report);
    token.throwIfCancelled();

    runPlan(project, plan, report, observer, token);
    return report;
}

} // namespace as
