// Tests of the dataset importers (folder tree, UCF101 all splits, HMDB51, Kinetics CSV,
// mmaction2 and PaddleVideo lists) on the real list files of shared/testdata and on generated
// files with bad lines, and of frame folders as videos. Exporters and split tools:
// testdatasettools.cpp.

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/project/importers/folderimporter.h"
#include "core/project/importers/hmdb51importer.h"
#include "core/project/importers/importplan.h"
#include "core/project/importers/kineticsimporter.h"
#include "core/project/importers/listexporter.h"
#include "core/project/importers/listfile.h"
#include "core/project/importers/mmactionlistimporter.h"
#include "core/project/importers/ucf101importer.h"
#include "core/project/project.h"
#include "core/video/framecache.h"
#include "core/video/framefoldersource.h"
#include "core/video/frameextractor.h"
#include "core/video/videoinfo.h"
#include "datasettesthelpers.h"
#include "testutil.h"

using namespace as;
using namespace as::test;
namespace fs = std::filesystem;

namespace {

/** The problem on `line` of the file whose path ends with `file`, or nullptr. */
const ErrorInfo *problemAt(const std::vector<ErrorInfo> &problems, const std::string &file,
                           int line)
{
    for (const ErrorInfo &p : problems)
        if (p.line == line && p.path.size() >= file.size() &&
            p.path.compare(p.path.size() - file.size(), file.size(), file) == 0)
            return &p;
    return nullptr;
}

int countCode(const std::vector<ErrorInfo> &problems, const std::string &code)
{
    return static_cast<int>(std::count_if(problems.begin(), problems.end(),
                                          [&](const ErrorInfo &p) { return p.code == code; }));
}

std::array<int, 3> splitCounts(const ImportPlan &plan, int split)
{
    const auto totals = countPlanPerSplit(plan);
    const auto it = totals.find(split);
    return it == totals.end() ? std::array<int, 3>{0, 0, 0} : it->second;
}

const std::string kUcfLists = "temporal-segment-networks/data/ucf101_splits";
const std::string kHmdbLists = "temporal-segment-networks/data/hmdb51_splits";
const std::string kKinetics = "ActivityNet/Crawler/Kinetics/data";
const std::string kMmData = "mmaction2/tests/data";
const std::string kPaddle = "PaddleVideo/data/k400";

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- frame folders ---

    void frameFolderProbesTheRealFrames()
    {
        const std::string imgs = test::testdata(kMmData + "/imgs");
        QCOMPARE(FrameFolderSource::detectTemplate(imgs), std::string("img_{:05}.jpg"));
        const VideoInfo info = probeVideo(imgs);  // the same probe as for video files
        QCOMPARE(info.frameCount, 10);
        QCOMPARE(info.width, 320);
        QCOMPARE(info.height, 240);
        QCOMPARE(info.fps, FrameFolderSource::kAssumedFps);
        // The flow frames of the same folder, by an explicit template.
        FrameFolderSource flowX(imgs, "x_{:05}.jpg");
        QCOMPARE(flowX.frameCount(), 5);
        cv::Mat frame;
        int read = 0;
        while (flowX.read(frame)) {
            QCOMPARE(frame.channels(), 3);  // grey frames come out as BGR like video frames
            ++read;
        }
        QCOMPARE(read, 5);
    }

    void frameFolderWithAGapNamesTheMissingFile()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp, "clip");
        writeFrameFolder(dir, 6);
        fs::remove(dir + "/img_00003.jpg");
        try {
            FrameFolderSource source(dir);
            QFAIL("a gap in the frames must be an error");
        } catch (const Error &e) {
            QCOMPARE(e.code(), std::string("video.missingframe"));
            QVERIFY2(contains(e.what(), "img_00003.jpg"), e.what());
            QVERIFY(contains(e.path(), "img_00003.jpg"));
        }
        // Only the first two frames are wanted: the gap after them does not matter.
        QCOMPARE(FrameFolderSource(dir, {}, 2).frameCount(), 2);
        // A corrupt frame is named when it is read.
        writeText(dir + "/img_00003.jpg", "not a jpeg");
        FrameFolderSource source(dir);
        QCOMPARE(source.frameCount(), 6);
        try {
            (void)source.frame(2);
            QFAIL("a corrupt frame must be an error");
        } catch (const Error &e) {
            QVERIFY2(contains(e.what(), "img_00003.jpg"), e.what());
        }
        // An empty folder is no video.
        fs::create_directories(test::path(tmp, "empty"));
        QVERIFY_THROWS_EXCEPTION(Error, probeVideo(test::path(tmp, "empty")));
    }

    void frameFolderTemplateIsDetectedAndExtracted()
    {
        QTemporaryDir tmp;
        const std::string dir = test::path(tmp, "frames");
        writeFrameFolder(dir, 8, "frame%04d.png");
        QCOMPARE(FrameFolderSource::detectTemplate(dir), std::string("frame{:04}.png"));
        const std::string pack = test::path(tmp, "cache/1_s15.asfc");
        QCOMPARE(FrameCache::extract(dir, pack, 15), 8);
        const FrameCache cache(pack);
        QCOMPARE(cache.frameCount(), 8);
        QCOMPARE(cache.height(), 15);  // short side
        QCOMPARE(cache.width(), 20);
        QCOMPARE(cache.fps(), FrameFolderSource::kAssumedFps);
        // The last frame is the 8th file: blue channel 8 * 25, kept through the JPEG cache.
        QVERIFY(std::abs(cache.frame(7).at<cv::Vec3b>(7, 10)[0] - 200) <= 6);
        QCOMPARE(FrameCache::extract(dir, test::path(tmp, "cache/2.asfc"), 15, {}, 5), 5);
    }

    void frameListImportTrainsLikeVideos()
    {
        // A rawframe list whose total_frames (4) is below the files present (7): the list wins.
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "rawframes");
        writeFrameFolder(root + "/wave/clip1", 7);
        writeFrameFolder(root + "/jump/clip2", 5);
        writeText(root + "/train.txt", "wave/clip1 4 0\njump/clip2 5 1\nwave/gone 5 0\n");
        MmactionListOptions options;
        options.trainList = root + "/train.txt";
        options.root = root;
        options.frames = true;
        const ImportPlan plan = planMmactionListImport(options);
        QCOMPARE(plan.videos.size(), std::size_t(3));
        QCOMPARE(plan.missingCount(), 1);
        QVERIFY(plan.problems.empty());

        Project p = Project::create(test::path(tmp, "project"));
        NullProgressObserver observer;
        const ImportReport report = commitImportPlan(p, plan, observer, CancellationToken());
        QCOMPARE(report.videosAdded, 2);
        QCOMPARE(report.missingFiles, 1);
        QCOMPARE(countCode(report.problems, "import.fpsassumed"), 1);
        const auto clip1 = p.videoByPath(listfile::absolutePath(root + "/wave/clip1"));
        QVERIFY(clip1);
        QCOMPARE(clip1->frameCount, 4);
        QCOMPARE(clip1->fps, 30.0);
        QCOMPARE(clip1->width, 40);

        const ExtractReport extracted = extractProjectFrames(p, 24, 1, observer, CancellationToken());
        QCOMPARE(extracted.extracted, 2);
        QCOMPARE(extracted.failed, 0);
        QCOMPARE(FrameCache(FrameCache::packPath(p.cacheDir(), clip1->id, 24)).frameCount(), 4);
        QCOMPARE(p.video(clip1->id)->status, VideoStatus::Extracted);
        QCOMPARE(p.videosIn(1, Subset::Train).size(), std::size_t(2));

        // Exported as an mmaction2 rawframe list with the frames the project uses.
        ListExportOptions out;
        out.outDir = test::path(tmp, "lists");
        out.videoRoot = root;
        exportMmactionLists(p, out);
        const std::vector<std::string> lines =
            listfile::readLines(out.outDir + "/train_split_1_rawframes.txt");
        QCOMPARE(lines, (std::vector<std::string>{"wave/clip1 4 0", "jump/clip2 5 1"}));
    }

    void folderTreeTakesVideosAndFrameFolders()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "tree");
        writeVideo(root + "/wave/a.avi");
        writeFrameFolder(root + "/wave/frames_b", 4);
        writeFrameFolder(root + "/clap/sub/c", 3, "%06d.png");
        writeText(root + "/clap/notes.txt", "not a video");
        writeVideo(root + "/loose.avi");
        fs::create_directories(root + "/empty");
        const ImportPlan plan = planFolderTreeImport(root);
        QCOMPARE(plan.classNames, (std::vector<std::string>{"clap", "wave"}));
        QCOMPARE(plan.videos.size(), std::size_t(3));
        QCOMPARE(countCode(plan.problems, "import.notvideo"), 1);
        QCOMPARE(countCode(plan.problems, "import.noclass"), 1);

        Project p = Project::create(test::path(tmp, "project"));
        NullProgressObserver observer;
        const ImportReport report = commitImportPlan(p, plan, observer, CancellationToken());
        QCOMPARE(report.videosAdded, 3);
        const auto c = p.videoByPath(listfile::absolutePath(root + "/clap/sub/c"));
        QVERIFY(c);
        QCOMPARE(c->frameCount, 3);
        QCOMPARE(c->status, VideoStatus::Ready);
        QCOMPARE(c->classId, p.classByName("clap")->id);
    }

    // --- UCF101 ---

    void ucf101PlansAllThreeRealSplits()
    {
        Ucf101ImportOptions options;
        options.listDir = test::testdata(kUcfLists);
        QTemporaryDir tmp;  // no videos: every one is missing, none is probed
        options.videoRoot = test::path(tmp);
        const ImportPlan plan = planUcf101Import(options);
        QVERIFY2(plan.problems.empty(),
                 plan.problems.empty() ? "" : plan.problems.front().message.c_str());
        QCOMPARE(plan.classNames.size(), std::size_t(101));
        QCOMPARE(plan.videos.size(), std::size_t(13320));
        QCOMPARE(plan.missingCount(), 13320);
        QCOMPARE(splitCounts(plan, 1), (std::array<int, 3>{0, 9537, 3783}));
        QCOMPARE(splitCounts(plan, 2), (std::array<int, 3>{0, 9586, 3734}));
        QCOMPARE(splitCounts(plan, 3), (std::array<int, 3>{0, 9624, 3696}));
        // Every video is in exactly one subset of each split.
        for (const PlannedVideo &v : plan.videos)
            QCOMPARE(v.subsets.size(), std::size_t(3));
        const PlannedVideo *first = nullptr;
        for (const PlannedVideo &v : plan.videos)
            if (contains(v.path, "v_ApplyEyeMakeup_g08_c01.avi"))
                first = &v;
        QVERIFY(first);
        QCOMPARE(first->className, std::string("ApplyEyeMakeup"));
        QCOMPARE(first->subsets.at(1), Subset::Train);
        const auto rows = countPlanPerClass(plan);
        QCOMPARE(rows.front().className, std::string("ApplyEyeMakeup"));
        QCOMPARE(rows.front().videos, 145);  // 101 + 44 (test) in split 1
    }

    void ucf101ReportsBadLinesAndImportsTheRest()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "ucf");
        for (const char *name : {"Walk/v_Walk_g01_c01.avi", "Walk/v_Walk_g02_c01.avi",
                                 "Jump/v_Jump_g01_c01.avi", "Jump/v_Jump_g02_c01.avi"})
            writeVideo(root + "/" + name);
        writeText(root + "/classInd.txt", "1 Walk\r\n2 Jump\r\n");
        writeText(root + "/trainlist01.txt", "Walk/v_Walk_g01_c01.avi 1\r\n"
                                             "Jump/v_Jump_g01_c01.avi 2\r\n"
                                             "Walk/v_Walk_g02_c01.avi 9\r\n"        // bad label
                                             "Jump/v_Jump_g07_c01.avi 2\r\n");      // missing
        writeText(root + "/testlist01.txt", "Walk/v_Walk_g02_c01.avi\r\n"
                                            "Jump/v_Jump_g02_c01.avi\r\n"
                                            "Jump/v_Jump_g02_c01.avi\r\n");          // repeat
        writeText(root + "/trainlist02.txt", "Walk/v_Walk_g02_c01.avi 1\r\n"
                                             "Jump/v_Jump_g02_c01.avi 2 extra\r\n"); // bad form
        writeText(root + "/testlist02.txt", "Walk/v_Walk_g01_c01.avi\n"
                                            "Jump/v_Jump_g01_c01.avi\n");
        Ucf101ImportOptions options;
        options.listDir = root;
        options.videoRoot = root;  // split 3 lists do not exist: one problem, no error
        const ImportPlan plan = planUcf101Import(options);
        QVERIFY(problemAt(plan.problems, "trainlist01.txt", 3));
        QVERIFY(contains(problemAt(plan.problems, "trainlist01.txt", 3)->message, "Line 3"));
        QCOMPARE(problemAt(plan.problems, "testlist01.txt", 3)->code,
                 std::string("import.duplicate"));
        QVERIFY(problemAt(plan.problems, "trainlist02.txt", 2));
        QCOMPARE(countCode(plan.problems, "import.notfound"), 2);  // trainlist03, testlist03
        QCOMPARE(plan.problems.size(), std::size_t(5));
        QCOMPARE(plan.missingCount(), 1);

        Project p = Project::create(test::path(tmp, "project"));
        NullProgressObserver observer;
        const ImportReport report = commitImportPlan(p, plan, observer, CancellationToken());
        QCOMPARE(report.classesAdded, 2);
        QCOMPARE(report.videosAdded, 4);
        QCOMPARE(report.missingFiles, 1);
        QCOMPARE(p.videosIn(1, Subset::Train).size(), std::size_t(2));
        QCOMPARE(p.videosIn(1, Subset::Test).size(), std::size_t(2));
        QCOMPARE(p.videosIn(2, Subset::Train).size(), std::size_t(1));
        QCOMPARE(p.videosIn(2, Subset::Test).size(), std::size_t(2));
        const auto walk1 = p.videoByPath(listfile::absolutePath(root + "/Walk/v_Walk_g01_c01.avi"));
        QCOMPARE(p.subset(1, walk1->id), Subset::Train);
        QCOMPARE(p.subset(2, walk1->id), Subset::Test);
        QCOMPARE(walk1->frameCount, 6);
    }

    // --- HMDB51 ---

    void hmdb51PlansTheRealSplitFiles()
    {
        Hmdb51ImportOptions options;
        options.splitDir = test::testdata(kHmdbLists);
        QTemporaryDir tmp;
        options.videoRoot = test::path(tmp);
        const ImportPlan plan = planHmdb51Import(options);
        QVERIFY2(plan.problems.empty(),
                 plan.problems.empty() ? "" : plan.problems.front().message.c_str());
        QCOMPARE(plan.classNames.size(), std::size_t(51));
        QCOMPARE(plan.classNames.front(), std::string("brush_hair"));
        QCOMPARE(plan.videos.size(), std::size_t(6766));
        QCOMPARE(splitCounts(plan, 1), (std::array<int, 3>{1666, 3570, 1530}));
        for (int split : {2, 3}) {
            const auto c = splitCounts(plan, split);
            QCOMPARE(c[0] + c[1] + c[2], 6766);
        }
        // The class names equal mmaction2's HMDB51 label map, in its order.
        std::vector<ErrorInfo> ignored;
        const auto labelMap = listfile::readLabelMap(
            test::testdata("mmaction2/tools/data/hmdb51/label_map.txt"), ignored);
        QCOMPARE(labelMap.size(), std::size_t(51));
        for (const auto &[id, name] : labelMap)
            QCOMPARE(plan.classNames[static_cast<std::size_t>(id)], name);
    }

    void hmdb51ReportsBadLinesAndImportsTheRest()
    {
        QTemporaryDir tmp;
        const std::string splits = test::path(tmp, "splits");
        const std::string root = test::path(tmp, "videos");
        writeVideo(root + "/wave/a.avi");
        writeVideo(root + "/wave/b.avi");
        writeVideo(root + "/clap/c.avi");
        writeText(splits + "/wave_test_split1.txt", "a.avi 1 \nb.avi 2 \nx.avi 7 \nc.avi\n");
        writeText(splits + "/clap_test_split1.txt", "c.avi 1 \nd.avi 2 \n");
        writeText(splits + "/readme.txt", "not a split file\n");
        Hmdb51ImportOptions options;
        options.splitDir = splits;
        options.videoRoot = root;
        const ImportPlan plan = planHmdb51Import(options);
        QCOMPARE(plan.problems.size(), std::size_t(2));
        QVERIFY(problemAt(plan.problems, "wave_test_split1.txt", 3));
        QVERIFY(problemAt(plan.problems, "wave_test_split1.txt", 4));
        QCOMPARE(plan.classNames, (std::vector<std::string>{"clap", "wave"}));
        QCOMPARE(plan.missingCount(), 1);  // clap/d.avi

        Project p = Project::create(test::path(tmp, "project"));
        NullProgressObserver observer;
        const ImportReport report = commitImportPlan(p, plan, observer, CancellationToken());
        QCOMPARE(report.videosAdded, 3);
        QCOMPARE(p.videosIn(1, Subset::Train).size(), std::size_t(2));
        QCOMPARE(p.videosIn(1, Subset::Test).size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(Error, planHmdb51Import(Hmdb51ImportOptions{root, root, {1}}));
    }

    // --- Kinetics ---

    void kineticsValCsvMatchesLocalClips()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "k400");
        // Three clips named by the K400 rule: two in class folders, one flat; and a stray file.
        writeVideo(root + "/abseiling/" + kineticsClipStem("0wR5jVB-WPk", 417, 427) + ".mp4");
        writeVideo(root + "/air drumming/" + kineticsClipStem("--nQbRBEz2s", 104, 114) + ".avi");
        writeVideo(root + "/" + kineticsClipStem("3caPS4FHFF8", 36, 46) + ".mkv");
        writeVideo(root + "/abseiling/unrelated.avi");
        // A clip as a folder of extracted frames, named like PaddleVideo's frame lists.
        writeFrameFolder(root + "/frames/" + kineticsClipStem("6_4kjPiQr7w", 191, 201) + ".mp4", 3);
        KineticsImportOptions options;
        options.csvPath = test::testdata(kKinetics + "/kinetics-400_val.csv");
        options.videoRoot = root;
        const ImportPlan plan = planKineticsImport(options);
        QVERIFY(plan.problems.empty());
        QCOMPARE(plan.videos.size(), std::size_t(19906));
        QCOMPARE(plan.classNames.size(), std::size_t(400));
        QCOMPARE(plan.missingCount(), 19906 - 4);
        QCOMPARE(splitCounts(plan, 1), (std::array<int, 3>{0, 0, 19906}));
        // Alphabetical labels are the mmaction2 label map, id for id (quoted labels parsed).
        std::vector<ErrorInfo> ignored;
        const auto labelMap = listfile::readLabelMap(
            test::testdata("mmaction2/tools/data/kinetics/label_map_k400.txt"), ignored);
        QCOMPARE(labelMap.size(), std::size_t(400));
        for (const auto &[id, name] : labelMap)
            QCOMPARE(plan.classNames[static_cast<std::size_t>(id)], name);

        Project p = Project::create(test::path(tmp, "project"));
        NullProgressObserver observer;
        const ImportReport report = commitImportPlan(p, plan, observer, CancellationToken());
        QCOMPARE(report.videosAdded, 4);
        QCOMPARE(report.missingFiles, 19902);
        QCOMPARE(report.missingPaths.size(), std::size_t(19902));
        // Rows 2 and 3 were found; row 4 is the first missing clip, named with its line.
        QVERIFY(contains(report.missingPaths.front(), "3yaoNwz99xM_000062_000072"));
        QVERIFY(contains(report.missingPaths.front(), "kinetics-400_val.csv:4"));
        const auto frames = p.videoByPath(listfile::absolutePath(
            root + "/frames/6_4kjPiQr7w_000191_000201.mp4"));
        QVERIFY(frames);
        QCOMPARE(frames->frameCount, 3);
        QCOMPARE(frames->classId, p.classByName("abseiling")->id);
        QCOMPARE(report.classesAdded, 400);
        const auto drumming =
            p.videoByPath(listfile::absolutePath(root + "/air drumming/--nQbRBEz2s_000104_000114.avi"));
        QVERIFY(drumming);
        QCOMPARE(drumming->classId, p.classByName("air drumming")->id);
        QCOMPARE(p.subset(1, drumming->id), Subset::Test);
    }

    void kineticsTestCsvAndK600()
    {
        QTemporaryDir tmp;
        KineticsImportOptions options;
        options.videoRoot = test::path(tmp);
        options.csvPath = test::testdata(kKinetics + "/kinetics-400_test.csv");
        const ImportPlan test400 = planKineticsImport(options);
        QVERIFY(test400.problems.empty());
        QCOMPARE(test400.videos.size(), std::size_t(38685));
        QVERIFY(test400.classNames.empty());
        QVERIFY(test400.videos.front().className.empty());  // unlabelled
        options.csvPath = test::testdata(kKinetics + "/kinetics-600_val.csv");
        const ImportPlan val600 = planKineticsImport(options);
        QVERIFY(val600.problems.empty());
        QCOMPARE(val600.videos.size(), std::size_t(30000));
        QCOMPARE(val600.classNames.size(), std::size_t(600));
    }

    void kineticsReportsBadRows()
    {
        QTemporaryDir tmp;
        const std::string csv = test::path(tmp, "k.csv");
        writeText(csv, "label,youtube_id,time_start,time_end,split,is_cc\n"
                       "\"air drumming\",abc,1,11,val,0\n"
                       "\"unclosed,abd,1,11,val,0\n"          // line 3
                       "archery,abe,1,11,val\n"              // line 4: 5 fields
                       "archery,abf,x,11,val,0\n"            // line 5: bad time
                       "archery,abg,1,11,holdout,0\n"        // line 6: bad split
                       "\"say \"\"hi\"\"\",abh,2.0,12.0,train,1\n"
                       "\"air drumming\",abc,1,11,val,0\n"); // line 8: repeat
        KineticsImportOptions options;
        options.csvPath = csv;
        options.videoRoot = test::path(tmp);
        options.split = 2;
        const ImportPlan plan = planKineticsImport(options);
        QCOMPARE(plan.problems.size(), std::size_t(5));
        for (int line : {3, 4, 5, 6, 8})
            QVERIFY2(problemAt(plan.problems, "k.csv", line), std::to_string(line).c_str());
        QCOMPARE(plan.classNames, (std::vector<std::string>{"air drumming", "say \"hi\""}));
        QCOMPARE(splitCounts(plan, 2), (std::array<int, 3>{0, 1, 1}));
        QVERIFY(contains(plan.videos[1].path, "abh_000002_000012"));
    }

    // --- mmaction2 / PaddleVideo lists ---

    void mmactionRealListsAreReadLineByLine()
    {
        const std::string data = test::testdata(kMmData);
        MmactionListOptions videos;
        videos.trainList = data + "/annotations/video_test_list.txt";
        videos.root = data;
        ImportPlan plan = planMmactionListImport(videos);
        QCOMPARE(plan.videos.size(), std::size_t(1));
        QVERIFY(!plan.videos.front().missing);
        QCOMPARE(plan.videos.front().className, std::string("0"));  // no label map: by id
        QCOMPARE(problemAt(plan.problems, "video_test_list.txt", 2)->code,
                 std::string("import.duplicate"));

        videos.trainList = data + "/annotations/video_test_list_multi_label.txt";
        plan = planMmactionListImport(videos);
        QVERIFY(plan.videos.empty());
        QCOMPARE(problemAt(plan.problems, "multi_label.txt", 1)->code,
                 std::string("import.multilabel"));
        QCOMPARE(problemAt(plan.problems, "multi_label.txt", 2)->code,
                 std::string("import.multilabel"));

        MmactionListOptions frames;
        frames.trainList = data + "/annotations/rawframe_test_list.txt";
        frames.root = data;
        frames.frames = true;
        plan = planMmactionListImport(frames);
        QCOMPARE(plan.videos.size(), std::size_t(1));
        QCOMPARE(plan.videos.front().listedFrames, 5);
        QVERIFY(!plan.videos.front().missing);
        QCOMPARE(plan.classNames, (std::vector<std::string>{"127"}));

        frames.trainList = data + "/annotations/rawframe_test_list_multi_label.txt";
        plan = planMmactionListImport(frames);
        QCOMPARE(plan.videos.size(), std::size_t(1));  // "imgs 5 1" is single-label
        QCOMPARE(problemAt(plan.problems, "rawframe_test_list_multi_label.txt", 2)->code,
                 std::string("import.multilabel"));

        frames.trainList = data + "/annotations/rawframe_test_list_with_offset.txt";
        frames.withOffset = true;
        plan = planMmactionListImport(frames);
        QVERIFY(plan.videos.empty());
        QCOMPARE(countCode(plan.problems, "import.offset"), 2);
    }

    void paddleVideoListsWithLabelMaps()
    {
        QTemporaryDir tmp;
        MmactionListOptions options;
        options.trainList = test::testdata(kPaddle + "/val_small_videos.list");
        options.root = test::path(tmp);
        options.labelMapPath = test::testdata(kPaddle + "/Kinetics-400_label_list.txt");
        ImportPlan plan = planMmactionListImport(options);
        // The real list holds 16 clips of 2 classes, each listed 8 times: 112 repeats reported.
        QCOMPARE(plan.videos.size(), std::size_t(16));
        QCOMPARE(countCode(plan.problems, "import.duplicate"), 112);
        QCOMPARE(plan.problems.size(), std::size_t(112));
        QVERIFY(problemAt(plan.problems, "val_small_videos.list", 17));
        QCOMPARE(plan.missingCount(), 16);
        QCOMPARE(plan.classNames.size(), std::size_t(400));  // "<id> <name>" form
        QCOMPARE(plan.classNames[1], std::string("air_drumming"));
        QCOMPARE(plan.videos.front().className, std::string("abseiling"));
        QVERIFY(contains(plan.videos.front().path, "abseiling/_4YTwq0-73Y_000044_000054.mp4"));

        options.trainList.clear();
        options.testList = test::testdata(kPaddle + "/val_small_frames.list");
        options.frames = true;
        options.labelMapPath = test::testdata("mmaction2/tools/data/kinetics/label_map_k400.txt");
        plan = planMmactionListImport(options);
        QCOMPARE(plan.videos.size(), std::size_t(16));  // 200 lines, the same 16 clips
        QCOMPARE(countCode(plan.problems, "import.duplicate"), 200 - 16);
        QCOMPARE(plan.problems.size(), std::size_t(200 - 16));
        QCOMPARE(plan.classNames[1], std::string("air drumming"));  // names by line index
        QCOMPARE(plan.videos.front().listedFrames, 300);
        QCOMPARE(splitCounts(plan, 1), (std::array<int, 3>{0, 0, 16}));
    }

    void mmactionGeneratedBadLines()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "data");
        writeVideo(root + "/a.avi");
        writeVideo(root + "/b.avi");
        writeText(root + "/map.txt", "walk\nrun\n");
        writeText(root + "/train.txt", "a.avi 0\n"
                                       "b.avi\n"        // 2: no label
                                       "b.avi -1\n"     // 3: negative
                                       "b.avi 5\n"      // 4: not in the label map
                                       "b.avi one\n"    // 5: not a number
                                       "\n"
                                       "b.avi 1\n");
        MmactionListOptions options;
        options.trainList = root + "/train.txt";
        options.root = root;
        options.labelMapPath = root + "/map.txt";
        const ImportPlan plan = planMmactionListImport(options);
        QCOMPARE(plan.problems.size(), std::size_t(4));
        for (int line : {2, 3, 4, 5})
            QVERIFY2(problemAt(plan.problems, "train.txt", line), std::to_string(line).c_str());
        QCOMPARE(plan.videos.size(), std::size_t(2));
        QCOMPARE(plan.videos[1].className, std::string("run"));
    }
};

QTEST_APPLESS_MAIN(TestImporters)
#include "testimporters.moc"
