#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace as {

/** The median of `values` (0 when empty); benchmarks quote medians of their timed steps. */
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

} // namespace as
