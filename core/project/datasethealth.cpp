#include "core/project/datasethealth.h"

// PLACEHOLDER: replaced by the owner.
