// The dataset browser on the offscreen platform, over the tiny SynthMotion demo project:
// thumbnails made in the background, the duration column, combo filters, drag and drop to
// import, class rename / merge / add through the panel (checked in the database), and the
// split tools dialog. A screenshot of the panel with its thumbnails is written.

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include "core/project/project.h"
#include "core/video/thumbnail.h"
#include "guitesthelpers.h"
#include "ui/dataset/classeditcontroller.h"
#include "ui/dataset/classlistmodel.h"
#include "ui/dataset/datasetpanel.h"
#include "ui/dataset/projectloader.h"
#include "ui/dataset/splitdialog.h"
#include "ui/dataset/splittoolscontroller.h"
#include "ui/dataset/thumbnailprovider.h"
#include "ui/dataset/videofilterproxy.h"
#include "ui/dataset/videotablemodel.h"
#include "ui/widgets/banner.h"

using namespace as::ui;

namespace {

constexpr int kClasses = 10;
constexpr int kClips = as::test::kGuiClipsPerClass;
constexpr int kTimeoutMs = 60 * 1000;

} // namespace

class TestGuiDataset : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<DatasetPanel> m_panel;

    int classRow(const QString &name) const
    {
        const ClassListModel *classes = m_panel->classModel();
        for (int row = 0; row < classes->rowCount(); ++row) {
            if (classes->classAt(row).name == name)
                return row;
        }
        return -1;
    }
    void selectCombo(const char *name, const QString &text)
    {
        auto *combo = m_panel->findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY2(combo, name);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }
    /** Every row the table shows satisfies `accept`; returns how many it shows. */
    template<typename Fn> int shownRows(Fn accept) const
    {
        const QSortFilterProxyModel *proxy = m_panel->videoProxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const int source = proxy->mapToSource(proxy->index(row, 0)).row();
            if (!accept(m_panel->videoModel()->videoAt(source)))
                return -1;
        }
        return proxy->rowCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_dataset");
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo"));
        as::test::prepareTinyDemo(m_project);

        m_panel = std::make_unique<DatasetPanel>();
        m_panel->resize(1600, 1000);
        m_panel->show();
        ProjectLoader loader;
        QSignalSpy loaded(&loader, &ProjectLoader::loaded);
        QVERIFY(loader.load(m_project));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kTimeoutMs);
        m_panel->setSnapshot(loaded.at(0).at(0).value<ProjectSnapshot>());
        QCOMPARE(m_panel->classModel()->rowCount(), kClasses);
        QCOMPARE(m_panel->videoModel()->rowCount(), kClasses * kClips);
    }

    void thumbnailsArriveInTheBackground()
    {
        const VideoTableModel *videos = m_panel->videoModel();
        // The first request is running in the worker: the UI thread returned at once.
        QTRY_VERIFY_WITH_TIMEOUT(videos->thumbnailCount() == kClasses * kClips, kTimeoutMs);
        const std::string cache = m_panel->snapshot().cacheDir.toStdString();
        for (int row = 0; row < videos->rowCount(); ++row) {
            const QVariant decoration =
                videos->index(row, VideoTableModel::FileColumn).data(Qt::DecorationRole);
            QCOMPARE(decoration.typeId(), QMetaType::QPixmap);
            const QPixmap pixmap = decoration.value<QPixmap>();
            QVERIFY(!pixmap.isNull());
            QVERIFY(pixmap.width() <= VideoTableModel::thumbnailDisplaySize().width());
            QVERIFY(QFileInfo::exists(QString::fromStdString(
                as::thumbnailPath(cache, videos->videoAt(row).id))));
        }

        // A second request finds them cached and is quick; rows update, no reset.
        QSignalSpy resets(videos, &QAbstractItemModel::modelReset);
        QSignalSpy changed(videos, &QAbstractItemModel::dataChanged);
        QSignalSpy finished(m_panel->thumbnailProvider(), &ThumbnailProvider::finished);
        m_panel->reload();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toInt(), kClasses * kClips); // made
        QCOMPARE(finished.at(0).at(1).toInt(), 0);                 // failed
        QCOMPARE(resets.count(), 1);                               // the reload itself
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.count() < kClasses * kClips); // batched

        as::test::saveScreenshot(m_panel.get(), QStringLiteral("panel-dataset.png"));
    }

    void durationAndColumns()
    {
        const VideoTableModel *videos = m_panel->videoModel();
        // 16 frames at 25 fps.
        QCOMPARE(videos->index(0, VideoTableModel::DurationColumn).data().toString(),
                 QStringLiteral("0:00.6"));
        QCOMPARE(VideoTableModel::durationText(1830, 30.0), QStringLiteral("1:01.0"));
        QCOMPARE(VideoTableModel::durationText(100, 0.0), QString());
        QCOMPARE(videos->index(0, VideoTableModel::FramesColumn).data().toInt(), 16);
        QCOMPARE(videos->index(0, VideoTableModel::SizeColumn).data().toString(),
                 QStringLiteral("64 × 48"));
        QCOMPARE(videos->headerData(VideoTableModel::DurationColumn, Qt::Horizontal,
                                    Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Duration"));
        // Counts per class in split 1: 3 train, 1 test, none unused.
        const ClassListModel *classes = m_panel->classModel();
        QCOMPARE(classes->index(0, ClassListModel::TrainColumn).data().toInt(), kClips - 1);
        QCOMPARE(classes->index(0, ClassListModel::TestColumn).data().toInt(), 1);
        QCOMPARE(classes->index(0, ClassListModel::UnusedColumn).data().toInt(), 0);
    }

    void comboFiltersNarrowRowsExactly()
    {
        const auto all = [](const VideoRow &) { return true; };
        QCOMPARE(shownRows(all), kClasses * kClips);

        selectCombo("classFilterCombo", QStringLiteral("move_left"));
        QCOMPARE(shownRows([](const VideoRow &v) { return v.className == QLatin1String("move_left"); }),
                 kClips);
        selectCombo("splitFilterCombo", VideoTableModel::splitText(VideoRow::Split::Train));
        QCOMPARE(shownRows([](const VideoRow &v) {
                     return v.className == QLatin1String("move_left")
                         && v.split == VideoRow::Split::Train;
                 }),
                 kClips - 1);
        selectCombo("classFilterCombo", QStringLiteral("All classes"));
        selectCombo("splitFilterCombo", VideoTableModel::splitText(VideoRow::Split::Test));
        QCOMPARE(shownRows([](const VideoRow &v) { return v.split == VideoRow::Split::Test; }),
                 kClasses);
        selectCombo("splitFilterCombo", QStringLiteral("All splits"));
        selectCombo("statusFilterCombo", VideoTableModel::statusText(VideoRow::Status::Error));
        QCOMPARE(shownRows(all), 0);
        selectCombo("statusFilterCombo",
                    VideoTableModel::statusText(VideoRow::Status::Extracted));
        QCOMPARE(shownRows(all), kClasses * kClips);
        selectCombo("statusFilterCombo", QStringLiteral("All statuses"));

        // The text filter combines with the combos.
        m_panel->filterEdit()->setText(QStringLiteral("move_"));
        QCOMPARE(shownRows(all), 4 * kClips);
        selectCombo("classFilterCombo", QStringLiteral("move_up"));
        QCOMPARE(shownRows(all), kClips);
        m_panel->filterEdit()->clear();
        selectCombo("classFilterCombo", QStringLiteral("All classes"));
        QCOMPARE(shownRows(all), kClasses * kClips);
    }

    void droppedFilesRequestAnImport()
    {
        QSignalSpy requested(m_panel.get(), &DatasetPanel::importRequested);
        const QStringList paths{m_dir.filePath(QStringLiteral("clips/a.mp4")),
                                m_dir.filePath(QStringLiteral("more clips"))};
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(paths.at(0)), QUrl::fromLocalFile(paths.at(1))});
        auto *hint = m_panel->findChild<QLabel *>(QStringLiteral("dropHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());

        QDragEnterEvent enter(QPoint(400, 400), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(m_panel.get(), &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(hint->isVisible());
        QDropEvent drop(QPointF(400, 400), Qt::CopyAction, &mime, Qt::LeftButton,
                        Qt::NoModifier);
        QCoreApplication::sendEvent(m_panel.get(), &drop);
        QVERIFY(!hint->isVisible());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toStringList(), paths);

        // Text without file URLs is refused.
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        refused.ignore();
        QCoreApplication::sendEvent(m_panel.get(), &refused);
        QVERIFY(!refused.isAccepted());

        // The Import… action asks for the wizard, without paths.
        QVERIFY(m_panel->importAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
        m_panel->importAction()->trigger();
        QCOMPARE(requested.count(), 2);
        QVERIFY(requested.at(1).at(0).toStringList().isEmpty());
    }

    void renameMergeAndAddClasses()
    {
        QSignalSpy edited(m_panel.get(), &DatasetPanel::projectEdited);
        const ClassRow left = m_panel->classModel()->classAt(classRow(QStringLiteral("move_left")));
        const ClassRow right =
            m_panel->classModel()->classAt(classRow(QStringLiteral("move_right")));

        QVERIFY(m_panel->renameClass(left.id, QStringLiteral("walk left")));
        QTRY_VERIFY_WITH_TIMEOUT(edited.count() == 1, kTimeoutMs);
        QCOMPARE(classRow(QStringLiteral("move_left")), -1);
        QCOMPARE(m_panel->classModel()->classAt(classRow(QStringLiteral("walk left"))).index,
                 left.index);
        QCOMPARE(m_panel->banner()->kind(), Banner::Kind::Success);

        // A name another class has is refused, naming it; nothing changes.
        QSignalSpy editFinished(m_panel->classEditor(), &ClassEditController::finished);
        QVERIFY(m_panel->renameClass(left.id, QStringLiteral("move_up")));
        QTRY_VERIFY_WITH_TIMEOUT(editFinished.count() == 1, kTimeoutMs);
        QVERIFY(!editFinished.at(0).at(0).toBool());
        QCOMPARE(m_panel->banner()->kind(), Banner::Kind::Error);
        QVERIFY2(m_panel->banner()->text().contains(QStringLiteral("move_up")),
                 qPrintable(m_panel->banner()->text()));

        const QString question =
            DatasetPanel::mergeQuestion(QStringLiteral("move_right"), QStringLiteral("walk left"),
                                        right.videos);
        QVERIFY(question.contains(QStringLiteral("4 video")));
        QVERIFY(m_panel->mergeClasses(right.id, left.id));
        QTRY_VERIFY_WITH_TIMEOUT(edited.count() == 2, kTimeoutMs);
        QCOMPARE(m_panel->classModel()->rowCount(), kClasses - 1);
        QCOMPARE(classRow(QStringLiteral("move_right")), -1);
        QCOMPARE(m_panel->classModel()->classAt(classRow(QStringLiteral("walk left"))).videos,
                 2 * kClips);

        QVERIFY(m_panel->addClass(QStringLiteral("jump")));
        QTRY_VERIFY_WITH_TIMEOUT(edited.count() == 3, kTimeoutMs);
        QCOMPARE(m_panel->classModel()->rowCount(), kClasses);
        QCOMPARE(m_panel->classModel()->classAt(kClasses - 1).name, QStringLiteral("jump"));

        // The database agrees: reopened, the labels are contiguous and the videos moved.
        const as::Project project = as::Project::open(m_project.toStdString());
        const std::vector<as::ClassInfo> classes = project.classes();
        QCOMPARE(static_cast<int>(classes.size()), kClasses);
        for (int i = 0; i < kClasses; ++i)
            QCOMPARE(classes[i].index, i);
        QVERIFY(!project.classByName("move_right"));
        QCOMPARE(project.videoCountOfClass(project.classByName("walk left")->id), 2 * kClips);
        QCOMPARE(project.videoCountOfClass(project.classByName("jump")->id), 0);
    }

    void splitDialogMakesASplit()
    {
        QSignalSpy edited(m_panel.get(), &DatasetPanel::projectEdited);
        m_panel->splitToolsAction()->trigger();
        auto *dialog = m_panel->findChild<SplitDialog *>(QStringLiteral("splitDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QSpinBox *>(QStringLiteral("splitNumberSpinBox"))->setValue(2);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("testFractionSpinBox"))->setValue(0.5);
        dialog->findChild<QSpinBox *>(QStringLiteral("splitSeedSpinBox"))->setValue(7);
        QSignalSpy made(dialog->controller(), &SplitToolsController::splitMade);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("makeSplitButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(made.count() == 1, kTimeoutMs);
        QVERIFY2(made.at(0).at(3).toString().isEmpty(), qPrintable(made.at(0).at(3).toString()));
        const int videos = kClasses * kClips; // 40; "jump" has none
        QCOMPARE(made.at(0).at(0).toInt() + made.at(0).at(1).toInt(), videos);
        QCOMPARE(made.at(0).at(1).toInt(), videos / 2);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("splitResultLabel"))
                    ->text()
                    .contains(QStringLiteral("50.0 %")));

        // The panel reloads and offers split 2, with half of every class in test.
        QTRY_VERIFY_WITH_TIMEOUT(edited.count() == 1, kTimeoutMs);
        auto *selector = m_panel->findChild<QComboBox *>(QStringLiteral("splitSelector"));
        QCOMPARE(selector->count(), 2);
        QVERIFY(selector->isEnabled());
        m_panel->setCurrentSplit(2);
        const ClassListModel *classes = m_panel->classModel();
        for (int row = 0; row < classes->rowCount(); ++row) {
            const ClassRow &c = classes->classAt(row);
            QCOMPARE(c.test, c.videos / 2);
            QCOMPARE(c.train, c.videos - c.videos / 2);
        }
        m_panel->setCurrentSplit(1);
        QCOMPARE(classes->classAt(classRow(QStringLiteral("move_up"))).test, 1);

        // In the database too.
        const as::Project project = as::Project::open(m_project.toStdString());
        QCOMPARE(static_cast<int>(project.videosIn(2, as::Subset::Test).size()), videos / 2);

        // Export of the lists, in the worker.
        const QString out = m_dir.filePath(QStringLiteral("lists"));
        dialog->findChild<QLineEdit *>(QStringLiteral("exportDirEdit"))->setText(out);
        QSignalSpy exported(dialog->controller(), &SplitToolsController::listsExported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportListsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() == 1, kTimeoutMs);
        QVERIFY2(exported.at(0).at(3).toString().isEmpty(),
                 qPrintable(exported.at(0).at(3).toString()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/classInd.txt")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/testlist02.txt")));
        QCOMPARE(exported.at(0).at(2).toInt(), videos / 2);
        dialog->close();
    }

    void cleanupTestCase() { m_panel.reset(); }
};

QTEST_MAIN(TestGuiDataset)
#include "testgui_dataset.moc"
