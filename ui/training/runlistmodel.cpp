#include "ui/training/runlistmodel.h"

#include <QLocale>

namespace as::ui {

namespace {

QString statusText(const std::string &status)
{
    if (status == "running")
        return RunListModel::tr("Running");
    if (status == "finished")
        return RunListModel::tr("Finished");
    if (status == "cancelled")
        return RunListModel::tr("Stopped");
    if (status == "failed")
        return RunListModel::tr("Failed");
    return RunListModel::tr("Unknown");
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 1);
}

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRow &run = m_runs.at(index.row());
    const as::RunInfo &info = run.info;
    const QString dir = QString::fromStdString(info.dir);
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return m_checked.contains(dir) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return dir;
    if (role == Qt::TextAlignmentRole && index.column() >= EpochsColumn
        && index.column() <= TestColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(info.name);
    case ModelColumn:
        return QString::fromStdString(info.model);
    case StatusColumn:
        return statusText(info.status);
    case EpochsColumn:
        return tr("%1/%2").arg(info.epochsCompleted).arg(info.epochs);
    case BestValColumn:
        return info.epochsCompleted > 0 ? percent(info.bestValTop1) : QStringLiteral("–");
    case TestColumn:
        return info.hasTest ? percent(info.testTop1) : QStringLiteral("–");
    case DateColumn:
        return QLocale().toString(run.modified, QLocale::ShortFormat);
    }
    return {};
}

bool RunListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    return setRunChecked(QString::fromStdString(m_runs.at(index.row()).info.dir),
                         value.toInt() == Qt::Checked);
}

Qt::ItemFlags RunListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Run");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case EpochsColumn:
        return tr("Epochs");
    case BestValColumn:
        return tr("Best val top-1");
    case TestColumn:
        return tr("Test top-1");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

void RunListModel::setRuns(const QVector<RunRow> &runs)
{
    beginResetModel();
    m_runs = runs;
    QSet<QString> present;
    for (const RunRow &run : m_runs)
        present.insert(QString::fromStdString(run.info.dir));
    const QSet<QString> before = m_checked;
    m_checked.intersect(present);
    endResetModel();
    if (m_checked != before)
        Q_EMIT checkedRunsChanged(checkedRunDirs());
}

int RunListModel::rowOf(const QString &runDir) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (QString::fromStdString(m_runs.at(row).info.dir) == runDir)
            return row;
    return -1;
}

bool RunListModel::setRunChecked(const QString &runDir, bool checked)
{
    const int row = rowOf(runDir);
    if (row < 0)
        return false;
    if (m_checked.contains(runDir) == checked)
        return true;
    if (checked)
        m_checked.insert(runDir);
    else
        m_checked.remove(runDir);
    const QModelIndex changed = index(row, NameColumn);
    Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole});
    Q_EMIT checkedRunsChanged(checkedRunDirs());
    return true;
}

QStringList RunListModel::checkedRunDirs() const
{
    QStringList dirs;
    for (const RunRow &run : m_runs) {
        const QString dir = QString::fromStdString(run.info.dir);
        if (m_checked.contains(dir))
            dirs.append(dir);
    }
    return dirs;
}

bool RunListModel::isResumable(const as::RunInfo &info)
{
    return info.hasCheckpoint && (info.status == "cancelled" || info.status == "failed")
        && info.epochsCompleted < info.epochs;
}

} // namespace as::ui
