#include "core/video/framecache.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/video/framefoldersource.h"
#include "core/video/videoreader.h"

namespace as {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'A', 'S', 'F', 'C', '0', '0', '0', '1'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 4 + 8;
constexpr std::size_t kIndexEntryBytes = 8 + 8;
constexpr int kJpegQuality = 90;
// One JPEG frame larger than this is not a frame but a corrupt index.
constexpr std::uint64_t kMaxFrameBytes = 256ull << 20;

// The format is little endian whatever the host: write and read byte by byte.
void putU64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void putI32(std::string &out, std::int32_t v)
{
    const auto u = static_cast<std::uint32_t>(v);
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((u >> (8 * i)) & 0xff));
}

void putF64(std::string &out, double v)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    putU64(out, bits);
}

std::uint64_t getU64(const unsigned char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

std::int32_t getI32(const unsigned char *p)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | p[i];
    return static_cast<std::int32_t>(v);
}

double getF64(const unsigned char *p)
{
    const std::uint64_t bits = getU64(p);
    double v = 0.0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

/** Output size for a frame of `w`×`h` whose short side becomes `shortSide` (never below 1 px). */
cv::Size targetSize(int w, int h, int shortSide)
{
    if (shortSide <= 0)
        return {w, h};
    const double scale = static_cast<double>(shortSide) / std::min(w, h);
    const int tw = std::max(1, static_cast<int>(std::lround(w * scale)));
    const int th = std::max(1, static_cast<int>(std::lround(h * scale)));
    return {tw, th};
}

/** Removes the temporary files of an extraction that did not finish. */
struct TempFiles
{
    std::vector<std::string> paths;
    bool keep = false;
    ~TempFiles()
    {
        if (keep)
            return;
        for (const auto &p : paths)
            std::remove(p.c_str());
    }
};

[[noreturn]] void throwCorrupt(const std::string &path, const std::string &why)
{
    throw Error("cache.corrupt", "Frame cache " + path + " is corrupt: " + why
                                     + ". Delete it to extract the frames again.",
                path);
}

} // namespace

std::string FrameCache::packPath(const std::string &cacheDir, std::int64_t videoId, int shortSide)
{
    return (fs::path(cacheDir) / (std::to_string(videoId) + "_s" + std::to_string(shortSide) + ".asfc"))
        .string();
}

int FrameCache::extract(const std::string &videoPath, const std::string &packFile, int shortSide,
                        const std::function<bool()> &shouldStop, int maxFrames)
{
    // A folder of extracted frames is read like a video; both throw naming what is wrong.
    std::unique_ptr<FrameFolderSource> folder;
    std::unique_ptr<VideoReader> reader;
    if (FrameFolderSource::isFrameFolder(videoPath))
        folder = std::make_unique<FrameFolderSource>(videoPath, std::string(), maxFrames);
    else
        reader = std::make_unique<VideoReader>(videoPath);
    double fps = folder ? folder->fps() : reader->fps();
    if (!(fps > 0.0 && fps < 1000.0))
        fps = 25.0;  // same fallback as probeVideo()

    std::error_code ec;
    const fs::path parent = fs::path(packFile).parent_path();
    if (!parent.empty())
        fs::create_directories(parent, ec);

    // The index precedes the payloads but the frame count is only known at the end (containers
    // lie about it), so the JPEGs go to a scratch file first and are appended after the index.
    // This keeps memory flat for long videos.
    const std::string tmpPath = tempPathFor(packFile);
    const std::string payloadPath = tmpPath + ".payload";
    TempFiles temps{{tmpPath, payloadPath}};

    std::ofstream payload(payloadPath, std::ios::binary | std::ios::trunc);
    if (!payload)
        throw Error("file.write", "Cannot create the frame cache file " + payloadPath, packFile);

    std::vector<std::uint64_t> sizes;
    cv::Size outSize;
    cv::Mat frame;
    cv::Mat resized;
    std::vector<uchar> jpeg;
    const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, kJpegQuality};
    while (true) {
        if (shouldStop && shouldStop())
            throw Cancelled();  // TempFiles removes the partial files
        if (maxFrames > 0 && static_cast<int>(sizes.size()) >= maxFrames)
            break;
        if (!(folder ? folder->read(frame) : reader->read(frame)))
            break;
        try {
            if (frame.channels() == 1)
                cv::cvtColor(frame, frame, cv::COLOR_GRAY2BGR);
            else if (frame.channels() == 4)
                cv::cvtColor(frame, frame, cv::COLOR_BGRA2BGR);
            // The first frame fixes the size; a stream that changes resolution midway is
            // scaled to it so every clip of the pack stacks into one tensor.
            if (sizes.empty())
                outSize = targetSize(frame.cols, frame.rows, shortSide);
            if (frame.size() == outSize) {
                resized = frame;
            } else {
                // INTER_AREA averages pixels when shrinking (no aliasing); when enlarging it
                // behaves like bilinear, which is what we want for tiny videos as well.
                cv::resize(frame, resized, outSize, 0, 0, cv::INTER_AREA);
            }
            if (!cv::imencode(".jpg", resized, jpeg, params))
                throw Error("cache.encode", "Cannot JPEG-encode frame " + std::to_string(sizes.size())
                                                + " of " + videoPath, videoPath);
        } catch (const cv::Exception &e) {
            throw Error("cache.encode", "Cannot convert frame " + std::to_string(sizes.size())
                                            + " of " + videoPath + ": " + e.what(), videoPath);
        }
        payload.write(reinterpret_cast<const char *>(jpeg.data()),
                      static_cast<std::streamsize>(jpeg.size()));
        if (!payload)
            throw Error("file.write", "Cannot write the frame cache " + packFile + " (disk full?)",
                        packFile);
        sizes.push_back(jpeg.size());
    }
    payload.close();
    if (sizes.empty())
        throw Error("video.unreadable",
                    "No frame of " + videoPath + " could be decoded (corrupt or truncated file)",
                    videoPath);

    std::string head;
    head.append(kMagic, sizeof kMagic);
    putI32(head, static_cast<std::int32_t>(sizes.size()));
    putI32(head, outSize.width);
    putI32(head, outSize.height);
    putF64(head, fps);
    std::uint64_t offset = kHeaderBytes + kIndexEntryBytes * sizes.size();
    for (const std::uint64_t size : sizes) {
        putU64(head, offset);
        putU64(head, size);
        offset += size;
    }

    {
        std::ofstream out(tmpPath, std::ios::binary | std::ios::trunc);
        std::ifstream in(payloadPath, std::ios::binary);
        if (!out || !in)
            throw Error("file.write", "Cannot create the frame cache " + packFile, packFile);
        out.write(head.data(), static_cast<std::streamsize>(head.size()));
        out << in.rdbuf();
        out.flush();
        if (!out || static_cast<std::uint64_t>(out.tellp()) != offset)
            throw Error("file.write", "Cannot write the frame cache " + packFile + " (disk full?)",
                        packFile);
    }
    std::remove(payloadPath.c_str());
    commitTempFile(tmpPath, packFile);
    temps.keep = true;
    return static_cast<int>(sizes.size());
}

FrameCache::FrameCache(const std::string &packFile)
    : m_path(packFile)
{
    std::error_code ec;
    if (!fs::is_regular_file(packFile, ec))
        throw Error("cache.notfound", "Frame cache file not found: " + packFile, packFile);
    const std::uint64_t fileSize = fs::file_size(packFile, ec);
    std::ifstream in(packFile, std::ios::binary);
    if (ec || !in)
        throw Error("cache.unreadable", "Cannot read the frame cache " + packFile, packFile);

    std::array<unsigned char, kHeaderBytes> header{};
    if (fileSize < kHeaderBytes || !in.read(reinterpret_cast<char *>(header.data()), kHeaderBytes))
        throwCorrupt(packFile, "it is shorter than its header");
    if (std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        throwCorrupt(packFile, "it does not start with ASFC0001");
    const std::int32_t count = getI32(header.data() + 8);
    m_width = getI32(header.data() + 12);
    m_height = getI32(header.data() + 16);
    m_fps = getF64(header.data() + 20);
    if (count <= 0 || static_cast<std::uint64_t>(count) > (fileSize - kHeaderBytes) / kIndexEntryBytes)
        throwCorrupt(packFile, "bad frame count " + std::to_string(count));
    if (m_width <= 0 || m_height <= 0 || m_width > 1 << 16 || m_height > 1 << 16)
        throwCorrupt(packFile, "bad frame size " + std::to_string(m_width) + "x"
                                   + std::to_string(m_height));
    if (!(m_fps > 0.0 && m_fps < 1e6))
        throwCorrupt(packFile, "bad frame rate");

    std::vector<unsigned char> index(static_cast<std::size_t>(count) * kIndexEntryBytes);
    if (!in.read(reinterpret_cast<char *>(index.data()), static_cast<std::streamsize>(index.size())))
        throwCorrupt(packFile, "its index is truncated");
    const std::uint64_t dataStart = kHeaderBytes + index.size();
    m_offsets.resize(count);
    m_sizes.resize(count);
    for (int i = 0; i < count; ++i) {
        const std::uint64_t offset = getU64(index.data() + i * kIndexEntryBytes);
        const std::uint64_t size = getU64(index.data() + i * kIndexEntryBytes + 8);
        // Checked here once so that frame() can trust the index; written this way round so a
        // huge offset cannot overflow the sum.
        if (offset < dataStart || size == 0 || size > kMaxFrameBytes || offset > fileSize
            || size > fileSize - offset)
            throwCorrupt(packFile, "frame " + std::to_string(i) + " lies outside the file");
        m_offsets[i] = offset;
        m_sizes[i] = size;
    }
}

cv::Mat FrameCache::frame(int index) const
{
    return frames({index}).front();
}

std::vector<cv::Mat> FrameCache::frames(const std::vector<int> &indices) const
{
    std::vector<cv::Mat> out;
    out.reserve(indices.size());
    if (indices.empty())
        return out;
    // A stream per call keeps concurrent readers (loader threads) independent.
    std::ifstream in(m_path, std::ios::binary);
    if (!in)
        throw Error("cache.unreadable", "Cannot read the frame cache " + m_path, m_path);
    std::vector<uchar> buffer;
    for (const int index : indices) {
        if (index < 0 || index >= frameCount())
            throw Error("cache.range", "Frame " + std::to_string(index) + " is out of range (0.."
                                           + std::to_string(frameCount() - 1) + ") in " + m_path,
                        m_path);
        buffer.resize(m_sizes[index]);
        in.seekg(static_cast<std::streamoff>(m_offsets[index]));
        if (!in.read(reinterpret_cast<char *>(buffer.data()),
                     static_cast<std::streamsize>(buffer.size())))
            throwCorrupt(m_path, "frame " + std::to_string(index) + " cannot be read");
        cv::Mat image;
        try {
            image = cv::imdecode(buffer, cv::IMREAD_COLOR);
        } catch (const cv::Exception &) {
            image.release();
        }
        if (image.empty() || image.cols != m_width || image.rows != m_height)
            throwCorrupt(m_path, "frame " + std::to_string(index) + " is not a valid JPEG of "
                                     + std::to_string(m_width) + "x" + std::to_string(m_height));
        out.push_back(std::move(image));
    }
    return out;
}

} // namespace as
