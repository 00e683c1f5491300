#pragma once

#include <string>
#include <vector>

namespace as {

/**
 * What this build of the engine links and what it finds on this machine: the About dialog and
 * the Preferences page show it without including LibTorch or OpenCV headers themselves.
 */
struct BuildInfo
{
    std::string libtorchVersion;       // e.g. "1.13.0"
    std::string opencvVersion;         // e.g. "4.6.0"
    bool cudaAvailable = false;        // LibTorch was built with CUDA and sees a GPU
    int cudaDeviceCount = 0;
    std::vector<std::string> devices;  // usable run.device values: "cpu", then "cuda:0"...
    int cpuCores = 1;                  // logical cores (hardware threads)
    int torchThreads = 1;              // LibTorch's intra-op threads now
};

/** Collects the build and machine facts; cheap enough to call whenever a dialog opens. */
BuildInfo buildInfo();

/**
 * What a `run.device` value ("auto", "cpu", "cuda", "cuda:N") resolves to on this machine, in
 * English for display: "CPU (4 threads)" or "CUDA device 0". A CUDA device that is not there,
 * or an unknown value, gives a sentence saying so rather than an exception, so the UI can show
 * it beside the setting.
 */
std::string deviceDescription(const std::string &configDevice);

} // namespace as
