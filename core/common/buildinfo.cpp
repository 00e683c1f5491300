#include "core/common/buildinfo.h"

#include <algorithm>
#include <thread>

#include <ATen/Parallel.h>
#include <opencv2/core/version.hpp>
#include <torch/cuda.h>
#include <torch/version.h>

namespace as {

namespace {

std::string cpuDescription()
{
    const int threads = at::get_num_threads();
    return "CPU (" + std::to_string(threads) + (threads == 1 ? " thread)" : " threads)");
}

/** The index in "cuda" (0) or "cuda:N"; -1 when `device` is not of that form. */
int cudaIndex(const std::string &device)
{
    if (device == "cuda")
        return 0;
    const std::string prefix = "cuda:";
    if (device.rfind(prefix, 0) != 0 || device.size() == prefix.size()
        || device.size() > prefix.size() + 4)
        return -1;
    const std::string digits = device.substr(prefix.size());
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    return std::stoi(digits);
}

} // namespace

BuildInfo buildInfo()
{
    BuildInfo info;
    info.libtorchVersion = TORCH_VERSION;
    info.opencvVersion = CV_VERSION;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.devices.push_back("cpu");
    for (int i = 0; i < info.cudaDeviceCount; ++i)
        info.devices.push_back("cuda:" + std::to_string(i));
    info.cpuCores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    info.torchThreads = at::get_num_threads();
    return info;
}

std::string deviceDescription(const std::string &configDevice)
{
    const bool cuda = torch::cuda::is_available();
    const int count = cuda ? static_cast<int>(torch::cuda::device_count()) : 0;
    // The same resolution as resolveDevice() in core/train/trainingsetup.cpp, without throwing.
    if (configDevice == "auto")
        return cuda ? "CUDA device 0" : cpuDescription();
    if (configDevice == "cpu")
        return cpuDescription();
    const int index = cudaIndex(configDevice);
    if (index < 0)
        return "Unknown device '" + configDevice + "' (use auto, cpu, cuda or cuda:N)";
    if (!cuda)
        return "CUDA device " + std::to_string(index)
            + " is not available: this LibTorch build has no CUDA or no GPU is visible";
    if (index >= count)
        return "CUDA device " + std::to_string(index) + " is not available: this machine has "
            + std::to_string(count) + (count == 1 ? " CUDA device" : " CUDA devices");
    return "CUDA device " + std::to_string(index);
}

} // namespace as
