#include "core/video/framesequence.h"

// PLACEHOLDER: replaced by the owner.
