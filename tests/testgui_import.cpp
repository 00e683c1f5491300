// GUI test of the import wizard (ui/importer): drives its pages with the real widgets and the
// real core importers on SynthMotion videos, then reopens the project to check what the
// commit wrote.

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/progress.h"
#include "core/data/synthmotion.h"
#include "core/project/project.h"
#include "tests/guitesthelpers.h"
#include "ui/importer/importcommitpage.h"
#include "ui/importer/importpathspage.h"
#include "ui/importer/importpreviewpage.h"
#include "ui/importer/importrequest.h"
#include "ui/importer/importwizard.h"

using as::ui::ImportWizard;

namespace {

constexpr int kClasses = 10; // SynthMotion's classes
constexpr int kUcfClipsPerClass = 3; // two train, one test
constexpr int kFolderClipsPerClass = 2;
constexpr int kTimeoutMs = 60000;

void generate(const QString &dir, int clipsPerClass)
{
    as::SynthMotionOptions options;
    options.outputDir = dir.toStdString();
    options.width = 48;
    options.height = 48;
    options.frames = 8;
    options.clipsPerClass = clipsPerClass;
    options.testFraction = 1.0 / 3.0;
    as::NullProgressObserver observer;
    as::generateSynthMotion(options, observer, as::CancellationToken());
}

int lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    return file.readAll().count('\n');
}

void appendLines(const QString &path, const QByteArray &lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append | QIODevice::Text));
    file.write(lines);
}

QString createProject(const QString &dir)
{
    as::Project::create(dir.toStdString());
    return dir;
}

/** The row of the class table whose first column is `name`, or -1. */
int rowOf(const QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

int cell(const QTableWidget *table, int row, const QString &header)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == header)
            return table->item(row, column)->text().toInt();
    }
    return -1;
}

/** Saves the wizard as the user sees it (a dialog, not the 1600×1000 panel size). */
void saveWizardScreenshot(QWidget *wizard, const QString &name)
{
    wizard->resize(1000, 700);
    QCoreApplication::processEvents();
    QTest::qWait(50);
    const QString file = as::test::screenshotDir() + QLatin1Char('/') + name;
    QVERIFY(wizard->grab().toImage().save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsFormatsFromDroppedPaths();
    void importsUcf101ListsWithABadLine();
    void importsClassFoldersDroppedOnTheWindow();

private:
    QTemporaryDir m_tmp;
    QString m_ucfDir;
    QString m_foldersDir;
    int m_badLine = 0;
    int m_missingLine = 0;
};

void TestGuiImport::initTestCase()
{
    as::test::initGuiTestSettings("testgui_import");
    QVERIFY(m_tmp.isValid());

    // A UCF101 layout (class folders + classInd/trainlist01/testlist01) whose train list has
    // one line with an undefined label and one naming a video that is not on disk.
    m_ucfDir = m_tmp.filePath(QStringLiteral("ucf"));
    generate(m_ucfDir, kUcfClipsPerClass);
    const QString trainList = m_ucfDir + QStringLiteral("/trainlist01.txt");
    const int lines = lineCount(trainList);
    QCOMPARE(lines, kClasses * 2);
    m_badLine = lines + 1;
    m_missingLine = lines + 2;
    appendLines(trainList, "move_left/move_left_999.avi 99\nmove_up/not_there.avi 3\n");

    // A bare class-folder tree: the lists removed, one stray file among the videos.
    m_foldersDir = m_tmp.filePath(QStringLiteral("folders"));
    generate(m_foldersDir, kFolderClipsPerClass);
    for (const char *list : {"classInd.txt", "trainlist01.txt", "testlist01.txt"})
        QVERIFY(QFile::remove(m_foldersDir + QLatin1Char('/') + QLatin1String(list)));
    appendLines(m_foldersDir + QStringLiteral("/grow/notes.txt"), "not a video\n");
}

void TestGuiImport::detectsFormatsFromDroppedPaths()
{
    using as::ui::ImportFormat;
    const as::ui::ImportRequest ucf
        = as::ui::detectImportRequest({m_ucfDir + QStringLiteral("/trainlist01.txt")});
    QVERIFY(ucf.detected);
    QCOMPARE(ucf.format, ImportFormat::Ucf101);
    QCOMPARE(ucf.listPath, m_ucfDir);

    QCOMPARE(as::ui::detectImportRequest({m_ucfDir}).format, ImportFormat::Ucf101);
    QCOMPARE(as::ui::detectImportRequest({m_foldersDir}).format, ImportFormat::ClassFolders);

    const QString testdata = QStringLiteral(ACTIONSTUDIO_TESTDATA_DIR);
    const QString hmdbSplit
        = testdata
        + QStringLiteral(
              "/temporal-segment-networks/data/hmdb51_splits/brush_hair_test_split1.txt");
    QCOMPARE(as::ui::detectImportRequest({hmdbSplit}).format, ImportFormat::Hmdb51);
    const as::ui::ImportRequest kinetics = as::ui::detectImportRequest(
        {testdata + QStringLiteral("/ActivityNet/Crawler/Kinetics/data/kinetics-400_val.csv"),
         m_foldersDir});
    QCOMPARE(kinetics.format, ImportFormat::Kinetics);
    QCOMPARE(kinetics.videoRoot, m_foldersDir);
    const as::ui::ImportRequest frames = as::ui::detectImportRequest(
        {testdata + QStringLiteral("/PaddleVideo/data/k400/val_small_frames.list")});
    QCOMPARE(frames.format, ImportFormat::MmactionList);
    QVERIFY(frames.frames);
    QVERIFY(!frames.testListPath.isEmpty()); // "val" names a test list
}

void TestGuiImport::importsUcf101ListsWithABadLine()
{
    const QString projectDir = createProject(m_tmp.filePath(QStringLiteral("projectUcf")));
    ImportWizard wizard(projectDir);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Page 1: the format.
    auto *ucfButton = wizard.findChild<QRadioButton *>(QStringLiteral("formatUcf101"));
    QVERIFY(ucfButton);
    QTest::mouseClick(ucfButton, Qt::LeftButton, {}, QPoint(8, ucfButton->height() / 2));
    QVERIFY(ucfButton->isChecked());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PathsPageId));

    // Page 2: a wrong list folder is named inline and blocks Next.
    auto *pathsPage = qobject_cast<as::ui::ImportPathsPage *>(wizard.currentPage());
    auto *listEdit = wizard.findChild<QLineEdit *>(QStringLiteral("listPathEdit"));
    auto *rootEdit = wizard.findChild<QLineEdit *>(QStringLiteral("videoRootEdit"));
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("pathsError"));
    QVERIFY(pathsPage && listEdit && rootEdit && error);
    QVERIFY(listEdit->isVisible());
    QTest::keyClicks(listEdit, m_tmp.path());
    QTest::keyClicks(rootEdit, m_ucfDir);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("classInd.txt")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    listEdit->clear();
    QTest::keyClicks(listEdit, m_ucfDir);
    QVERIFY(!error->isVisible());
    QVERIFY(wizard.findChild<QCheckBox *>(QStringLiteral("split1Check"))->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));

    // Page 3: the plan, made in the worker.
    auto *preview = qobject_cast<as::ui::ImportPreviewPage *>(wizard.currentPage());
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), kTimeoutMs);
    QCOMPARE(wizard.request().format, as::ui::ImportFormat::Ucf101);
    QCOMPARE(int(wizard.plan().classNames.size()), kClasses);
    QCOMPARE(int(wizard.plan().videos.size()), kClasses * kUcfClipsPerClass + 1);
    QCOMPARE(wizard.plan().missingCount(), 1);

    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("classTable"));
    QCOMPARE(table->rowCount(), kClasses + 1); // plus the total
    const int moveUp = rowOf(table, QStringLiteral("move_up"));
    QVERIFY(moveUp >= 0);
    QCOMPARE(cell(table, moveUp, QStringLiteral("Videos")), 4);
    QCOMPARE(cell(table, moveUp, QStringLiteral("Missing")), 1);
    QCOMPARE(cell(table, moveUp, QStringLiteral("Train")), 3);
    QCOMPARE(cell(table, moveUp, QStringLiteral("Test")), 1);
    const int total = rowOf(table, QStringLiteral("Total"));
    QCOMPARE(total, kClasses);
    QCOMPARE(cell(table, total, QStringLiteral("Videos")), 31);
    QCOMPARE(cell(table, total, QStringLiteral("Train")), 21);
    QCOMPARE(cell(table, total, QStringLiteral("Test")), 10);

    // The bad line and the missing video, each with its file and line.
    auto *problems = wizard.findChild<QListWidget *>(QStringLiteral("problemList"));
    QCOMPARE(problems->count(), 2);
    const QString badPrefix = QStringLiteral("trainlist01.txt:%1: ").arg(m_badLine);
    QVERIFY2(problems->item(0)->text().startsWith(badPrefix),
             qPrintable(problems->item(0)->text()));
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("99")));
    QVERIFY(problems->item(0)
                ->data(as::ui::ImportPreviewPage::PathRole)
                .toString()
                .endsWith(QStringLiteral("/trainlist01.txt")));
    QCOMPARE(problems->item(0)->data(as::ui::ImportPreviewPage::LineRole).toInt(), m_badLine);
    QVERIFY(problems->item(1)->text().startsWith(
        QStringLiteral("trainlist01.txt:%1: ").arg(m_missingLine)));
    QVERIFY(problems->item(1)->text().contains(QStringLiteral("not_there.avi")));
    problems->setCurrentRow(0);
    QVERIFY(problems->item(0)->isSelected());
    QVERIFY(preview->title().contains(QStringLiteral("2")));

    // Nothing is written before the commit.
    QVERIFY(as::Project::open(projectDir.toStdString()).videos().empty());
    saveWizardScreenshot(&wizard, QStringLiteral("panel-import.png"));

    // Page 4: the commit.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPageId));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, kTimeoutMs);
    QCOMPARE(imported.at(0).at(0).toString(), projectDir);
    QCOMPARE(imported.at(0).at(1).toInt(), kClasses * kUcfClipsPerClass);
    QVERIFY(wizard.currentPage()->isComplete());
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("commitSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("30"))
                 && summary.contains(QStringLiteral("1 skipped")),
             qPrintable(summary));
    QCOMPARE(wizard.report().missingFiles, 1);

    const as::Project project = as::Project::open(projectDir.toStdString());
    QCOMPARE(int(project.classes().size()), kClasses);
    QCOMPARE(int(project.videos().size()), kClasses * kUcfClipsPerClass);
    QCOMPARE(int(project.videosIn(1, as::Subset::Train).size()), kClasses * 2);
    QCOMPARE(int(project.videosIn(1, as::Subset::Test).size()), kClasses);
    const auto moveUpClass = project.classByName("move_up");
    QVERIFY(moveUpClass);
    QCOMPARE(moveUpClass->index, 2); // classInd order
}

void TestGuiImport::importsClassFoldersDroppedOnTheWindow()
{
    const QString projectDir = createProject(m_tmp.filePath(QStringLiteral("projectFolders")));
    ImportWizard wizard(projectDir, {m_foldersDir});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("formatClassFolders"))->isChecked());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("detectedHint"))->isVisible());
    wizard.next();
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("videoRootEdit"))->text(), m_foldersDir);
    QVERIFY(!wizard.findChild<QLineEdit *>(QStringLiteral("listPathEdit"))->isVisible());
    wizard.next();

    auto *preview = qobject_cast<as::ui::ImportPreviewPage *>(wizard.currentPage());
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), kTimeoutMs);
    const int videos = kClasses * kFolderClipsPerClass;
    QCOMPARE(int(wizard.plan().videos.size()), videos);
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("classTable"));
    QCOMPARE(cell(table, rowOf(table, QStringLiteral("grow")), QStringLiteral("Videos")),
             kFolderClipsPerClass);
    auto *problems = wizard.findChild<QListWidget *>(QStringLiteral("problemList"));
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("notes.txt")));

    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, kTimeoutMs);
    QCOMPARE(imported.at(0).at(1).toInt(), videos);

    const as::Project project = as::Project::open(projectDir.toStdString());
    QCOMPARE(int(project.classes().size()), kClasses);
    QCOMPARE(int(project.videos().size()), videos);
    for (const as::VideoRecord &video : project.videos())
        QCOMPARE(video.status, as::VideoStatus::Ready);
}

QTEST_MAIN(TestGuiImport)
#include "testgui_import.moc"
