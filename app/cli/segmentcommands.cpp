// actionstudio-cli segments: labelled segments of a project as CSV (video,start_s,end_s,label)
// or as mmaction2 lists of cut clips.

#include "clicommands.h"

#include <memory>

#include <fmt/core.h>

#include "core/project/project.h"
#include "core/project/segmentclipexport.h"
#include "core/project/segmentcsv.h"

namespace as::cli {

void addSegmentsCommand(CLI::App &app)
{
    CLI::App *segments
        = app.add_subcommand("segments",
                             "Labelled segments of a project: CSV (video,start_s,end_s,label) or "
                             "mmaction2 lists of cut clips");
    segments->require_subcommand(1);

    struct Args
    {
        std::string project;
        std::string csv;
        std::string format = "csv";
        int split = 1;
        bool writeClips = false;
    };
    auto exportArgs = std::make_shared<Args>();
    CLI::App *out = segments->add_subcommand(
        "export",
        "Write every segment with a class: as CSV (paths relative to the CSV's folder "
        "when inside it), or as mmaction2 lists of cut clips of a split");
    out->add_option("-p,--project", exportArgs->project, "Project folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    out->add_option("-o,--output", exportArgs->csv,
                    "CSV file to write (csv), or the folder of the lists (mmaction)")
        ->required();
    out->add_option("--format", exportArgs->format,
                    "csv: video,start_s,end_s,label; mmaction: label_map.txt, train.txt, "
                    "val.txt and clips.csv of cut clips")
        ->check(CLI::IsMember({"csv", "mmaction"}))
        ->capture_default_str();
    out->add_option("--split", exportArgs->split,
                    "Split whose train and test videos to list "
                    "(mmaction)")
        ->check(CLI::Range(1, 10))
        ->capture_default_str();
    out->add_flag("--write-clips", exportArgs->writeClips,
                  "Also cut every segment into clips/<class>/<video>_<start>_<end>.avi (mmaction)");
    out->callback([exportArgs] {
        const Project project = Project::open(exportArgs->project);
        if (exportArgs->format == "csv") {
            if (exportArgs->writeClips)
                throw Error("cli.usage", "--write-clips needs --format mmaction");
            const int rows = exportSegmentsCsv(project, exportArgs->csv);
            fmt::print("segments written: {} to {}\n", rows, exportArgs->csv);
            return;
        }
        SegmentClipExportOptions options;
        options.outDir = exportArgs->csv;
        options.split = exportArgs->split;
        options.writeClips = exportArgs->writeClips;
        NullProgressObserver quiet;
        const SegmentClipExportReport report = exportSegmentClips(project, options, quiet);
        for (const ErrorInfo &problem : report.problems)
            fmt::print(stderr, "warning: {}\n", problem.message);
        fmt::print("clips listed: {} train, {} val; clips written: {}; lists in {}\n", report.train,
                   report.val, report.clipsWritten, exportArgs->csv);
    });

    auto importArgs = std::make_shared<Args>();
    CLI::App *in = segments->add_subcommand(
        "import",
        "Add the segments of a CSV to videos of the project (new labels become "
        "classes); all or nothing: a bad row names its line and nothing is added");
    in->add_option("-p,--project", importArgs->project, "Project folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    in->add_option("CSV", importArgs->csv, "CSV file")->required()->check(CLI::ExistingFile);
    in->callback([importArgs] {
        Project project = Project::open(importArgs->project);
        const SegmentCsvImport report = importSegmentsCsv(project, importArgs->csv);
        fmt::print("segments added: {} on {} videos, classes added: {}\n", report.segments,
                   report.videos, report.classesAdded);
    });
}

} // namespace as::cli
