// Tests of the dataset tools: the UCF101 and mmaction2 list exporters (round trip: export, import
// into a fresh project, same classes, videos and split membership) and the split tools
// (stratified and group-aware: stratification, no group leakage, determinism).

#include <map>
#include <set>
#include <string>
#include <vector>

#include <QTemporaryDir>
#include <QtTest>

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/project/importers/importplan.h"
#include "core/project/importers/listexporter.h"
#include "core/project/importers/listfile.h"
#include "core/project/importers/mmactionlistimporter.h"
#include "core/project/importers/splittools.h"
#include "core/project/importers/ucf101importer.h"
#include "core/project/project.h"
#include "datasettesthelpers.h"
#include "testutil.h"

using namespace as;
using namespace as::test;

class TestDatasetTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- exporters: round trips ---

    void ucf101ExportRoundTrip()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "videos");
        Project p = Project::create(test::path(tmp, "p1"));
        p.ensureClass("Walk");
        p.ensureClass("Jump");
        int n = 0;
        for (const char *cls : {"Walk", "Jump"}) {
            for (int g = 1; g <= 3; ++g) {
                const std::string path = listfile::absolutePath(
                    root + "/" + cls + "/v_" + cls + "_g0" + std::to_string(g) + "_c01.avi");
                writeVideo(path, 3);
                const std::int64_t id = p.upsertVideo(fakeVideo(path, p.classByName(cls)->id));
                p.setSubset(1, id, n++ % 3 == 0 ? Subset::Test : Subset::Train);
            }
        }
        ListExportOptions out;
        out.outDir = test::path(tmp, "lists");
        out.videoRoot = root;
        const ListExportReport exported = exportUcf101Lists(p, out);
        QCOMPARE(exported.train, 4);
        QCOMPARE(exported.test, 2);
        QVERIFY(exported.problems.empty());

        Ucf101ImportOptions in;
        in.listDir = out.outDir;
        in.videoRoot = root;
        in.splits = {1};
        const ImportPlan plan = planUcf101Import(in);
        QVERIFY(plan.problems.empty());
        Project q = Project::create(test::path(tmp, "p2"));
        NullProgressObserver observer;
        commitImportPlan(q, plan, observer, CancellationToken());
        QCOMPARE(classNames(q), classNames(p));
        QCOMPARE(membership(q, 1), membership(p, 1));
    }

    void mmactionExportRoundTrip()
    {
        QTemporaryDir tmp;
        const std::string root = test::path(tmp, "data");
        Project p = Project::create(test::path(tmp, "p1"));
        p.ensureClass("air drumming");  // a space: fine in a label map
        p.ensureClass("archery");
        for (int i = 0; i < 4; ++i) {
            const std::string path = listfile::absolutePath(root + "/v" + std::to_string(i) + ".avi");
            writeVideo(path, 3);
            const std::int64_t id = p.upsertVideo(fakeVideo(path, p.classes()[i % 2].id));
            p.setSubset(1, id, i == 3 ? Subset::Test : Subset::Train);
        }
        ListExportOptions out;
        out.outDir = test::path(tmp, "lists");
        out.videoRoot = root;
        const ListExportReport exported = exportMmactionLists(p, out);
        QCOMPARE(exported.train + exported.test, 4);
        std::ifstream train(out.outDir + "/train_split_1_videos.txt");
        std::string first;
        std::getline(train, first);
        QCOMPARE(first, std::string("v0.avi 0"));

        MmactionListOptions in;
        in.trainList = out.outDir + "/train_split_1_videos.txt";
        in.testList = out.outDir + "/val_split_1_videos.txt";
        in.root = root;
        in.labelMapPath = out.outDir + "/label_map.txt";
        const ImportPlan plan = planMmactionListImport(in);
        QVERIFY(plan.problems.empty());
        Project q = Project::create(test::path(tmp, "p2"));
        NullProgressObserver observer;
        commitImportPlan(q, plan, observer, CancellationToken());
        QCOMPARE(classNames(q), classNames(p));
        QCOMPARE(membership(q, 1), membership(p, 1));
    }

    // --- split tools ---

    void stratifiedSplitIsStratifiedAndDeterministic()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp, "p"));
        const std::int64_t a = p.ensureClass("a");
        const std::int64_t b = p.ensureClass("b");
        for (int i = 0; i < 20; ++i)
            p.upsertVideo(fakeVideo("/x/a/" + std::to_string(i) + ".avi", a));
        for (int i = 0; i < 10; ++i)
            p.upsertVideo(fakeVideo("/x/b/" + std::to_string(i) + ".avi", b));
        p.upsertVideo(fakeVideo("/x/unlabelled.avi", 0));
        SplitOptions options;
        options.testFraction = 0.3;
        options.seed = 7;
        const SplitResult r = makeStratifiedSplit(p, options);
        QCOMPARE(r.test, 6 + 3);
        QCOMPARE(r.train, 14 + 7);
        QCOMPARE(r.unused, 1);
        std::map<std::int64_t, int> testPerClass;
        for (const VideoRecord &v : p.videosIn(1, Subset::Test))
            ++testPerClass[v.classId];
        QCOMPARE(testPerClass[a], 6);
        QCOMPARE(testPerClass[b], 3);

        const auto first = membership(p, 1);
        options.split = 2;
        makeStratifiedSplit(p, options);
        QCOMPARE(membership(p, 2), first);  // same seed, same split
        options.split = 3;
        options.seed = 8;
        makeStratifiedSplit(p, options);
        QVERIFY(membership(p, 3) != first);  // another seed, another split
        options.testFraction = 1.5;
        QVERIFY_THROWS_EXCEPTION(Error, makeStratifiedSplit(p, options));
    }

    void groupSplitNeverLeaksAGroup()
    {
        QTemporaryDir tmp;
        Project p = Project::create(test::path(tmp, "p"));
        std::vector<std::int64_t> classes;
        for (const char *name : {"Walk", "Jump", "Swim"})
            classes.push_back(p.ensureClass(name));
        for (std::size_t c = 0; c < classes.size(); ++c) {
            const std::string cls = p.classes()[c].name;
            for (int g = 1; g <= 10; ++g)
                for (int clip = 1; clip <= 1 + (g % 3); ++clip)
                    p.upsertVideo(fakeVideo(
                        "/ucf/" + cls + "/v_" + cls + "_g" + (g < 10 ? "0" : "") +
                            std::to_string(g) + "_c0" + std::to_string(clip) + ".avi",
                        classes[c]));
        }
        p.upsertVideo(fakeVideo("/ucf/Walk/no_group.avi", classes[0]));
        SplitOptions options;
        options.testFraction = 0.3;
        options.seed = 3;
        const SplitResult r = makeGroupSplit(p, options);
        QCOMPARE(r.groups, 10 + 1);
        QCOMPARE(r.ungrouped, 1);
        const auto groupOf = [](const std::string &path) {
            const auto at = path.find("_g");
            return at == std::string::npos ? path : path.substr(at, 4);
        };
        std::map<std::string, std::set<Subset>> subsetsOfGroup;
        for (const auto &[path, entry] : membership(p, 1))
            subsetsOfGroup[groupOf(path)].insert(entry.second);
        for (const auto &[group, subsets] : subsetsOfGroup)
            QVERIFY2(subsets.size() == 1, group.c_str());  // no group on both sides
        const double share = static_cast<double>(r.test) / (r.test + r.train);
        QVERIFY2(share > 0.2 && share < 0.4, std::to_string(share).c_str());

        // Deterministic for a seed.
        options.split = 2;
        makeGroupSplit(p, options);
        std::map<std::string, Subset> one;
        std::map<std::string, Subset> two;
        for (const auto &[path, entry] : membership(p, 1))
            one[path] = entry.second;
        for (const auto &[path, entry] : membership(p, 2))
            two[path] = entry.second;
        QCOMPARE(one, two);

        // A user pattern: the class folder is the group, so each class is all train or all test.
        options.split = 3;
        const SplitResult byClass = makeGroupSplit(p, options, "/ucf/([A-Za-z]+)/");
        QCOMPARE(byClass.groups, 3);
        QCOMPARE(byClass.test > 0 && byClass.train > 0, true);
        QVERIFY_THROWS_EXCEPTION(Error, makeGroupSplit(p, options, "(unclosed"));
    }
};

QTEST_APPLESS_MAIN(TestDatasetTools)
#include "testdatasettools.moc"
