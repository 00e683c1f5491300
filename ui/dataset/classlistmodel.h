#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "ui/dataset/projectsnapshot.h"

namespace as::ui {

/**
 * The classes of a project with their video counts: all, and train / test / unused in the
 * split shown (setSplit; split 1 at first).
 */
class ClassListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        VideosColumn,
        TrainColumn,
        TestColumn,
        UnusedColumn,
        ColumnCount
    };

    explicit ClassListModel(QObject *parent = nullptr);

    void setClasses(const QVector<ClassRow> &classes);
    /** Shows the train and test counts of split `split` (1-based). */
    void setSplit(int split);
    int split() const { return m_split; }
    /** The row of the class with database id `id`, or -1. */
    int rowOfId(qint64 id) const;
    const ClassRow &classAt(int row) const { return m_classes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void applySplit();

    QVector<ClassRow> m_classes;
    int m_split = 1;
};

} // namespace as::ui
