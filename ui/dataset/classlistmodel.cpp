#include "ui/dataset/classlistmodel.h"

#include "ui/widgets/icons.h"

namespace as::ui {

ClassListModel::ClassListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClassListModel::setClasses(const QVector<ClassRow> &classes)
{
    beginResetModel();
    m_classes = classes;
    applySplit();
    endResetModel();
}

void ClassListModel::setSplit(int split)
{
    m_split = split;
    applySplit();
    if (!m_classes.isEmpty())
        Q_EMIT dataChanged(index(0, TrainColumn), index(rowCount() - 1, UnusedColumn));
}

void ClassListModel::applySplit()
{
    for (ClassRow &c : m_classes) {
        const int i = m_split - 1;
        c.train = i >= 0 && i < c.trainPerSplit.size() ? c.trainPerSplit.at(i) : 0;
        c.test = i >= 0 && i < c.testPerSplit.size() ? c.testPerSplit.at(i) : 0;
    }
}

int ClassListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_classes.size(); ++row) {
        if (m_classes.at(row).id == id)
            return row;
    }
    return -1;
}

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_classes.size());
}

int ClassListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_classes.size())
        return {};
    const ClassRow &c = m_classes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case VideosColumn:
            return c.videos;
        case TrainColumn:
            return c.train;
        case TestColumn:
            return c.test;
        case UnusedColumn:
            return c.videos - c.train - c.test;
        }
    } else if (role == Qt::DecorationRole && index.column() == NameColumn) {
        return themeIcon(QStringLiteral("class"));
    } else if (role == Qt::TextAlignmentRole && index.column() != NameColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return tr("Class %1 (label %2): %n video(s)", nullptr, c.videos).arg(c.name).arg(c.index)
            + QLatin1Char('\n')
            + tr("Split %1: %2 train, %3 test").arg(m_split).arg(c.train).arg(c.test);
    }
    return {};
}

QVariant ClassListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Class");
    case VideosColumn:
        return tr("Videos");
    case TrainColumn:
        return tr("Train");
    case TestColumn:
        return tr("Test");
    case UnusedColumn:
        return tr("Unused");
    }
    return {};
}

} // namespace as::ui
