// Model-assisted labelling (issue 7) without a model: per-window class probabilities become
// proposed segments (exact boundaries, short blips absorbed, unconfident runs dropped), and
// proposals are written to a project around the segments a person made. The proposer over a
// trained model is measured in testlivesynth.

#include <string>
#include <vector>

#include <QTemporaryDir>
#include <QtTest>

#include "core/common/error.h"
#include "core/infer/proposalsegmenter.h"
#include "core/infer/proposalwriter.h"
#include "core/infer/shotcuts.h"
#include "core/project/project.h"
#include "segmentlayout.h"
#include "testutil.h"

using namespace as;

namespace {

/** Probabilities of three classes with `cls` at `p` and the rest split evenly. */
std::vector<float> peaked(int cls, float p)
{
    std::vector<float> out(3, (1.0f - p) / 2.0f);
    out[static_cast<std::size_t>(cls)] = p;
    return out;
}

/** One window centred on each of frames `first`, `first + step`, ... below `end`. */
std::vector<WindowScore> windows(int first, int end, int step,
                                 const std::function<std::vector<float>(int)> &scoreAt)
{
    std::vector<WindowScore> out;
    for (int t = first; t < end; t += step)
        out.push_back({static_cast<double>(t), scoreAt(t)});
    return out;
}

/** The segments as "start-end:class@confidence%" for compact comparisons. */
QString describe(const std::vector<ProposedSegment> &segments)
{
    QStringList parts;
    for (const ProposedSegment &s : segments)
        parts << QStringLiteral("%1-%2:%3@%4")
                     .arg(s.startFrame)
                     .arg(s.endFrame)
                     .arg(s.classIndex)
                     .arg(s.confidence * 100.0, 0, 'f', 0);
    return parts.join(QLatin1Char(' '));
}

ProposalOptions options(double smoothSeconds, double minSeconds, double minConfidence)
{
    ProposalOptions o;
    o.fps = 10.0;
    o.smoothSeconds = smoothSeconds;
    o.minSegmentSeconds = minSeconds;
    o.minConfidence = minConfidence;
    return o;
}

ProposedSegment proposal(int start, int end, const std::string &cls, double confidence)
{
    ProposedSegment p;
    p.startFrame = start;
    p.endFrame = end;
    p.className = cls;
    p.confidence = confidence;
    return p;
}

} // namespace

class TestProposals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void boundariesFallBetweenWindowCentres()
    {
        const auto w = windows(0, 60, 1, [](int t) {
            return peaked(t < 20 ? 0 : t < 40 ? 1 : 2, 0.8f);
        });
        QCOMPARE(describe(proposalsFromWindowScores(w, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-20:0@80 20-40:1@80 40-60:2@80"));
        // Centred smoothing does not move a boundary: at frame 29 the windows 24-34 are half
        // of each class (the surer class 0 wins), from frame 30 on class 1 has more of them.
        const auto sparse
            = windows(0, 60, 2, [](int t) { return t < 30 ? peaked(0, 0.9f) : peaked(1, 0.8f); });
        QCOMPARE(describe(proposalsFromWindowScores(sparse, 60, options(1.0, 0.5, 0.5))),
                 QStringLiteral("0-30:0@90 30-60:1@80"));
        // Frames before the first window's centre and after the last one's take the edge
        // windows' classes (a window of 19 frames is first centred on frame 9).
        const auto inner = windows(9, 51, 1, [](int t) { return peaked(t < 30 ? 0 : 1, 0.9f); });
        QCOMPARE(describe(proposalsFromWindowScores(inner, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-30:0@90 30-60:1@90"));
        // Unsorted input is sorted; nothing in, nothing out.
        std::vector<WindowScore> reversed(w.rbegin(), w.rend());
        QCOMPARE(describe(proposalsFromWindowScores(reversed, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-20:0@80 20-40:1@80 40-60:2@80"));
        QVERIFY(proposalsFromWindowScores({}, 60, options(0.0, 0.5, 0.5)).empty());
        QVERIFY(proposalsFromWindowScores(w, 0, options(0.0, 0.5, 0.5)).empty());
    }

    void shortBlipsJoinANeighbour()
    {
        // A cut read as motion: 3 frames of class 1 inside class 0 (under 0.5 s = 5 frames).
        // The confidence counts the blip's windows at class 0's probability (0.1).
        const auto blip = windows(0, 60, 1, [](int t) {
            return peaked(t >= 12 && t < 15 ? 1 : t < 30 ? 0 : 2, 0.8f);
        });
        QCOMPARE(describe(proposalsFromWindowScores(blip, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-30:0@73 30-60:2@80"));
        // The same blip is kept when the minimum is shorter than it.
        QCOMPARE(describe(proposalsFromWindowScores(blip, 60, options(0.0, 0.2, 0.5))),
                 QStringLiteral("0-12:0@80 12-15:1@80 15-30:0@80 30-60:2@80"));
        // Between two classes, a short run joins the neighbour whose class scores higher over
        // it: class 0 (0.3) rather than class 2 (0.1); (20 × 0.8 + 4 × 0.3) / 24 = 72 %.
        const auto between = windows(0, 60, 1, [](int t) {
            if (t >= 20 && t < 24)
                return std::vector<float> {0.3f, 0.6f, 0.1f};
            return peaked(t < 20 ? 0 : 2, 0.8f);
        });
        QCOMPARE(describe(proposalsFromWindowScores(between, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-24:0@72 24-60:2@80"));
        // At the edge of the video a short run has one neighbour.
        const auto edge = windows(0, 60, 1, [](int t) { return peaked(t < 2 ? 1 : 0, 0.8f); });
        QCOMPARE(describe(proposalsFromWindowScores(edge, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-60:0@78"));
    }

    void unconfidentRunsStayUnlabelled()
    {
        const auto w = windows(0, 60, 1, [](int t) {
            return t < 30 ? peaked(0, 0.8f) : std::vector<float> {0.35f, 0.45f, 0.2f};
        });
        QCOMPARE(describe(proposalsFromWindowScores(w, 60, options(0.0, 0.5, 0.5))),
                 QStringLiteral("0-30:0@80"));
        QCOMPARE(describe(proposalsFromWindowScores(w, 60, options(0.0, 0.5, 0.44))),
                 QStringLiteral("0-30:0@80 30-60:1@45"));
    }

    /**
     * A cut between two shots reads as motion to the model: with the windows across it
     * flagged, the windows within either shot decide and the boundary falls on the cut.
     */
    void windowsAcrossCutsGiveWay()
    {
        auto w = windows(0, 60, 1, [](int t) {
            return t >= 27 && t < 33 ? peaked(2, 0.9f) : peaked(t < 30 ? 0 : 1, 0.8f);
        });
        const ProposalOptions o = options(1.0, 0.5, 0.5);
        QVERIFY(describe(proposalsFromWindowScores(w, 60, o)).contains(QStringLiteral(":2@")));
        for (WindowScore &score : w)
            score.acrossCut = score.centreFrame >= 27 && score.centreFrame < 33;
        // (27 × 0.8 + 3 × 0.01 × 0.05) / (27 + 3 × 0.01) = 0.799
        QCOMPARE(describe(proposalsFromWindowScores(w, 60, o)),
                 QStringLiteral("0-30:0@80 30-60:1@80"));
        // Where only windows across cuts are near, they count.
        for (WindowScore &score : w)
            score.acrossCut = true;
        QVERIFY(describe(proposalsFromWindowScores(w, 60, o)).contains(QStringLiteral(":2@")));
    }

    void shotCutsStandOutOfTheMedianChange()
    {
        // The first difference is ignored (no frame before); 11 is under the absolute 12.
        QCOMPARE(detectShotCuts({99, 1, 1.2, 0.8, 50, 1, 1, 30, 1, 0.9, 11}),
                 (std::vector<int> {4, 7}));
        // A noisy or busy video: the median change (5) raises the bar to 30.
        QCOMPARE(detectShotCuts({0, 5, 5, 5, 25, 5, 40}), (std::vector<int> {6}));
        QVERIFY(detectShotCuts({}).empty());
        QVERIFY(detectShotCuts({80}).empty());
    }

    void writingKeepsManualSegmentsAndReplacesOverlappingProposals()
    {
        Project p = Project::create(test::path(m_dir, "write"));
        const std::int64_t a = p.addClass("a");
        const std::int64_t b = p.addClass("b");
        VideoRecord v;
        v.path = "/rec/long.mp4";
        v.fps = 25.0;
        v.frameCount = 100;
        v.status = VideoStatus::Ready;
        const std::int64_t video = p.upsertVideo(v);
        SegmentRecord manual;
        manual.videoId = video;
        manual.startFrame = 40;
        manual.endFrame = 50;
        manual.classId = a;
        const std::int64_t manualId = p.addSegment(manual);
        SegmentRecord old = manual;
        old.source = SegmentSource::Model;
        old.classId = b;
        old.confidence = 0.3;
        old.startFrame = 0;
        old.endFrame = 10;
        p.addSegment(old);
        old.startFrame = 80;
        old.endFrame = 90;
        p.addSegment(old);
        old.startFrame = 92;
        old.endFrame = 95;
        const std::int64_t untouched = p.addSegment(old);

        const ProposalWriteReport report
            = writeProposals(p, video,
                             {proposal(0, 30, "a", 0.9), proposal(30, 70, "b", 0.8),
                              proposal(70, 91, "c", 0.6), proposal(95, 120, "a", 1.5)},
                             3);
        QCOMPARE(test::segmentLayout(p, video),
                 QStringLiteral("0-30:a 30-40:b 40-50:a 50-70:b 70-91:c 92-95:b 95-100:a"));
        QCOMPARE(report.added, 5);
        QCOMPARE(report.replaced, 2);
        QCOMPARE(report.trimmed, 1);
        QCOMPARE(report.skipped, 0);
        const SegmentRecord kept = *p.segment(manualId);
        QCOMPARE(kept.source, SegmentSource::Manual);
        QCOMPARE(kept.confidence, -1.0);
        QVERIFY(p.segment(untouched).has_value()); // overlapped by nothing new: still queued
        QVERIFY(p.classByName("c").has_value());
        for (const SegmentRecord &s : p.segments(video)) {
            if (s.id == manualId || s.id == untouched)
                continue;
            QCOMPARE(s.source, SegmentSource::Model);
            QVERIFY(s.confidence >= 0.6 && s.confidence <= 1.0); // 1.5 clamped to 1
        }

        // Inside a manual segment, or leaving only pieces shorter than the minimum: skipped.
        const ProposalWriteReport none
            = writeProposals(p, video, {proposal(42, 48, "b", 0.9), proposal(38, 52, "b", 0.9)}, 3);
        QCOMPARE(none.added, 0);
        QCOMPARE(none.skipped, 2);
        QCOMPARE(test::segmentLayout(p, video),
                 QStringLiteral("0-30:a 30-40:b 40-50:a 50-70:b 70-91:c 92-95:b 95-100:a"));
        try {
            writeProposals(p, 999, {proposal(0, 10, "a", 0.9)});
            QFAIL("an unknown video was accepted");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("no video with id 999") != std::string::npos,
                     e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestProposals)
#include "testproposals.moc"
