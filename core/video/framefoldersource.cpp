#include "core/video/framefoldersource.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/common/error.h"

namespace as {

namespace fs = std::filesystem;

namespace {

bool isImageFile(const std::string &name)
{
    static const char *const kExtensions[] = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif",
                                              ".tiff"};
    std::string ext = fs::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

/** The file names of `dir`, sorted; throws naming the folder when it cannot be listed. */
std::vector<std::string> fileNames(const std::string &dir)
{
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec))
            names.push_back(it->path().filename().string());
    }
    if (ec)
        throw Error("video.unreadable",
                    "Cannot list the frame folder " + dir + ": " + ec.message() + ".", dir);
    std::sort(names.begin(), names.end());
    return names;
}

std::string zeroPadded(int number, int digits)
{
    std::string text = std::to_string(number);
    if (static_cast<int>(text.size()) < digits)
        text.insert(0, static_cast<std::size_t>(digits) - text.size(), '0');
    return text;
}

} // namespace

bool FrameFolderSource::isFrameFolder(const std::string &path)
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::string FrameFolderSource::detectTemplate(const std::string &dir)
{
    std::error_code ec;
    if (fs::is_regular_file(fs::path(dir) / "img_00001.jpg", ec))
        return kDefaultTemplate;
    for (const std::string &name : fileNames(dir)) {
        if (!isImageFile(name))
            continue;
        const std::string stem = fs::path(name).stem().string();
        std::size_t digitsStart = stem.size();
        while (digitsStart > 0 && std::isdigit(static_cast<unsigned char>(stem[digitsStart - 1])))
            --digitsStart;
        const std::size_t digits = stem.size() - digitsStart;
        if (digits == 0)
            continue;
        const std::string width = digits > 1 && stem[digitsStart] == '0'
                                      ? ":0" + std::to_string(digits)
                                      : std::string();
        return stem.substr(0, digitsStart) + "{" + width + "}" + fs::path(name).extension().string();
    }
    throw Error("video.unreadable",
                "The folder " + dir + " holds no numbered image (such as img_00001.jpg), so it is "
                "not a folder of frames.",
                dir);
}

VideoInfo FrameFolderSource::probe(const std::string &dir, const std::string &nameTemplate)
{
    const FrameFolderSource source(dir, nameTemplate);
    VideoInfo info;
    info.path = dir;
    info.fps = source.fps();
    info.frameCount = source.frameCount();
    info.width = source.width();
    info.height = source.height();
    return info;
}

FrameFolderSource::FrameFolderSource(const std::string &dir, std::string nameTemplate,
                                     int maxFrames, int startIndex)
    : m_dir(dir)
    , m_template(std::move(nameTemplate))
    , m_startIndex(startIndex)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error("video.notfound", "The frame folder " + dir + " does not exist.", dir);
    if (m_template.empty())
        m_template = detectTemplate(dir);

    // The template: prefix, one "{}" / "{:05}" / "{:05d}" number field, suffix.
    const std::size_t open = m_template.find('{');
    const std::size_t close = m_template.find('}', open == std::string::npos ? 0 : open);
    bool valid = open != std::string::npos && close != std::string::npos;
    if (valid) {
        std::string spec = m_template.substr(open + 1, close - open - 1);
        if (!spec.empty() && spec.back() == 'd')
            spec.pop_back();
        if (!spec.empty()) {
            valid = spec.size() >= 3 && spec[0] == ':' && spec[1] == '0' &&
                    std::all_of(spec.begin() + 2, spec.end(),
                                [](unsigned char c) { return std::isdigit(c) != 0; });
            if (valid)
                m_digits = std::stoi(spec.substr(2));
        }
        m_prefix = m_template.substr(0, open);
        m_suffix = m_template.substr(close + 1);
    }
    if (!valid || m_suffix.find('{') != std::string::npos)
        throw Error("video.template",
                    "The frame name template \"" + m_template + "\" is not a name with one "
                    "number field such as img_{:05}.jpg.",
                    dir);

    // One listing, then the numbers present; a name counts only when the template would write
    // exactly that name for its number (img_1.jpg is not frame 1 of img_{:05}.jpg).
    std::set<int> present;
    for (const std::string &name : fileNames(dir)) {
        if (name.size() <= m_prefix.size() + m_suffix.size() || name.rfind(m_prefix, 0) != 0 ||
            name.compare(name.size() - m_suffix.size(), m_suffix.size(), m_suffix) != 0)
            continue;
        const std::string digits =
            name.substr(m_prefix.size(), name.size() - m_prefix.size() - m_suffix.size());
        if (digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), [](unsigned char c) {
                return std::isdigit(c) != 0;
            }))
            continue;
        const int number = std::stoi(digits);
        if (zeroPadded(number, m_digits) == digits)
            present.insert(number);
    }
    if (present.empty() || *present.rbegin() < m_startIndex)
        throw Error("video.empty",
                    "The frame folder " + dir + " holds no frame named like " + m_template +
                        " from number " + std::to_string(m_startIndex) + ".",
                    dir);
    m_frameCount = *present.rbegin() - m_startIndex + 1;
    if (maxFrames > 0)
        m_frameCount = std::min(m_frameCount, maxFrames);
    for (int i = 0; i < m_frameCount; ++i) {
        if (!present.count(m_startIndex + i))
            throw Error("video.missingframe",
                        "The frame folder " + dir + " lacks the frame file " + framePath(i) +
                            " (frames " + std::to_string(m_startIndex) + " to " +
                            std::to_string(m_startIndex + m_frameCount - 1) +
                            " are expected without a gap).",
                        framePath(i));
    }
    const cv::Mat first = frame(0);
    m_width = first.cols;
    m_height = first.rows;
}

std::string FrameFolderSource::framePath(int index) const
{
    return (fs::path(m_dir) / (m_prefix + zeroPadded(m_startIndex + index, m_digits) + m_suffix))
        .string();
}

cv::Mat FrameFolderSource::frame(int index) const
{
    if (index < 0 || index >= m_frameCount)
        throw Error("video.range",
                    "Frame " + std::to_string(index) + " is out of range (0.." +
                        std::to_string(m_frameCount - 1) + ") in the frame folder " + m_dir + ".",
                    m_dir);
    const std::string path = framePath(index);
    cv::Mat image;
    try {
        image = cv::imread(path, cv::IMREAD_COLOR);  // grey (optical flow) frames become BGR
    } catch (const cv::Exception &) {
        image.release();
    }
    if (image.empty())
        throw Error("video.corrupt",
                    "The frame file " + path + " is missing or not a readable image.", path);
    return image;
}

bool FrameFolderSource::read(cv::Mat &frame)
{
    if (m_next >= m_frameCount)
        return false;
    frame = this->frame(m_next++);
    return true;
}

} // namespace as
