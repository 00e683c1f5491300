#pragma once

// Small helpers shared by the test suites: where the shared test data lives, and a fresh
// temporary folder per test.

#include <filesystem>
#include <string>

#include <QTemporaryDir>

namespace as::test {

inline std::string testdata(const std::string &relative)
{
    return std::string(ACTIONSTUDIO_TESTDATA_DIR) + "/" + relative;
}

inline std::string fixture(const std::string &relative)
{
    return std::string(ACTIONSTUDIO_FIXTURES_DIR) + "/" + relative;
}

inline std::string path(const QTemporaryDir &dir, const std::string &relative = {})
{
    const std::string root = dir.path().toStdString();
    return relative.empty() ? root : root + "/" + relative;
}

} // namespace as::test
