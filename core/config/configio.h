#pragma once

#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/config/experimentconfig.h"

namespace as {

/** One problem found in a config file, named by its field path (e.g. "optim.lr"). */
struct ConfigIssue
{
    std::string field;
    std::string message;
    int line = 0;  // 1-based line in the YAML file, 0 when unknown
};

/** Thrown when a config does not validate; carries every problem, not only the first. */
class ConfigError : public Error
{
public:
    ConfigError(const std::string &path, std::vector<ConfigIssue> issues);
    const std::vector<ConfigIssue> &issues() const { return m_issues; }

private:
    std::vector<ConfigIssue> m_issues;
};

/** Loads and validates a YAML config file. Unknown keys are errors (typos must not pass). */
ExperimentConfig loadConfig(const std::string &path);
/** Parses YAML text; `sourceName` names it in errors. */
ExperimentConfig parseConfig(const std::string &yamlText, const std::string &sourceName);
/** Serialises a config as YAML, every field resolved. */
std::string configToYaml(const ExperimentConfig &config);
/** Writes `configToYaml` atomically to `path`. */
void saveConfig(const ExperimentConfig &config, const std::string &path);
/** Checks value ranges and known names; returns all problems found (empty when valid). */
std::vector<ConfigIssue> validateConfig(const ExperimentConfig &config);

} // namespace as
