// Compiled only to produce the precompiled header the core modules reuse.
