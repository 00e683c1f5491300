#include "core/project/datasethealth.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <regex>

#include "core/common/error.h"
#include "core/data/clipsampler.h"
#include "core/models/modelregistry.h"
#include "core/project/project.h"

namespace as {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/** Fixed bins: `edges` has one more entry than `labels`. */
Histogram emptyHistogram(const std::vector<double> &edges, const std::vector<std::string> &labels)
{
    Histogram h;
    for (std::size_t i = 0; i < labels.size(); ++i)
        h.bins.push_back(HistogramBin {edges[i], edges[i + 1], labels[i], 0});
    return h;
}

void addToHistogram(Histogram &h, double value, bool known)
{
    if (!known || !std::isfinite(value) || value <= 0.0) {
        ++h.unknown;
        return;
    }
    for (HistogramBin &bin : h.bins) {
        if (value >= bin.lower && value < bin.upper) {
            ++bin.count;
            return;
        }
    }
    ++h.unknown; // below the first edge (cannot happen with a first edge of 0)
}

/** Drops the empty bins before the first and after the last non-empty one (keeps one). */
void trimHistogram(Histogram &h)
{
    const auto nonEmpty = [](const HistogramBin &b) { return b.count > 0; };
    const auto first = std::find_if(h.bins.begin(), h.bins.end(), nonEmpty);
    if (first == h.bins.end()) {
        h.bins.clear();
        return;
    }
    const auto last = std::find_if(h.bins.rbegin(), h.bins.rend(), nonEmpty).base();
    h.bins = std::vector<HistogramBin>(first, last);
}

/** Frame rates cluster at 24, 25, 30, 50 and 60: those get bins of their own. */
Histogram fpsHistogram()
{
    return emptyHistogram({0, 20, 24.5, 25.5, 29.5, 30.5, 50.5, 60.5, kInf},
                          {"0–19", "20–24", "25", "26–29", "30", "31–50", "51–60", "61+"});
}

Histogram durationHistogram()
{
    return emptyHistogram(
        {0, 1, 2, 3, 5, 10, 20, 30, 60, 120, kInf},
        {"0–1", "1–2", "2–3", "3–5", "5–10", "10–20", "20–30", "30–60", "60–120", "120+"});
}

/** Short sides of the usual formats: 120p thumbnails, 240p (UCF101), 360p, 480p, HD. */
Histogram shortSideHistogram()
{
    return emptyHistogram(
        {0, 120, 180, 240, 360, 480, 720, 1080, kInf},
        {"0–119", "120–179", "180–239", "240–359", "360–479", "480–719", "720–1079", "1080+"});
}

SubsetBalance balanceOf(Subset subset, const std::vector<ClassInfo> &classes,
                        const std::map<std::int64_t, int> &counts)
{
    SubsetBalance b;
    b.subset = subset;
    int most = 0;
    int least = std::numeric_limits<int>::max();
    for (const ClassInfo &c : classes) {
        const auto found = counts.find(c.id);
        const int n = found == counts.end() ? 0 : found->second;
        b.classNames.push_back(c.name);
        b.counts.push_back(n);
        most = std::max(most, n);
        least = std::min(least, n);
        if (n == 0)
            ++b.emptyClasses;
    }
    if (classes.empty())
        b.imbalanceRatio = 1.0;
    else if (least == 0)
        b.imbalanceRatio = most == 0 ? 1.0 : kInf;
    else
        b.imbalanceRatio = static_cast<double>(most) / least;
    return b;
}

} // namespace

int Histogram::total() const
{
    int sum = unknown;
    for (const HistogramBin &bin : bins)
        sum += bin.count;
    return sum;
}

int DatasetHealth::problemCount() const
{
    int problems = static_cast<int>(undecodable.size() + tooShort.size() + leakedGroups.size());
    if (!balance.empty() && balance.front().subset == Subset::Train)
        problems += balance.front().emptyClasses;
    return problems;
}

std::vector<std::int64_t> DatasetHealth::unusableVideoIds() const
{
    std::vector<std::int64_t> ids;
    for (const HealthVideo &v : undecodable)
        ids.push_back(v.id);
    for (const HealthVideo &v : tooShort)
        ids.push_back(v.id);
    return ids;
}

int requiredFrames(const ExperimentConfig &config)
{
    InputSpec spec;
    try {
        spec = referenceInputSpec(config.model.name);
    } catch (const Error &) {
        // An unknown model has no spec: the config's dense clip is all we know.
    }
    if (spec.sampling == "segments") {
        // As buildDataPipeline: the training segments, each framesPerSegment frames long.
        const int perSegment = std::max(1, spec.framesPerSegment);
        const int segments = std::max(1, config.input.clipLengthFrames / perSegment);
        return segments * perSegment;
    }
    return DenseClipSampler(std::max(1, config.input.clipLengthFrames),
                            std::max(1, config.input.frameInterval))
        .spanFrames();
}

DatasetHealth checkDatasetHealth(const std::string &projectDir, int split, int minFrames,
                                 const std::string &groupPattern, ProgressObserver &observer,
                                 const CancellationToken &token)
{
    std::regex groupRegex;
    try {
        groupRegex = std::regex(groupPattern);
    } catch (const std::regex_error &e) {
        throw Error("health.pattern",
                    "The group pattern '" + groupPattern
                        + "' is not a valid regular expression: " + e.what(),
                    "groupPattern");
    }
    const Project project = Project::open(projectDir);
    const std::vector<ClassInfo> classes = project.classes();
    std::map<std::int64_t, std::string> classNames;
    for (const ClassInfo &c : classes)
        classNames[c.id] = c.name;

    DatasetHealth health;
    health.split = split;
    health.minFrames = minFrames;
    health.fps = fpsHistogram();
    health.durationSeconds = durationHistogram();
    health.shortSide = shortSideHistogram();
    std::map<std::int64_t, int> trainCounts;
    std::map<std::int64_t, int> testCounts;
    struct GroupMembers
    {
        std::vector<std::string> train;
        std::vector<std::string> test;
    };
    std::map<std::string, GroupMembers> groups;

    const std::vector<VideoRecord> videos = project.videos();
    const auto total = static_cast<std::int64_t>(videos.size());
    observer.onProgress("health", 0, total);
    std::int64_t done = 0;
    for (const VideoRecord &video : videos) {
        token.throwIfCancelled();
        observer.onProgress("health", done++, total);
        const Subset subset = project.subset(split, video.id);
        if (subset == Subset::Unused)
            continue;
        ++health.videoCount;

        HealthVideo item;
        item.id = video.id;
        item.path = video.path;
        const auto name = classNames.find(video.classId);
        item.className = name == classNames.end() ? std::string() : name->second;
        item.subset = subset;
        item.frames = video.frameCount;
        item.error = video.error;
        const bool failed = video.status == VideoStatus::Error;
        const bool probed = !failed && video.frameCount > 0;
        if (failed)
            health.undecodable.push_back(item);
        else if (probed && video.frameCount < minFrames)
            health.tooShort.push_back(item);
        if (video.classId != 0 && !failed) // training leaves undecodable videos out
            ++(subset == Subset::Train ? trainCounts : testCounts)[video.classId];

        addToHistogram(health.fps, video.fps, probed);
        addToHistogram(health.durationSeconds, video.fps > 0 ? video.frameCount / video.fps : 0.0,
                       probed);
        addToHistogram(health.shortSide, std::min(video.width, video.height), probed);

        const std::string file = std::filesystem::path(video.path).filename().string();
        std::smatch match;
        if (std::regex_search(file, match, groupRegex)) {
            GroupMembers &members = groups[match.size() > 1 ? match[1].str() : match[0].str()];
            (subset == Subset::Train ? members.train : members.test).push_back(video.path);
        } else {
            ++health.ungrouped;
        }
    }
    observer.onProgress("health", total, total);

    trimHistogram(health.fps);
    trimHistogram(health.durationSeconds);
    trimHistogram(health.shortSide);
    health.balance.push_back(balanceOf(Subset::Train, classes, trainCounts));
    health.balance.push_back(balanceOf(Subset::Test, classes, testCounts));
    for (auto &[group, members] : groups)
        if (!members.train.empty() && !members.test.empty())
            health.leakedGroups.push_back(
                LeakedGroup {group, std::move(members.train), std::move(members.test)});
    return health;
}

void skipVideos(const std::string &projectDir, int split, const std::vector<std::int64_t> &videoIds)
{
    Project project = Project::open(projectDir);
    project.transaction([&] {
        for (const std::int64_t id : videoIds)
            project.setSubset(split, id, Subset::Unused);
    });
}

} // namespace as
