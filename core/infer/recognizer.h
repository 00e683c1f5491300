#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/train/trainingtypes.h"

namespace as {

/**
 * A trained model ready to classify videos: loads a run folder's `config.yaml`, class names
 * and best (or last) checkpoint. Preprocessing follows the run's test pipeline.
 */
class Recognizer
{
public:
    /** Throws `Error` naming the run folder or checkpoint when it cannot be loaded. */
    explicit Recognizer(const std::string &runDir, bool preferBest = true);
    ~Recognizer();

    /** Decodes `videoPath` and returns class scores, best first (top `k`). */
    std::vector<ClassScore> predictVideo(const std::string &videoPath, int k = 5) const;
    const std::vector<std::string> &classNames() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
