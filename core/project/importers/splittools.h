#pragma once

#include <cstdint>
#include <string>

namespace as {

class Project;

/** A split to make: its number, the test share of each class, and the seed. */
struct SplitOptions
{
    int split = 1;
    double testFraction = 0.3;  // 0..1
    std::uint64_t seed = 0;
};

/** What a split tool wrote. */
struct SplitResult
{
    int train = 0;
    int test = 0;
    int unused = 0;     // unlabelled videos and videos in error
    int groups = 0;     // group split: distinct groups
    int ungrouped = 0;  // group split: videos the pattern did not match (each its own group)
};

/** UCF101's group pattern: `v_Class_g08_c01.avi` is group "08". */
constexpr const char *kUcf101GroupPattern = "_g([0-9]+)_";

/**
 * Random stratified split: within each class, `round(testFraction * n)` videos (at least one
 * of each side when a class has two or more) go to Test, the rest to Train. Deterministic for
 * a seed (videos are ordered by path, so the same files give the same split in any project).
 * Unlabelled and failed videos are Unused. Written in one transaction as split `split`.
 * Throws `Error` for a fraction outside 0..1.
 */
SplitResult makeStratifiedSplit(Project &project, const SplitOptions &options);

/**
 * Group-aware split: the group of a video is the first capture group of `groupPattern` found
 * in its path (the whole match when the pattern has no group; UCF101: `_g([0-9]+)_`). Groups
 * are shuffled with the seed and whole groups go to Test until about `testFraction` of the
 * videos are there, so no group spans Train and Test. Videos the pattern does not match are
 * groups of their own (counted). Throws `Error` for an invalid pattern or fraction.
 */
SplitResult makeGroupSplit(Project &project, const SplitOptions &options,
                           const std::string &groupPattern = kUcf101GroupPattern);

} // namespace as
