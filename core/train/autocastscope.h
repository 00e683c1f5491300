#pragma once

#include <ATen/autocast_mode.h>

namespace as {

/**
 * Turns CUDA float16 autocast on for its lifetime (what `with torch.autocast("cuda")` does in
 * Python) and restores the previous state after; does nothing when not `enabled`.
 */
class AutocastScope
{
public:
    explicit AutocastScope(bool enabled)
        : m_enabled(enabled)
        , m_previous(at::autocast::is_enabled())
    {
        if (m_enabled) {
            at::autocast::set_enabled(true);
            at::autocast::increment_nesting();
        }
    }
    ~AutocastScope()
    {
        if (m_enabled) {
            if (at::autocast::decrement_nesting() == 0)
                at::autocast::clear_cache();
            at::autocast::set_enabled(m_previous);
        }
    }
    AutocastScope(const AutocastScope &) = delete;
    AutocastScope &operator=(const AutocastScope &) = delete;

private:
    bool m_enabled;
    bool m_previous;
};

} // namespace as
