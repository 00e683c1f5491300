#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace as::ui {

/** The most splits the dataset view offers (UCF101 and HMDB51 have three). */
constexpr int kMaxSplits = 3;

/** One class of a project as the dataset view shows it. */
struct ClassRow
{
    qint64 id = 0; // database id, for edits
    int index = 0;
    QString name;
    int videos = 0;
    int train = 0; // in the split shown (ClassListModel::setSplit), split 1 at first
    int test = 0;
    QVector<int> trainPerSplit; // [split - 1], one entry per split of the snapshot
    QVector<int> testPerSplit;
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

    qint64 id = 0; // database id: names its thumbnail
    QString path;
    QString className; // empty when unlabelled
    int frames = 0;
    double fps = 0.0;
    int width = 0;
    int height = 0;
    Split split = Split::Unused; // in the split shown, split 1 at first
    QVector<Split> splits;       // [split - 1], one entry per split of the snapshot
    Status status = Status::New;
    QString error;
    int segments = 0;  // labelled segments (issue 7)
    int proposals = 0; // model proposals not reviewed yet
};

/**
 * Everything the dataset view needs, read from a project in a worker thread: plain values, so
 * the UI thread never touches the database.
 */
struct ProjectSnapshot
{
    QString dir;
    QString cacheDir; // the project's frame cache folder; thumbnails live below it
    int splitCount = 1; // splits 1..splitCount have data (at least 1, at most kMaxSplits)
    QVector<ClassRow> classes;
    QVector<VideoRow> videos;
};

} // namespace as::ui

Q_DECLARE_METATYPE(as::ui::ProjectSnapshot)
