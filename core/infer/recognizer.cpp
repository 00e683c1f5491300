#include "core/infer/recognizer.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <random>
#include <sstream>

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/config/configio.h"
#include "core/data/clipsampler.h"
#include "core/data/cliptransform.h"
#include "core/models/modelregistry.h"
#include "core/models/statedict.h"
#include "core/train/checkpoint.h"
#include "core/train/trainingsetup.h"
#include "core/video/videoinfo.h"
#include "core/video/videoreader.h"

namespace as {

namespace fs = std::filesystem;

struct Recognizer::Impl
{
    ExperimentConfig config;
    std::vector<std::string> classNames;
    std::shared_ptr<VideoModelImpl> model;
    torch::Device device{torch::kCPU};
    std::optional<ModelCard> card; // set when loaded from an exported weights file

    /** A run folder: its config, classes and checkpoint path. */
    std::string loadRun(const std::string &runDir, bool preferBest);
    /** An exported weights file: config and classes from the card beside it. */
    void loadCard(const std::string &weightsPath);
};

std::string Recognizer::Impl::loadRun(const std::string &runDir, bool preferBest)
{
    if (!fs::exists(runDir + "/config.yaml"))
        throw Error("run.notfound",
                    "Not a run folder (no config.yaml) nor an exported weights file: " + runDir,
                    runDir);
    config = loadConfig(runDir + "/config.yaml");
    std::istringstream names(readFile(runDir + "/classes.txt"));
    for (std::string line; std::getline(names, line);)
        if (!line.empty())
            classNames.push_back(line);
    return runCheckpoint(runDir, preferBest);
}

void Recognizer::Impl::loadCard(const std::string &weightsPath)
{
    const std::string cardPath = weightsPath + ".json";
    if (!fs::exists(cardPath))
        throw Error("card.missing",
                    "The weights file " + weightsPath + " has no model card beside it (expected "
                        + cardPath + ", as `actionstudio-cli weights export` writes it)",
                    weightsPath);
    card = readModelCard(cardPath);
    if (!isKnownModel(card->model))
        throw Error("card.field",
                    "Model card " + cardPath + ": the field \"model\" names an unknown model '"
                        + card->model + "'",
                    cardPath + ":model");
    classNames = card->classes;
    config.model.name = card->model;
    config.model.numClasses = static_cast<int>(card->classes.size());
    config.input.clipLengthFrames = card->input.clipLengthFrames;
    config.input.frameInterval = card->input.frameInterval;
    config.input.shortSide = card->input.shortSide;
    config.input.cropSize = card->input.cropSize;
    config.input.mean = card->input.mean;
    config.input.std = card->input.std;
    config.data.cacheShortSide =
        card->frameShortSide > 0 ? card->frameShortSide : card->input.shortSide;
}

Recognizer::Recognizer(const std::string &source, bool preferBest)
    : m_impl(std::make_unique<Impl>())
{
    const bool weightsFile = fs::is_regular_file(source);
    std::string checkpoint;
    if (weightsFile)
        m_impl->loadCard(source);
    else
        checkpoint = m_impl->loadRun(source, preferBest);

    applyThreadCount(m_impl->config.run.threads);
    m_impl->device = resolveDevice(m_impl->config.run.device);
    ModelBuildOptions build;
    build.name = m_impl->config.model.name;
    build.numClasses = m_impl->config.model.numClasses;
    build.clipLengthFrames = m_impl->config.input.clipLengthFrames;
    build.cropSize = m_impl->config.input.cropSize;
    build.dropout = m_impl->config.model.dropout;
    m_impl->model = createModel(build);
    if (weightsFile) {
        try {
            applyStateDict(*m_impl->model, loadPickledStateDict(source), true);
        } catch (const Error &e) {
            throw Error(e.code(), "The weights " + source + " do not fit " + m_impl->config.model.name
                                      + " with " + std::to_string(m_impl->config.model.numClasses)
                                      + " classes (as its model card says): " + e.what(),
                        source);
        }
    } else {
        loadCheckpoint(checkpoint, *m_impl->model, nullptr);
    }
    m_impl->model->to(m_impl->device);
    m_impl->model->eval();
}

Recognizer::~Recognizer() = default;

const std::vector<std::string> &Recognizer::classNames() const
{
    return m_impl->classNames;
}

std::vector<ClassScore> Recognizer::predictVideo(const std::string &videoPath, int k) const
{
    const ExperimentConfig &config = m_impl->config;
    if (!fs::exists(videoPath))
        throw Error("video.notfound", "Video file not found: " + videoPath, videoPath);
    if (!hasVideoExtension(videoPath))
        throw Error("video.unreadable", "Not a video file (unknown extension): " + videoPath,
                    videoPath);

    // Decode the whole video at the frame cache's resolution, as training saw it.
    std::vector<cv::Mat> frames;
    {
        VideoReader reader(videoPath);
        cv::Mat frame;
        while (reader.read(frame)) {
            cv::Mat prepared;
            prepareFrame(frame, prepared);
            frames.push_back(prepared);
        }
    }
    if (frames.empty())
        throw Error("video.unreadable",
                    "No frame of " + videoPath + " could be decoded (corrupt or not a video)",
                    videoPath);

    // The run's single-view test sampling: a centred dense clip, or TSN's segment middles.
    const DataPipeline pipeline = modelPipeline(config, false);
    std::vector<cv::Mat> clip;
    for (int index : pipeline.sampling.sampleTest(static_cast<int>(frames.size())))
        clip.push_back(frames[static_cast<std::size_t>(index)]);
    return topScores(classifyFrames(clip), k);
}

const ExperimentConfig &Recognizer::config() const
{
    return m_impl->config;
}

const ModelCard *Recognizer::modelCard() const
{
    return m_impl->card ? &*m_impl->card : nullptr;
}

void Recognizer::prepareFrame(const cv::Mat &frame, cv::Mat &prepared) const
{
    const int shortSide = std::min(frame.cols, frame.rows);
    const double scale = static_cast<double>(m_impl->config.data.cacheShortSide) / shortSide;
    cv::resize(frame, prepared,
               cv::Size(std::max(1, static_cast<int>(std::lround(frame.cols * scale))),
                        std::max(1, static_cast<int>(std::lround(frame.rows * scale)))),
               0, 0, cv::INTER_AREA);
}

std::vector<float> Recognizer::classifyFrames(const std::vector<cv::Mat> &preparedFrames) const
{
    const ClipTransform transform(transformOptions(m_impl->config, false));
    std::mt19937_64 rng(0); // the test transform draws nothing

    torch::InferenceMode inference; // thread-local: opened on the calling thread
    const torch::Tensor input =
        transform.apply(preparedFrames, false, rng).unsqueeze(0).to(m_impl->device); // [1, 3, T, H, W]
    const torch::Tensor probs =
        torch::softmax(m_impl->model->forward(input), 1)[0].to(torch::kCPU, torch::kFloat).contiguous(); // [classes]
    const float *data = probs.data_ptr<float>();
    return std::vector<float>(data, data + probs.numel());
}

std::vector<ClassScore> Recognizer::topScores(const std::vector<float> &probabilities, int k) const
{
    std::vector<int> order(probabilities.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    const std::size_t kk = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, k)), order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kk), order.end(),
                      [&](int a, int b) {
                          return probabilities[static_cast<std::size_t>(a)]
                                 > probabilities[static_cast<std::size_t>(b)];
                      });
    std::vector<ClassScore> scores;
    for (std::size_t i = 0; i < kk; ++i) {
        ClassScore s;
        s.index = order[i];
        s.probability = probabilities[static_cast<std::size_t>(s.index)];
        s.name = s.index < static_cast<int>(m_impl->classNames.size())
                     ? m_impl->classNames[static_cast<std::size_t>(s.index)]
                     : std::to_string(s.index);
        scores.push_back(s);
    }
    return scores;
}

} // namespace as
