#include "core/video/thumbnail.h"

// PLACEHOLDER: replaced by the owner.
