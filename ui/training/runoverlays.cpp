#include "ui/training/runoverlays.h"

#include <iterator>

#include "ui/training/accuracychartview.h"
#include "ui/training/losschartview.h"
#include "ui/training/runcurvesloader.h"
#include "ui/training/runlistmodel.h"

namespace as::ui {

RunOverlays::RunOverlays(RunListModel *runs, LossChartView *loss, AccuracyChartView *accuracy,
                         QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_loss(loss)
    , m_accuracy(accuracy)
    , m_loader(new RunCurvesLoader(this))
{
    connect(m_runs, &RunListModel::checkedRunsChanged, this, &RunOverlays::update);
    connect(m_loader, &RunCurvesLoader::loaded, this, &RunOverlays::onLoaded);
}

void RunOverlays::reload()
{
    m_cache.clear();
    update();
}

bool RunOverlays::isLoading() const
{
    return m_loader->isRunning() || m_pending;
}

void RunOverlays::update()
{
    if (m_loader->isRunning()) {
        m_pending = true;
        return;
    }
    QStringList missing;
    for (const QString &dir : m_runs->checkedRunDirs())
        if (!m_cache.contains(dir))
            missing.append(dir);
    if (missing.isEmpty())
        apply();
    else
        m_loader->load(missing);
}

void RunOverlays::onLoaded(const QVector<RunCurve> &curves, const QStringList &errors)
{
    for (const RunCurve &curve : curves)
        m_cache.insert(curve.runDir, curve);
    if (!errors.isEmpty())
        Q_EMIT failed(errors.join(QLatin1Char('\n')));
    if (m_pending) {
        // The checks changed while reading; the loader is idle again before it reports.
        m_pending = false;
        update();
        return;
    }
    apply();
}

void RunOverlays::apply()
{
    // Colours apart from the live curves' blues, greens, oranges and purple; a run keeps its
    // colour in both charts.
    static const QColor palette[] = {QColor(0xd8, 0x1b, 0x60), QColor(0x00, 0x89, 0x7b),
                                     QColor(0x8d, 0x6e, 0x63), QColor(0x9e, 0x9d, 0x24),
                                     QColor(0x54, 0x6e, 0x7a), QColor(0xf4, 0x51, 0x1e),
                                     QColor(0x39, 0x49, 0xab), QColor(0x00, 0x00, 0x00)};
    QVector<RunCurve> shown;
    QStringList dirs;
    for (const QString &dir : m_runs->checkedRunDirs()) {
        const auto found = m_cache.constFind(dir);
        if (found == m_cache.constEnd())
            continue; // could not be read: failed() said why
        RunCurve curve = *found;
        curve.color = palette[static_cast<std::size_t>(shown.size()) % std::size(palette)];
        shown.append(curve);
        dirs.append(dir);
    }
    m_loss->setOverlays(shown);
    m_accuracy->setOverlays(shown);
    Q_EMIT overlaysChanged(dirs);
}

} // namespace as::ui
