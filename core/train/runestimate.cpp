#include "core/train/runestimate.h"

// PLACEHOLDER: replaced by the owner.
