#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace as::ui {

/** One class of a project as the dataset view shows it. */
struct ClassRow
{
    int index = 0;
    QString name;
    int videos = 0;
    int train = 0; // in split 1
    int test = 0;
};

/** One video of a project as the dataset view shows it. */
struct VideoRow
{
    enum class Split
    {
        Unused,
        Train,
        Test
    };
    enum class Status
    {
        New,
        Ready,
        Extracted,
        Error
    };

    QString path;
    QString className; // empty when unlabelled
    int frames = 0;
    double fps = 0.0;
    int width = 0;
    int height = 0;
    Split split = Split::Unused;
    Status status = Status::New;
    QString error;
};

/**
 * Everything the dataset view needs, read from a project in a worker thread: plain values, so
 * the UI thread never touches the database.
 */
struct ProjectSnapshot
{
    QString dir;
    QVector<ClassRow> classes;
    QVector<VideoRow> videos;
};

} // namespace as::ui

Q_DECLARE_METATYPE(as::ui::ProjectSnapshot)
