#pragma once

// The state_dict format of shared/fixtures/*.keys.txt, for the model test suites:
// one line per entry, `key<TAB>[d0, d1, …]<TAB>dtype`, in state_dict order.

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <torch/types.h>

namespace as::test {

/** The non-empty lines of a text file (a fixture keys file). */
inline std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty())
            lines.push_back(line);
    }
    return lines;
}

/** One of our state_dict entries in the fixture's (Python) formatting. */
inline std::string keyLine(const std::string &key, const torch::Tensor &t)
{
    std::ostringstream out;
    out << key << "\t[";
    for (std::int64_t d = 0; d < t.dim(); ++d)
        out << (d ? ", " : "") << t.size(d);
    out << "]\t" << (t.scalar_type() == torch::kLong ? "int64" : "float32");
    return out.str();
}

} // namespace as::test
