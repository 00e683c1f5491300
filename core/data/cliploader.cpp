#include "core/data/cliploader.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <map>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

#include <torch/torch.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "core/common/error.h"
#include "core/data/clipdataset.h"

namespace as {

namespace {

/**
 * Loader threads run beside torch's OpenMP threads, which use every core. At equal priority
 * the scheduler preempts a training thread for a decode and the whole OpenMP team waits for
 * it at the next barrier; at a lower priority the loader mostly fills the step's idle gaps,
 * and when a batch is late the step waits and the loader gets the idle cores anyway.
 */
void lowerThisThreadsPriority()
{
#ifdef __linux__
    // On Linux a nice value is per thread: PRIO_PROCESS with a thread id changes only it.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

/** The generator for one (seed, epoch, stream): independent of which thread draws. */
std::mt19937_64 rngFor(std::uint64_t seed, int epoch, std::uint64_t stream)
{
    std::seed_seq seq{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                      static_cast<std::uint32_t>(epoch), static_cast<std::uint32_t>(stream),
                      static_cast<std::uint32_t>(stream >> 32)};
    return std::mt19937_64(seq);
}

// Stream 0 orders the epoch; sample i draws from stream i + 1.
constexpr std::uint64_t kOrderStream = 0;

} // namespace

struct ClipLoader::Impl
{
    // A nested type, not an anonymous-namespace one: Impl has external linkage.
    struct Slot
    {
        std::optional<ClipBatch> batch;
        std::exception_ptr error;
    };

    std::shared_ptr<const ClipDataset> dataset;
    Options options;

    std::mutex mutex;
    std::condition_variable changed;
    bool stopping = false;
    std::uint64_t generation = 0;  // bumped by startEpoch; stale results are dropped
    int epoch = -1;
    std::vector<std::size_t> order;
    std::size_t batches = 0;
    std::size_t nextToLoad = 0;
    std::size_t nextToHand = 0;
    std::map<std::size_t, Slot> ready;
    std::vector<std::thread> workers;

    std::size_t batchCount() const
    {
        const std::size_t n = dataset->size();
        const auto size = static_cast<std::size_t>(std::max(1, options.batchSize));
        return options.dropLast ? n / size : (n + size - 1) / size;
    }

    ClipBatch load(std::size_t batchIndex, int forEpoch, const std::vector<std::size_t> &indices)
    {
        (void)batchIndex;
        ClipBatch batch;
        std::vector<torch::Tensor> clips;
        std::vector<std::int64_t> labels;
        for (std::size_t index : indices) {
            if (options.testViewCrops > 0) {
                clips.push_back(dataset->testViews(index, options.testViewCrops));
                labels.push_back(dataset->sample(index).label);
                continue;
            }
            std::mt19937_64 rng = rngFor(options.seed, forEpoch, index + 1);
            LabelledClip item = dataset->get(index, rng);
            clips.push_back(std::move(item.clip));
            labels.push_back(item.label);
        }
        // Copied by hand rather than torch::stack: see ClipTransform::apply on why loader
        // threads stay out of torch's OpenMP pool.
        std::vector<std::int64_t> shape{static_cast<std::int64_t>(clips.size())};
        for (std::int64_t size : clips.front().sizes())
            shape.push_back(size);
        batch.data = torch::empty(shape, torch::kFloat32);
        const std::size_t clipBytes = static_cast<std::size_t>(clips.front().numel()) * sizeof(float);
        for (std::size_t i = 0; i < clips.size(); ++i) {
            if (!clips[i].sizes().equals(clips.front().sizes()))
                throw Error("data.shape", "Clips of one batch differ in shape: " +
                                              dataset->sample(indices[i]).packPath);
            std::memcpy(static_cast<char *>(batch.data.data_ptr()) + i * clipBytes,
                        clips[i].contiguous().data_ptr<float>(), clipBytes);
        }
        batch.labels = torch::tensor(labels, torch::kInt64);
        batch.indices = indices;
        return batch;
    }

    void work()
    {
        lowerThisThreadsPriority();
        std::unique_lock<std::mutex> lock(mutex);
        while (true) {
            changed.wait(lock, [&] {
                return stopping ||
                       (nextToLoad < batches &&
                        nextToLoad < nextToHand + static_cast<std::size_t>(
                                                      std::max(1, options.prefetchBatches)));
            });
            if (stopping)
                return;
            const std::size_t b = nextToLoad++;
            const std::uint64_t gen = generation;
            const int forEpoch = epoch;
            const auto size = static_cast<std::size_t>(std::max(1, options.batchSize));
            const std::vector<std::size_t> indices(
                order.begin() + static_cast<std::ptrdiff_t>(b * size),
                order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), (b + 1) * size)));
            lock.unlock();
            Slot slot;
            try {
                slot.batch = load(b, forEpoch, indices);
            } catch (...) {
                slot.error = std::current_exception();
            }
            lock.lock();
            if (gen == generation)
                ready[b] = std::move(slot);
            changed.notify_all();
        }
    }
};

ClipLoader::ClipLoader(std::shared_ptr<const ClipDataset> dataset, Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->dataset = std::move(dataset);
    m_impl->options = options;
    const int workers = std::max(1, options.workers);
    for (int i = 0; i < workers; ++i)
        m_impl->workers.emplace_back([impl = m_impl.get()] { impl->work(); });
}

ClipLoader::~ClipLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->changed.notify_all();
    for (std::thread &worker : m_impl->workers)
        worker.join();
}

void ClipLoader::startEpoch(int epoch)
{
    Impl &d = *m_impl;
    std::vector<std::size_t> order(d.dataset->size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (d.options.shuffle) {
        std::mt19937_64 rng = rngFor(d.options.seed, epoch, kOrderStream);
        std::shuffle(order.begin(), order.end(), rng);
    }
    {
        std::lock_guard<std::mutex> lock(d.mutex);
        ++d.generation;
        d.epoch = epoch;
        d.order = std::move(order);
        d.batches = d.batchCount();
        d.nextToLoad = 0;
        d.nextToHand = 0;
        d.ready.clear();
    }
    d.changed.notify_all();
}

std::optional<ClipBatch> ClipLoader::next()
{
    Impl &d = *m_impl;
    std::unique_lock<std::mutex> lock(d.mutex);
    if (d.epoch < 0 || d.nextToHand >= d.batches)
        return std::nullopt;
    const std::size_t want = d.nextToHand;
    d.changed.wait(lock, [&] { return d.ready.count(want) > 0; });
    Impl::Slot slot = std::move(d.ready[want]);
    d.ready.erase(want);
    ++d.nextToHand;
    lock.unlock();
    d.changed.notify_all();
    if (slot.error)
        std::rethrow_exception(slot.error);
    return std::move(slot.batch);
}

std::size_t ClipLoader::batchesPerEpoch() const
{
    return m_impl->batchCount();
}

} // namespace as
