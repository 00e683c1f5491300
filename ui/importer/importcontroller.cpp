#include "ui/importer/importcontroller.h"

#include <memory>
#include <mutex>

#include "core/project/importers/folderimporter.h"
#include "core/project/importers/hmdb51importer.h"
#include "core/project/importers/kineticsimporter.h"
#include "core/project/importers/mmactionlistimporter.h"
#include "core/project/importers/ucf101importer.h"
#include "core/project/project.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/progressthrottle.h"

namespace as::ui {

namespace {

std::vector<int> toStd(const QList<int> &splits)
{
    return std::vector<int>(splits.cbegin(), splits.cend());
}

as::ImportPlan runPlanner(const ImportRequest &request)
{
    const int firstSplit = request.splits.isEmpty() ? 1 : request.splits.constFirst();
    switch (request.format) {
    case ImportFormat::ClassFolders:
        return as::planFolderTreeImport(request.videoRoot.toStdString());
    case ImportFormat::Ucf101: {
        as::Ucf101ImportOptions options;
        options.listDir = request.listPath.toStdString();
        options.videoRoot = request.videoRoot.toStdString();
        options.splits = toStd(request.splits);
        return as::planUcf101Import(options);
    }
    case ImportFormat::Hmdb51: {
        as::Hmdb51ImportOptions options;
        options.splitDir = request.listPath.toStdString();
        options.videoRoot = request.videoRoot.toStdString();
        options.splits = toStd(request.splits);
        return as::planHmdb51Import(options);
    }
    case ImportFormat::Kinetics: {
        as::KineticsImportOptions options;
        options.csvPath = request.listPath.toStdString();
        options.videoRoot = request.videoRoot.toStdString();
        options.split = firstSplit;
        return as::planKineticsImport(options);
    }
    case ImportFormat::MmactionList: {
        as::MmactionListOptions options;
        options.trainList = request.listPath.toStdString();
        options.testList = request.testListPath.toStdString();
        options.root = request.videoRoot.toStdString();
        options.frames = request.frames;
        options.labelMapPath = request.labelMapPath.toStdString();
        options.split = firstSplit;
        return as::planMmactionListImport(options);
    }
    }
    return {};
}

/** Worker-side observer: forwards probing progress, throttled, to the UI thread. */
class ProgressForwarder final : public as::ProgressObserver
{
public:
    explicit ProgressForwarder(std::function<void(int, int)> emitProgress)
        : m_emit(std::move(emitProgress))
    {
    }

    void onProgress(const std::string &, std::int64_t done, std::int64_t total) override
    {
        // Probing reports from several threads.
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_throttle.shouldEmit(done >= total))
            m_emit(static_cast<int>(done), static_cast<int>(total));
    }

private:
    std::function<void(int, int)> m_emit;
    std::mutex m_mutex;
    ProgressThrottle m_throttle;
};

} // namespace

ImportController::ImportController(QObject *parent)
    : JobController(parent)
{
}

bool ImportController::plan(const ImportRequest &request)
{
    return startJob([this, request](const as::CancellationToken &token) {
        using Done = std::function<void()>;
        try {
            auto plan = std::make_shared<as::ImportPlan>(runPlanner(request));
            if (token.isCancelled())
                return Done([this] { Q_EMIT cancelled(); });
            return Done([this, plan] { Q_EMIT planReady(*plan); });
        } catch (const as::Error &e) {
            const QString error = ErrorText::describe(e.info());
            return Done([this, error] { Q_EMIT planFailed(error); });
        } catch (const std::exception &e) {
            const QString error
                = tr("The lists could not be read: %1").arg(QString::fromLocal8Bit(e.what()));
            return Done([this, error] { Q_EMIT planFailed(error); });
        }
    });
}

bool ImportController::commit(const QString &projectDir, const as::ImportPlan &plan)
{
    auto shared = std::make_shared<const as::ImportPlan>(plan);
    return startJob([this, projectDir, shared](const as::CancellationToken &token) {
        using Done = std::function<void()>;
        ProgressForwarder forwarder([this](int done, int total) {
            post([this, done, total] { Q_EMIT commitProgress(done, total); });
        });
        try {
            as::Project project = as::Project::open(projectDir.toStdString());
            auto report = std::make_shared<as::ImportReport>(
                as::commitImportPlan(project, *shared, forwarder, token));
            return Done([this, report] { Q_EMIT committed(*report); });
        } catch (const as::Cancelled &) {
            return Done([this] { Q_EMIT cancelled(); });
        } catch (const as::Error &e) {
            const QString error = ErrorText::describe(e.info());
            return Done([this, error] { Q_EMIT commitFailed(error); });
        } catch (const std::exception &e) {
            const QString error = tr("The videos could not be imported into %1: %2")
                                      .arg(projectDir, QString::fromLocal8Bit(e.what()));
            return Done([this, error] { Q_EMIT commitFailed(error); });
        }
    });
}

} // namespace as::ui
