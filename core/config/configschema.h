#pragma once

#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "core/config/experimentconfig.h"

namespace as {

/**
 * What kind of editor a config field needs, and which `ConfigValue` alternative it holds
 * (getField returns it, setField accepts only it).
 */
enum class FieldType
{
    Bool, // bool
    Int, // long long; non-empty `choices` list the only valid values (eval.test_crops)
    Real, // double
    Text, // std::string, free text (run.name)
    File, // std::string, a file path, may be empty (model.pretrained)
    Folder, // std::string, a folder path (data.project)
    Choice, // std::string, one of `choices`; with `openChoice` any text (run.device cuda:1)
    RealList, // std::vector<double> of any length (optim.milestones)
    ClassPairs, // std::vector<ClassSwap> (augment.flip_label_swaps)
    RealTriple, // std::vector<double> of exactly 3: R, G, B (input.mean)
};

/** The value of one config field, independent of its C++ member type. */
using ConfigValue = std::variant<bool, long long, double, std::string, std::vector<double>,
                                 std::vector<ClassSwap>>;

/** One top-level section of the config (a YAML mapping, a group box in the editor). */
struct ConfigSection
{
    std::string key; // YAML key: "model", "optim", ...
    std::string label; // short English title, e.g. "Optimiser and schedule"
    std::string help; // one sentence
};

/** The description of one config field, enough to build its editor generically. */
struct ConfigField
{
    std::string path; // YAML path, as in ConfigIssue::field: "optim.lr", "loss.distill.weight"
    std::string section; // the first component of `path`: "optim"
    std::string label; // short English label, e.g. "Learning rate"
    std::string help; // one English sentence, from the config struct's comment
    FieldType type = FieldType::Text;
    // The range validateConfig enforces on its own for Int and Real fields and for every element
    // of RealList and RealTriple fields; ±infinity when unbounded. A bound that depends on
    // another field (input.short_side ≥ input.crop_size, optim.min_lr ≤ optim.lr, milestones ≤
    // optim.epochs) is only checked by validateConfig; its fixed part is here.
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    bool minExclusive = false; // (min, …: min itself is invalid
    bool maxExclusive = false; // …, max): max itself is invalid
    // Choice: the values offered (model.name: the registry's models; loss.distill.teacher_model:
    // "" for none, then the models). Int: when not empty, the only valid values, as text.
    std::vector<std::string> choices;
    bool openChoice = false; // Choice: other text is valid too (run.device: cuda:N)

    /** True when `value` lies in [min, max] with the exclusive ends left out. */
    bool inRange(double value) const;
};

/** The sections in the order configToYaml writes them. */
const std::vector<ConfigSection> &configSections();

/**
 * Every field configToYaml writes, in the same order (so grouped by section). Built once, on
 * the first call, from the model registry.
 */
const std::vector<ConfigField> &configSchema();

/** The schema entry of `path`, or nullptr when no field has that path. */
const ConfigField *findConfigField(const std::string &path);

/**
 * The value of field `path` of `config`. Throws `Error` ("config.field", path) for an unknown
 * path, and for a run.seed above 2^63 − 1, which a long long cannot hold.
 */
ConfigValue getField(const ExperimentConfig &config, const std::string &path);

/**
 * Sets field `path` of `config` to `value`. Throws `Error` ("config.field", path) for an
 * unknown path, a value of another alternative than the field's type holds, an integer the
 * member cannot hold (above INT_MAX, a negative seed) or a RealTriple without exactly 3 values.
 * Ranges and choices are not checked here: an editor shows validateConfig's issues instead.
 * Setting model.name does not change the input section (see applyModelReferenceInput).
 */
void setField(ExperimentConfig &config, const std::string &path, const ConfigValue &value);

/**
 * The shortest text that reads back as exactly `value` (std::to_chars): a resolved config
 * shows 0.1, not 0.10000000000000001, and a resumed run still gets the very same numbers.
 * Whole numbers keep a ".0" so other YAML tools still read a float.
 */
std::string shortestNumberText(double value);

/** The YAML text configToYaml writes for a field with this value: 0.1, true, "", [1.0, 2.0]. */
std::string fieldText(const ConfigValue &value);

/** Paths of the fields whose values differ between `a` and `b`, in schema order. */
std::vector<std::string> differingFields(const ExperimentConfig &a, const ExperimentConfig &b);

/**
 * Sets the input section (clip length, frame interval, short side, crop, mean, std) to the
 * reference recipe of `config.model.name`, as parseConfig does for fields a file leaves out.
 * Returns false, changing nothing, when the model is unknown.
 */
bool applyModelReferenceInput(ExperimentConfig &config);

} // namespace as
