#pragma once

// Helpers of the dataset test suites (testimporters, testdatasettools): tiny generated videos
// and frame folders, fake video records, and a project's split membership to compare.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <QtTest>

#include "core/project/project.h"
#include "core/project/projecttypes.h"

namespace as::test {

inline bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

/** Writes `text` to `path`, creating its folder. */
inline void writeText(const std::string &path, const std::string &text)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
}

/** A tiny real video: MJPG in AVI, 64x48, `frames` frames at 10 fps. */
inline void writeVideo(const std::string &path, int frames = 6)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    cv::VideoWriter writer(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                           cv::Size(64, 48));
    QVERIFY2(writer.isOpened(), path.c_str());
    for (int i = 0; i < frames; ++i)
        writer.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar(i * 20, 100, 255 - i * 20)));
}

/** A folder of `frames` JPEG frames 40x30 named by `pattern` (printf style, from 1). */
inline void writeFrameFolder(const std::string &dir, int frames, const char *pattern = "img_%05d.jpg")
{
    std::filesystem::create_directories(dir);
    for (int i = 1; i <= frames; ++i) {
        char name[64];
        std::snprintf(name, sizeof name, pattern, i);
        cv::imwrite(dir + "/" + name, cv::Mat(30, 40, CV_8UC3, cv::Scalar(i * 25, 80, 200)));
    }
}

/** A record that looks probed, for `path`: no file is needed (split tools read paths only). */
inline VideoRecord fakeVideo(const std::string &path, std::int64_t classId)
{
    VideoRecord v;
    v.path = path;
    v.classId = classId;
    v.fps = 25.0;
    v.frameCount = 50;
    v.width = 64;
    v.height = 48;
    v.status = VideoStatus::Ready;
    return v;
}

/** Split membership of a project as "path -> subset" for comparisons across projects. */
inline std::map<std::string, std::pair<std::string, Subset>> membership(const Project &p, int split)
{
    std::map<std::int64_t, std::string> names;
    for (const ClassInfo &c : p.classes())
        names[c.id] = c.name;
    std::map<std::string, std::pair<std::string, Subset>> result;
    for (const VideoRecord &v : p.videos())
        result[v.path] = {names[v.classId], p.subset(split, v.id)};
    return result;
}

/** The project's class names in label order. */
inline std::vector<std::string> classNames(const Project &p)
{
    std::vector<std::string> names;
    for (const ClassInfo &c : p.classes())
        names.push_back(c.name);
    return names;
}

} // namespace as::test
