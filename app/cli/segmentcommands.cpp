// actionstudio-cli segments: labelled segments of a project as CSV (video,start_s,end_s,label).

#include "clicommands.h"

#include <memory>

#include <fmt/core.h>

#include "core/project/project.h"
#include "core/project/segmentcsv.h"

namespace as::cli {

void addSegmentsCommand(CLI::App &app)
{
    CLI::App *segments = app.add_subcommand(
        "segments", "Labelled segments of a project as CSV: video,start_s,end_s,label");
    segments->require_subcommand(1);

    struct Args
    {
        std::string project;
        std::string csv;
    };
    auto exportArgs = std::make_shared<Args>();
    CLI::App *out = segments->add_subcommand(
        "export", "Write every segment with a class (paths relative to the CSV's folder when "
                  "inside it)");
    out->add_option("-p,--project", exportArgs->project, "Project folder")
        ->required()->check(CLI::ExistingDirectory);
    out->add_option("-o,--output", exportArgs->csv, "CSV file to write")->required();
    out->callback([exportArgs] {
        const Project project = Project::open(exportArgs->project);
        const int rows = exportSegmentsCsv(project, exportArgs->csv);
        fmt::print("segments written: {} to {}\n", rows, exportArgs->csv);
    });

    auto importArgs = std::make_shared<Args>();
    CLI::App *in = segments->add_subcommand(
        "import", "Add the segments of a CSV to videos of the project (new labels become "
                  "classes); all or nothing: a bad row names its line and nothing is added");
    in->add_option("-p,--project", importArgs->project, "Project folder")
        ->required()->check(CLI::ExistingDirectory);
    in->add_option("CSV", importArgs->csv, "CSV file")->required()->check(CLI::ExistingFile);
    in->callback([importArgs] {
        Project project = Project::open(importArgs->project);
        const SegmentCsvImport report = importSegmentsCsv(project, importArgs->csv);
        fmt::print("segments added: {} on {} videos, classes added: {}\n", report.segments,
                   report.videos, report.classesAdded);
    });
}

} // namespace as::cli
