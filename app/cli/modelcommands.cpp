#include "clicommands.h"

#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "core/models/flopcounter.h"

namespace as::cli {

void addModelsCommand(CLI::App &app)
{
    CLI::App *models = app.add_subcommand(
        "models", "List the registered models with their exact parameter count and GFLOPs per "
                  "clip at their reference input");
    auto numClasses = std::make_shared<int>(400);
    models->add_option("--num-classes,-c", *numClasses, "Classes of the classifier")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    models->callback([numClasses] {
        // GFLOPs as the fixtures README counts them: conv + linear multiply-adds, no bias.
        fmt::print("{:<20} {:>12} {:>9}  {}\n", "model", "parameters", "GFLOPs",
                   "input per clip (frames x crop, sampling)");
        std::fflush(stdout);
        measureAllModelCosts(*numClasses, [](const ModelCost &cost) {
            fmt::print("{:<20} {:>12} {:>9.3f}  {}x{}x{} {}\n", cost.name, cost.parameters,
                       cost.multiplyAdds * 1e-9, cost.clipLengthFrames, cost.cropSize,
                       cost.cropSize, cost.sampling);
            std::fflush(stdout);
        });
        fmt::print("GFLOPs: multiply-adds of conv and linear layers (bias not counted) x 1e-9, "
                   "one clip, batch 1, {} classes\n",
                   *numClasses);
    });
}

} // namespace as::cli
