#include "core/common/fileutil.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include "core/common/error.h"

namespace as {

std::string tempPathFor(const std::string &path)
{
    const auto tid = std::hash<std::thread::id>{}(std::this_thread::get_id());
    return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(tid % 100000);
}

static void fsyncFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void commitTempFile(const std::string &tmpPath, const std::string &path)
{
    fsyncFile(tmpPath);
    if (std::rename(tmpPath.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(tmpPath.c_str());
        throw Error("file.write", "Cannot write " + path + ": " + reason, path);
    }
}

void writeFileAtomically(const std::string &path, const std::string &contents)
{
    const std::string tmp = tempPathFor(path);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error("file.write", "Cannot create " + tmp + ": " + std::strerror(errno), path);
        out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw Error("file.write", "Cannot write " + path + " (disk full?)", path);
        }
    }
    commitTempFile(tmp, path);
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("file.read", "Cannot read " + path + ": " + std::strerror(errno), path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace as
