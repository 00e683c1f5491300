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
    endResetModel();
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
        }
    } else if (role == Qt::DecorationRole && index.column() == NameColumn) {
        return themeIcon(QStringLiteral("class"));
    } else if (role == Qt::TextAlignmentRole && index.column() != NameColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return tr("Class %1 (label %2): %n video(s)", nullptr, c.videos).arg(c.name).arg(c.index);
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
    }
    return {};
}

} // namespace as::ui
