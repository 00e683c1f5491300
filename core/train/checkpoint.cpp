#include "core/train/checkpoint.h"

#include <cstdio>

#include <torch/serialize.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

void saveCheckpoint(const std::string &path, const torch::nn::Module &model,
                    const torch::optim::Optimizer *optimizer, const CheckpointState &state)
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
        archive.save_to(tmp);
    } catch (const c10::Error &e) {
        std::remove(tmp.c_str());
        throw Error("checkpoint.write", "Cannot write checkpoint " + path + ": " + e.what_without_backtrace(),
                    path);
    }
    commitTempFile(tmp, path);
}

CheckpointState loadCheckpoint(const std::string &path, torch::nn::Module &model,
                               torch::optim::Optimizer *optimizer)
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
    } catch (const c10::Error &e) {
        throw Error("checkpoint.read",
                    "Cannot load checkpoint " + path + ": " + e.what_without_backtrace(), path);
    }
    return state;
}

} // namespace as
