#include "core/train/checkpoint.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <regex>
#include <sstream>

#include <torch/serialize.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/train/modelema.h"

namespace as {

void saveCheckpoint(const std::string &path, const torch::nn::Module &model,
                    const torch::optim::Optimizer *optimizer, const CheckpointState &state,
                    const ModelEma *ema)
{
    const std::string tmp = tempPathFor(path);
    try {
        torch::serialize::OutputArchive archive;
        torch::serialize::OutputArchive modelArchive;
        model.save(modelArchive);
        archive.write("model", modelArchive);
        if (optimizer) {
            torch::serialize::OutputArchive optimArchive;
            optimizer->save(optimArchive);
            archive.write("optimizer", optimArchive);
        }
        archive.write("next_epoch", torch::tensor(static_cast<std::int64_t>(state.nextEpoch)));
        archive.write("global_step", torch::tensor(state.globalStep));
        archive.write("best_val_top1", torch::tensor(state.bestValTop1, torch::kFloat64));
        if (ema)
            ema->save(archive);
        archive.save_to(tmp);
    } catch (const c10::Error &e) {
        std::remove(tmp.c_str());
        throw Error("checkpoint.write", "Cannot write checkpoint " + path + ": " + e.what_without_backtrace(),
                    path);
    }
    commitTempFile(tmp, path);
}

CheckpointState loadCheckpoint(const std::string &path, torch::nn::Module &model,
                               torch::optim::Optimizer *optimizer, ModelEma *ema)
{
    CheckpointState state;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path);
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        model.load(modelArchive);
        if (optimizer) {
            torch::serialize::InputArchive optimArchive;
            if (archive.try_read("optimizer", optimArchive))
                optimizer->load(optimArchive);
        }
        torch::Tensor t;
        archive.read("next_epoch", t);
        state.nextEpoch = static_cast<int>(t.item<std::int64_t>());
        archive.read("global_step", t);
        state.globalStep = t.item<std::int64_t>();
        archive.read("best_val_top1", t);
        state.bestValTop1 = t.item<double>();
        if (ema)
            ema->load(archive);
    } catch (const c10::Error &e) {
        throw Error("checkpoint.read",
                    "Cannot load checkpoint " + path + ": " + e.what_without_backtrace(), path);
    }
    return state;
}

std::string runCheckpoint(const std::string &runDir, bool preferBest)
{
    const std::filesystem::path folder = std::filesystem::path(runDir) / "checkpoints";
    for (const char *name : {"best.pt", "last.pt"}) {
        if (!preferBest && std::string(name) == "best.pt")
            continue;
        const std::filesystem::path path = folder / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec))
            return path.string();
    }
    throw Error("run.nocheckpoint",
                "Run " + runDir + " has no checkpoint yet (no epoch finished)", runDir);
}

std::string epochCheckpointName(int epoch)
{
    std::ostringstream name;
    name << "epoch_" << std::setw(4) << std::setfill('0') << epoch << ".pt";
    return name.str();
}

bool isCheckpointEpoch(int epoch, int every, int epochs)
{
    return epoch == epochs || (every > 0 && epoch % every == 0);
}

std::vector<std::string> pruneEpochCheckpoints(const std::string &folder, int keepLast)
{
    namespace fs = std::filesystem;
    static const std::regex kEpochFile(R"(epoch_(\d+)\.pt)");
    std::vector<std::pair<int, std::string>> found;
    std::error_code ec;
    for (const fs::directory_entry &entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        std::smatch match;
        if (std::regex_match(name, match, kEpochFile))
            found.emplace_back(std::stoi(match[1].str()), name);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> deleted;
    const std::size_t keep = static_cast<std::size_t>(std::max(0, keepLast));
    for (std::size_t i = 0; i + keep < found.size(); ++i) {
        fs::remove(fs::path(folder) / found[i].second, ec);
        if (!ec)
            deleted.push_back(found[i].second);
    }
    return deleted;
}

} // namespace as
