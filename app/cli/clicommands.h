#pragma once

#include <CLI/CLI.hpp>

#include "core/common/cancellation.h"

namespace as::cli {

/**
 * Each function adds one subcommand to the app; its callback runs the command and throws
 * `as::Error` for bad input, which main() prints and turns into exit code 1.
 */
void addSynthCommand(CLI::App &app);
void addImportCommand(CLI::App &app);  // datacommands.cpp
void addExportCommand(CLI::App &app);
void addSplitCommand(CLI::App &app);
void addExtractCommand(CLI::App &app);
void addDemoCommand(CLI::App &app);
void addTrainCommand(CLI::App &app);
void addEvalCommand(CLI::App &app);
void addTestCommand(CLI::App &app);
void addPredictCommand(CLI::App &app);
void addRunsCommand(CLI::App &app);
void addBenchCommand(CLI::App &app);
void addWeightsCommand(CLI::App &app);
void addModelsCommand(CLI::App &app);
void addLiveCommand(CLI::App &app);  // livecommands.cpp
void addSegmentsCommand(CLI::App &app);  // segmentcommands.cpp
void addProposeCommand(CLI::App &app);  // proposecommands.cpp

/** Set by SIGINT: commands pass it to jobs so Ctrl+C stops cleanly (checkpoint kept). */
const CancellationToken &interruptToken();

} // namespace as::cli
