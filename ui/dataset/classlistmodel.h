#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "ui/dataset/projectsnapshot.h"

namespace as::ui {

/** The classes of a project with their video counts (all, train and test of split 1). */
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
        ColumnCount
    };

    explicit ClassListModel(QObject *parent = nullptr);

    void setClasses(const QVector<ClassRow> &classes);
    const ClassRow &classAt(int row) const { return m_classes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<ClassRow> m_classes;
};

} // namespace as::ui
