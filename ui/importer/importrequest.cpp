#include "ui/importer/importrequest.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace as::ui {

namespace {

bool isUcf101List(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(train|test)list\\d\\d\\.txt$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return fileName.compare(QLatin1String("classInd.txt"), Qt::CaseInsensitive) == 0
        || pattern.match(fileName).hasMatch();
}

bool isHmdb51Split(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("_test_split\\d\\.txt$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

/** What a dropped folder holds, from a few lookups of names in it (not recursive). */
ImportFormat folderFormat(const QString &folder)
{
    const QDir dir(folder);
    if (dir.exists(QStringLiteral("classInd.txt")) || dir.exists(QStringLiteral("trainlist01.txt")))
        return ImportFormat::Ucf101;
    if (!dir.entryList({QStringLiteral("*_test_split1.txt")}, QDir::Files).isEmpty())
        return ImportFormat::Hmdb51;
    return ImportFormat::ClassFolders;
}

} // namespace

ImportRequest detectImportRequest(const QStringList &paths)
{
    ImportRequest request;
    QString firstFolder;
    QString listFile;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (firstFolder.isEmpty())
                firstFolder = info.absoluteFilePath();
            continue;
        }
        if (!listFile.isEmpty())
            continue;
        const QString name = info.fileName();
        const QString suffix = info.suffix().toLower();
        listFile = info.absoluteFilePath();
        request.detected = true;
        if (isUcf101List(name)) {
            request.format = ImportFormat::Ucf101;
            request.listPath = info.absolutePath();
        } else if (isHmdb51Split(name)) {
            request.format = ImportFormat::Hmdb51;
            request.listPath = info.absolutePath();
        } else if (suffix == QLatin1String("csv")) {
            request.format = ImportFormat::Kinetics;
            request.listPath = listFile;
        } else if (suffix == QLatin1String("txt") || suffix == QLatin1String("list")) {
            request.format = ImportFormat::MmactionList;
            const bool isTest = name.contains(QLatin1String("test"), Qt::CaseInsensitive)
                || name.contains(QLatin1String("val"), Qt::CaseInsensitive);
            (isTest ? request.testListPath : request.listPath) = listFile;
            request.frames = name.contains(QLatin1String("frame"), Qt::CaseInsensitive);
        } else {
            listFile.clear(); // a video or another file: not a list to import
            request.detected = false;
        }
    }

    if (!listFile.isEmpty()) {
        // Lists name their videos relative to a root: a dropped folder, else the list's own.
        request.videoRoot
            = firstFolder.isEmpty() ? QFileInfo(listFile).absolutePath() : firstFolder;
        return request;
    }
    if (!firstFolder.isEmpty()) {
        request.detected = true;
        request.format = folderFormat(firstFolder);
        request.videoRoot = firstFolder;
        if (request.format != ImportFormat::ClassFolders)
            request.listPath = firstFolder;
    }
    return request;
}

} // namespace as::ui
