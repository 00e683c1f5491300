#pragma once

// PLACEHOLDER: replaced by the owner.

namespace as {
} // namespace as
