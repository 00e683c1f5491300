#include "core/data/cacheformatbenchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/data/clipsampler.h"
#include "core/video/framecache.h"
#include "core/video/videoreader.h"

namespace as {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

cv::Size shortSideSize(cv::Size size, int shortSide)
{
    const double scale = static_cast<double>(shortSide) / std::min(size.width, size.height);
    return {std::max(1, static_cast<int>(std::lround(size.width * scale))),
            std::max(1, static_cast<int>(std::lround(size.height * scale)))};
}

/** A pack of decoded BGR frames: all frames of one size, back to back. */
struct RawPack
{
    std::string path;
    cv::Size size;
    int frames = 0;
};

RawPack writeRawPack(const FrameCache &cache, const std::string &path)
{
    RawPack pack{path, {cache.width(), cache.height()}, cache.frameCount()};
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (int i = 0; i < cache.frameCount(); ++i) {
        const cv::Mat frame = cache.frame(i);  // continuous BGR
        out.write(reinterpret_cast<const char *>(frame.data),
                  static_cast<std::streamsize>(frame.total() * frame.elemSize()));
    }
    if (!out)
        throw Error("file.write", "Cannot write " + path, path);
    return pack;
}

std::vector<cv::Mat> readRaw(const RawPack &pack, const std::vector<int> &indices)
{
    std::ifstream in(pack.path, std::ios::binary);
    const std::size_t frameBytes = static_cast<std::size_t>(pack.size.area()) * 3;
    std::vector<cv::Mat> frames;
    for (const int index : indices) {
        cv::Mat frame(pack.size, CV_8UC3);
        in.seekg(static_cast<std::streamoff>(frameBytes * static_cast<std::size_t>(index)));
        in.read(reinterpret_cast<char *>(frame.data), static_cast<std::streamsize>(frameBytes));
        frames.push_back(frame);
    }
    return frames;
}

std::vector<cv::Mat> decodeFromVideo(const std::string &video, const std::vector<int> &indices,
                                     int shortSide)
{
    VideoReader reader(video);
    const int last = *std::max_element(indices.begin(), indices.end());
    std::vector<cv::Mat> decoded(static_cast<std::size_t>(last + 1));
    cv::Mat frame;
    for (int i = 0; i <= last && reader.read(frame); ++i)
        if (std::find(indices.begin(), indices.end(), i) != indices.end())
            cv::resize(frame, decoded[static_cast<std::size_t>(i)],
                       shortSideSize(frame.size(), shortSide), 0, 0, cv::INTER_AREA);
    std::vector<cv::Mat> frames;
    for (const int index : indices)
        frames.push_back(decoded[static_cast<std::size_t>(index)]);
    return frames;
}

} // namespace

std::vector<CacheFormatResult> benchmarkCacheFormats(const CacheFormatBenchmarkOptions &options)
{
    fs::path scratch = options.scratchDir.empty()
                           ? fs::temp_directory_path() / ("as-cachebench-" + std::to_string(::getpid()))
                           : fs::path(options.scratchDir);
    fs::create_directories(scratch);
    // A temp dir of our own is removed however the benchmark ends.
    struct RemoveOnExit
    {
        fs::path path;
        ~RemoveOnExit()
        {
            std::error_code ec;
            if (!path.empty())
                fs::remove_all(path, ec);
        }
    } cleanup{options.scratchDir.empty() ? scratch : fs::path()};
    struct Entry
    {
        std::string video;
        std::string jpegPack;
        RawPack raw;
        int frames = 0;
    };
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < options.videos.size(); ++i) {
        Entry entry;
        entry.video = options.videos[i];
        entry.jpegPack = (scratch / (std::to_string(i) + ".asfc")).string();
        FrameCache::extract(entry.video, entry.jpegPack, options.shortSide);
        const FrameCache cache(entry.jpegPack);
        entry.frames = cache.frameCount();
        entry.raw = writeRawPack(cache, (scratch / (std::to_string(i) + ".raw")).string());
        entries.push_back(std::move(entry));
    }

    // The same clips for every format.
    const DenseClipSampler sampler(options.clipLengthFrames, options.frameInterval);
    std::mt19937_64 rng(7);
    std::vector<std::pair<std::size_t, std::vector<int>>> clips;
    for (std::size_t e = 0; e < entries.size(); ++e)
        for (int c = 0; c < options.clipsPerVideo; ++c)
            clips.emplace_back(e, sampler.sampleRandom(entries[e].frames, rng));

    std::uint64_t jpegBytes = 0, rawBytes = 0, videoBytes = 0, totalFrames = 0;
    for (const Entry &e : entries) {
        jpegBytes += fs::file_size(e.jpegPack);
        rawBytes += fs::file_size(e.raw.path);
        videoBytes += fs::file_size(e.video);
        totalFrames += static_cast<std::uint64_t>(e.frames);
    }
    const auto perFrame = [&](std::uint64_t bytes) {
        return totalFrames ? static_cast<double>(bytes) / static_cast<double>(totalFrames) : 0.0;
    };

    std::vector<CacheFormatResult> results;
    const auto time = [&](const std::string &format, double bytesPerFrame, auto &&read) {
        const auto start = Clock::now();
        std::size_t pixels = 0;  // keeps the reads observable
        for (const auto &[e, indices] : clips)
            for (const cv::Mat &frame : read(entries[e], indices))
                pixels += frame.total();
        const double seconds = secondsSince(start);
        results.push_back({format, pixels > 0 ? clips.size() / std::max(seconds, 1e-9) : 0.0,
                           bytesPerFrame, static_cast<int>(clips.size())});
    };
    time("jpeg-pack", perFrame(jpegBytes), [](const Entry &e, const std::vector<int> &indices) {
        return FrameCache(e.jpegPack).frames(indices);
    });
    time("raw-pack", perFrame(rawBytes), [](const Entry &e, const std::vector<int> &indices) {
        return readRaw(e.raw, indices);
    });
    time("video", perFrame(videoBytes), [&](const Entry &e, const std::vector<int> &indices) {
        return decodeFromVideo(e.video, indices, options.shortSide);
    });

    return results;
}

} // namespace as
