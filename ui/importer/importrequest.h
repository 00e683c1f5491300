#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace as::ui {

/** The dataset layouts the import wizard offers, one per core importer. */
enum class ImportFormat
{
    ClassFolders, // root/<class>/<video>: planFolderTreeImport
    Ucf101, // classInd.txt + trainlist0N.txt / testlist0N.txt: planUcf101Import
    Hmdb51, // <class>_test_splitN.txt: planHmdb51Import
    Kinetics, // a Kinetics CSV + the downloaded clips: planKineticsImport
    MmactionList // mmaction2 / PaddleVideo "path label" lists: planMmactionListImport
};

/**
 * What the user asked the wizard to import: the format and the paths of its files, in the
 * terms of the wizard's pages. ImportController turns it into the core importer's options.
 * `listPath` means the list folder (UCF101), the split folder (HMDB51), the CSV (Kinetics)
 * or the train list (mmaction).
 */
struct ImportRequest
{
    ImportFormat format = ImportFormat::ClassFolders;
    QString videoRoot;
    QString listPath;
    QString testListPath; // mmaction only; either list may be empty
    QString labelMapPath; // mmaction only, optional
    QList<int> splits {1}; // UCF101 / HMDB51 import several splits; the others use the first
    bool frames = false; // mmaction rawframe lists ("frame_dir total_frames label")
    bool detected = false; // filled in by detectImportRequest from dropped paths
};

/**
 * Guesses the format and paths from files and folders dropped on the application: a
 * classInd.txt or trainlist01.txt means UCF101, a *_test_split1.txt HMDB51, a .csv Kinetics,
 * another .txt or .list an mmaction list, and a folder of class folders a class-folder tree.
 * It looks at names only, plus one non-recursive listing of a dropped folder, so it is cheap
 * enough for the UI thread. `detected` is false when nothing matched.
 */
ImportRequest detectImportRequest(const QStringList &paths);

} // namespace as::ui
