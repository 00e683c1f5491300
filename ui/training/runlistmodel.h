#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QVector>

#include "ui/training/runrow.h"

namespace as::ui {

/**
 * The runs of the project, one row each: name (with a check box that overlays the run's curves
 * on the charts), model, status, epochs done of planned, best validation top-1, final test
 * top-1, and when it last changed. Check states survive a refresh (keyed by run folder).
 */
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ModelColumn, StatusColumn, EpochsColumn, BestValColumn,
                  TestColumn, DateColumn, ColumnCount };

    explicit RunListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRuns(const QVector<RunRow> &runs);
    const RunRow &runAt(int row) const { return m_runs.at(row); }
    /** The row of the run in `runDir`, or -1. */
    int rowOf(const QString &runDir) const;
    /** Checks or unchecks the run in `runDir`; false when it is not listed. */
    bool setRunChecked(const QString &runDir, bool checked);
    /** The checked runs' folders, in list order. */
    QStringList checkedRunDirs() const;
    /** Whether the run can be continued: stopped or failed after a checkpoint, epochs left. */
    static bool isResumable(const as::RunInfo &info);

Q_SIGNALS:
    void checkedRunsChanged(const QStringList &runDirs);

private:
    QVector<RunRow> m_runs;
    QSet<QString> m_checked;
};

} // namespace as::ui
