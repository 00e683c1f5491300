#include "core/models/modelcard.h"

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace {

const char *const kFormat = "actionstudio-model-card";

/** Reads the card's fields, each error naming the file and the field. */
class CardReader
{
public:
    CardReader(const nlohmann::json &json, std::string path)
        : m_json(json)
        , m_path(std::move(path))
    {
    }

    template <typename T>
    T required(const char *object, const char *key) const
    {
        const nlohmann::json *value = find(object, key);
        if (!value)
            fail(object, key, "is missing");
        return as<T>(*value, object, key);
    }

    template <typename T>
    T optional(const char *object, const char *key, T fallback) const
    {
        const nlohmann::json *value = find(object, key);
        return value && !value->is_null() ? as<T>(*value, object, key) : fallback;
    }

    [[noreturn]] void fail(const char *object, const char *key, const std::string &what) const
    {
        const std::string field = object ? std::string(object) + "." + key : std::string(key);
        throw Error("card.field", "Model card " + m_path + ": the field \"" + field + "\" " + what,
                    m_path + ":" + field);
    }

private:
    const nlohmann::json *find(const char *object, const char *key) const
    {
        const nlohmann::json *parent = &m_json;
        if (object) {
            const auto it = m_json.find(object);
            if (it == m_json.end() || !it->is_object())
                return nullptr;
            parent = &*it;
        }
        const auto it = parent->find(key);
        return it == parent->end() ? nullptr : &*it;
    }

    template <typename T>
    T as(const nlohmann::json &value, const char *object, const char *key) const
    {
        try {
            return value.get<T>();
        } catch (const nlohmann::json::exception &) {
            fail(object, key, "has the wrong type (" + std::string(value.type_name()) + ")");
        }
    }

    const nlohmann::json &m_json;
    std::string m_path;
};

} // namespace

void writeModelCard(const ModelCard &card, const std::string &path)
{
    const InputSpec &in = card.input;
    const nlohmann::json json = {
        {"format", kFormat},
        {"version", 2},
        {"model", card.model},
        {"num_classes", card.classes.size()},
        {"classes", card.classes},
        {"input",
         {{"layout", in.layout},
          {"sampling", in.sampling},
          {"clip_length_frames", in.clipLengthFrames},
          {"frame_interval", in.frameInterval},
          {"num_segments", in.numSegments},
          {"frames_per_segment", in.framesPerSegment},
          {"slowfast_alpha", in.slowFastAlpha},
          {"short_side", in.shortSide},
          {"crop_size", in.cropSize},
          {"mean_rgb", in.mean},
          {"std_rgb", in.std},
          {"value_range", "0..1 before normalisation"}}},
        {"training_videos",
         {{"fps", card.trainingFps},
          {"median_seconds", card.trainingMedianSeconds},
          {"frame_short_side", card.frameShortSide}}},
        {"source_run", card.sourceRun},
        {"checkpoint", card.checkpoint},
        {"key_count", card.keyCount},
        {"state_dict_format", "torch.save zip, plain dict of name -> tensor, reference key names"},
    };
    writeFileAtomically(path, json.dump(2) + "\n");
}

ModelCard readModelCard(const std::string &path)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(readFile(path));
    } catch (const nlohmann::json::parse_error &e) {
        throw Error("card.syntax", "Model card " + path + " is not valid JSON (byte "
                                       + std::to_string(e.byte) + ")",
                    path);
    }
    if (!json.is_object())
        throw Error("card.syntax", "Model card " + path + " is not a JSON object", path);
    const CardReader r(json, path);
    if (r.optional<std::string>(nullptr, "format", "") != kFormat)
        r.fail(nullptr, "format", std::string("is not \"") + kFormat + "\"");

    ModelCard card;
    card.model = r.required<std::string>(nullptr, "model");
    card.classes = r.required<std::vector<std::string>>(nullptr, "classes");
    if (card.classes.empty())
        r.fail(nullptr, "classes", "is empty");
    const auto numClasses = r.optional<std::size_t>(nullptr, "num_classes", card.classes.size());
    if (numClasses != card.classes.size())
        r.fail(nullptr, "num_classes", "says " + std::to_string(numClasses) + " but \"classes\" lists "
                                          + std::to_string(card.classes.size()));
    InputSpec &in = card.input;
    in.layout = r.optional<std::string>("input", "layout", in.layout);
    in.sampling = r.required<std::string>("input", "sampling");
    in.clipLengthFrames = r.required<int>("input", "clip_length_frames");
    in.frameInterval = r.required<int>("input", "frame_interval");
    in.numSegments = r.optional<int>("input", "num_segments", in.numSegments);
    in.framesPerSegment = r.optional<int>("input", "frames_per_segment", in.framesPerSegment);
    in.slowFastAlpha = r.optional<int>("input", "slowfast_alpha", in.slowFastAlpha);
    in.shortSide = r.required<int>("input", "short_side");
    in.cropSize = r.required<int>("input", "crop_size");
    in.mean = r.required<std::array<double, 3>>("input", "mean_rgb");
    in.std = r.required<std::array<double, 3>>("input", "std_rgb");
    if (in.clipLengthFrames < 1)
        r.fail("input", "clip_length_frames", "must be at least 1");
    if (in.frameInterval < 1)
        r.fail("input", "frame_interval", "must be at least 1");
    if (in.cropSize < 1 || in.shortSide < in.cropSize)
        r.fail("input", "short_side", "must be at least crop_size (and crop_size at least 1)");
    for (const double s : in.std)
        if (s <= 0.0)
            r.fail("input", "std_rgb", "must be positive");
    card.trainingFps = r.optional<double>("training_videos", "fps", 0.0);
    card.trainingMedianSeconds = r.optional<double>("training_videos", "median_seconds", 0.0);
    card.frameShortSide = r.optional<int>("training_videos", "frame_short_side", 0);
    card.sourceRun = r.optional<std::string>(nullptr, "source_run", "");
    card.checkpoint = r.optional<std::string>(nullptr, "checkpoint", "");
    card.keyCount = r.optional<int>(nullptr, "key_count", 0);
    return card;
}

} // namespace as
