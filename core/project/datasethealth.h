#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/progress.h"
#include "core/config/experimentconfig.h"
#include "core/project/importers/splittools.h"
#include "core/project/projecttypes.h"

namespace as {

/** A video of the split that training cannot use, and why. */
struct HealthVideo
{
    std::int64_t id = 0;
    std::string path;
    std::string className; // empty when unlabelled
    Subset subset = Subset::Unused;
    int frames = 0;
    std::string error; // the probe's error (undecodable videos)
};

/** How many videos of each class one subset holds. */
struct SubsetBalance
{
    Subset subset = Subset::Train;
    std::vector<std::string> classNames; // every class of the project, in label order
    std::vector<int> counts; // videos per class, same order
    /** Largest count over smallest (0 when a class has none: infinitely unbalanced). */
    double imbalanceRatio = 1.0;
    int emptyClasses = 0; // classes with no video in this subset
};

/**
 * One bin of a histogram: [lower, upper) with a numeric label such as "25", "1–2" or "120+"
 * (no "<": chart axes read labels as rich text).
 */
struct HistogramBin
{
    double lower = 0.0;
    double upper = 0.0; // +infinity for the last bin
    std::string label; // numbers and dashes only, so it needs no translation
    int count = 0;
};

/**
 * A histogram over the split's videos. The bins are fixed (so two datasets compare) and
 * trimmed to the first and last non-empty one; the videos whose value is unknown (not probed,
 * undecodable) are counted apart, so the bins and `unknown` add up to the video count.
 */
struct Histogram
{
    std::vector<HistogramBin> bins;
    int unknown = 0;
    int total() const;
};

/** A source group (UCF101: the same actor and scene) found in both train and test. */
struct LeakedGroup
{
    std::string group;
    std::vector<std::string> trainVideos; // paths
    std::vector<std::string> testVideos;
};

/**
 * The findings of a dataset health check of one split, before training on it. Only the
 * videos in Train or Test count: Unused ones (skipped, unlabelled) are what training ignores.
 */
struct DatasetHealth
{
    int split = 1;
    int videoCount = 0; // videos in Train or Test
    int minFrames = 0; // the clip span the check used
    std::vector<HealthVideo> undecodable; // status Error, with the probe's error
    std::vector<HealthVideo> tooShort; // decodable, fewer than minFrames frames
    std::vector<SubsetBalance> balance; // Train, then Test
    Histogram fps;
    Histogram durationSeconds;
    Histogram shortSide; // resolution: the short side in pixels
    std::vector<LeakedGroup> leakedGroups;
    int ungrouped = 0; // videos whose name the group pattern did not match

    /**
     * What blocks a clean run: each undecodable or too-short video, each leaked group and each
     * class without training videos counts one. Imbalance alone is not a problem.
     */
    int problemCount() const;
    /** Ids of the undecodable and the too-short videos: what skipVideos should take. */
    std::vector<std::int64_t> unusableVideoIds() const;
};

/**
 * The frames one training clip of `config` spans in the source video, as its sampler counts
 * them: dense sampling (clipLength − 1) × interval + 1 (DenseClipSampler::spanFrames),
 * segment sampling (TSN) segments × frames per segment. A shorter video still trains (the
 * samplers loop it), but on repeated frames.
 */
int requiredFrames(const ExperimentConfig &config);

/**
 * Job: checks split `split` of the project in `projectDir` from what the project database
 * already holds (the probe's frames, fps, size and errors; no video is opened). `groupPattern`
 * is a regular expression whose first capture group (the whole match when it has none) found
 * in a video's file name is its source group. Progress stage "health", one unit per video.
 * Throws `Error` for a missing project or an invalid pattern, `Cancelled` when cancelled.
 */
DatasetHealth checkDatasetHealth(const std::string &projectDir, int split, int minFrames,
                                 const std::string &groupPattern, ProgressObserver &observer,
                                 const CancellationToken &token);

/** Moves `videoIds` to Subset::Unused in split `split`, in one transaction, so training skips them.
 */
void skipVideos(const std::string &projectDir, int split,
                const std::vector<std::int64_t> &videoIds);

} // namespace as
