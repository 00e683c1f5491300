// actionstudio-cli: everything the desktop app can do to a project, headless.

#include <csignal>
#include <cstdio>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "clicommands.h"
#include "core/common/error.h"
#include "core/config/configio.h"

namespace as::cli {

const CancellationToken &interruptToken()
{
    static const CancellationToken token;
    return token;
}

} // namespace as::cli

namespace {

void onInterrupt(int)
{
    // Only an atomic store: safe in a signal handler. A second Ctrl+C kills as usual.
    as::cli::interruptToken().cancel();
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app{"ActionStudio command line: data, training, evaluation and prediction for video "
                 "action recognition"};
    app.set_version_flag("--version", std::string("actionstudio-cli ") + ACTIONSTUDIO_VERSION);
    app.require_subcommand(1);
    as::cli::addSynthCommand(app);
    as::cli::addImportCommand(app);
    as::cli::addExportCommand(app);
    as::cli::addSplitCommand(app);
    as::cli::addExtractCommand(app);
    as::cli::addDemoCommand(app);
    as::cli::addTrainCommand(app);
    as::cli::addEvalCommand(app);
    as::cli::addTestCommand(app);
    as::cli::addPredictCommand(app);
    as::cli::addRunsCommand(app);
    as::cli::addBenchCommand(app);
    as::cli::addWeightsCommand(app);
    as::cli::addModelsCommand(app);
    as::cli::addLiveCommand(app);
    as::cli::addSegmentsCommand(app);
    as::cli::addProposeCommand(app);

    (void)as::cli::interruptToken();
    std::signal(SIGINT, onInterrupt);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        return app.exit(e);
    } catch (const as::Cancelled &) {
        fmt::print(stderr, "interrupted\n");
        return 130;
    } catch (const as::Error &e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return 1;
    } catch (const std::exception &e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return 1;
    }
    return 0;
}
