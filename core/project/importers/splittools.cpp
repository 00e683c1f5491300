#include "core/project/importers/splittools.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <regex>
#include <vector>

#include "core/common/error.h"
#include "core/project/project.h"

namespace as {

namespace {

void checkFraction(double fraction)
{
    if (!(fraction >= 0.0 && fraction <= 1.0))
        throw Error("split.fraction",
                    "The test fraction must lie between 0 and 1, not " +
                        std::to_string(fraction) + ".");
}

/** Fisher-Yates with our own index draw: the same order on every platform for a seed. */
template<typename T> void shuffle(std::vector<T> &items, std::mt19937_64 &rng)
{
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[static_cast<std::size_t>(rng() % i)]);
}

/** The project's videos ordered by path, so that a split does not depend on import order. */
std::vector<VideoRecord> videosByPath(const Project &project)
{
    std::vector<VideoRecord> videos = project.videos();
    std::sort(videos.begin(), videos.end(),
              [](const VideoRecord &a, const VideoRecord &b) { return a.path < b.path; });
    return videos;
}

bool usable(const VideoRecord &video)
{
    return video.classId != 0 && video.status != VideoStatus::Error;
}

void write(Project &project, int split, const std::vector<VideoRecord> &videos,
           const std::map<std::int64_t, Subset> &subsets, SplitResult &result)
{
    project.transaction([&] {
        for (const VideoRecord &video : videos) {
            const auto it = subsets.find(video.id);
            const Subset subset = it == subsets.end() ? Subset::Unused : it->second;
            project.setSubset(split, video.id, subset);
            ++(subset == Subset::Train ? result.train
               : subset == Subset::Test ? result.test
                                        : result.unused);
        }
    });
}

} // namespace

SplitResult makeStratifiedSplit(Project &project, const SplitOptions &options)
{
    checkFraction(options.testFraction);
    const std::vector<VideoRecord> videos = videosByPath(project);
    std::map<std::int64_t, std::vector<std::int64_t>> byClass;  // class id -> video ids
    for (const VideoRecord &video : videos) {
        if (usable(video))
            byClass[video.classId].push_back(video.id);
    }
    std::mt19937_64 rng(options.seed);
    std::map<std::int64_t, Subset> subsets;
    for (auto &[classId, ids] : byClass) {
        (void)classId;
        shuffle(ids, rng);
        const std::size_t n = ids.size();
        auto test = static_cast<std::size_t>(std::lround(options.testFraction * n));
        if (n >= 2 && options.testFraction > 0.0 && options.testFraction < 1.0)
            test = std::clamp<std::size_t>(test, 1, n - 1);
        for (std::size_t i = 0; i < n; ++i)
            subsets[ids[i]] = i < test ? Subset::Test : Subset::Train;
    }
    SplitResult result;
    write(project, options.split, videos, subsets, result);
    return result;
}

SplitResult makeGroupSplit(Project &project, const SplitOptions &options,
                           const std::string &groupPattern)
{
    checkFraction(options.testFraction);
    std::regex pattern;
    try {
        pattern = std::regex(groupPattern);
    } catch (const std::regex_error &e) {
        throw Error("split.pattern",
                    "The group pattern \"" + groupPattern + "\" is not a valid regular "
                    "expression: " + e.what() + ".");
    }
    SplitResult result;
    const std::vector<VideoRecord> videos = videosByPath(project);
    std::map<std::string, std::vector<std::int64_t>> groups;  // ordered: deterministic
    std::size_t total = 0;
    for (const VideoRecord &video : videos) {
        if (!usable(video))
            continue;
        std::smatch match;
        std::string key;
        if (std::regex_search(video.path, match, pattern)) {
            key = "g:" + (match.size() > 1 ? match[1].str() : match[0].str());
        } else {
            key = "v:" + video.path;  // a group of its own
            ++result.ungrouped;
        }
        groups[key].push_back(video.id);
        ++total;
    }
    result.groups = static_cast<int>(groups.size());

    std::vector<const std::vector<std::int64_t> *> order;
    for (const auto &entry : groups)
        order.push_back(&entry.second);
    std::mt19937_64 rng(options.seed);
    shuffle(order, rng);
    // Whole groups go to Test while that brings the test count closer to its target.
    const auto target = static_cast<long>(std::lround(options.testFraction * total));
    long test = 0;
    std::map<std::int64_t, Subset> subsets;
    for (const std::vector<std::int64_t> *group : order) {
        const long size = static_cast<long>(group->size());
        const bool toTest = std::labs(test + size - target) < std::labs(test - target);
        if (toTest)
            test += size;
        for (const std::int64_t id : *group)
            subsets[id] = toTest ? Subset::Test : Subset::Train;
    }
    write(project, options.split, videos, subsets, result);
    return result;
}

} // namespace as
