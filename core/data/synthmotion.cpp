#include "core/data/synthmotion.h"
#include "core/data/synthmotionrender.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <sstream>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace fs = std::filesystem;

namespace {

constexpr double kPi = 3.14159265358979323846;

enum ClassIndex {
    MoveLeft, MoveRight, MoveUp, MoveDown, RotateCw, RotateCcw, Grow, Shrink, Blink, Still
};

// std::*_distribution output differs between standard libraries; these helpers give the same
// numbers everywhere, so a seed means the same data on every machine.
double uniform01(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);  // 53 bits
}

double uniform(std::mt19937_64 &rng, double lo, double hi)
{
    return lo + (hi - lo) * uniform01(rng);
}

int uniformInt(std::mt19937_64 &rng, int lo, int hi)
{
    return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/** Each clip has its own seed, so a clip does not depend on how many others were made. */
std::uint64_t clipSeed(std::uint64_t seed, int classIndex, int clipIndex)
{
    return splitMix64(splitMix64(seed) ^ splitMix64((static_cast<std::uint64_t>(classIndex) << 32)
                                                    | static_cast<std::uint32_t>(clipIndex)));
}

/** Where the shape is in one frame. */
struct ShapePose
{
    double cx = 0.0;
    double cy = 0.0;
    double angle = 0.0;   // radians; increasing turns clockwise on screen (y points down)
    double radius = 0.0;  // pixels, distance of the farthest vertex from the centre
    bool visible = true;
};

/** Everything random about one clip. */
struct ClipPlan
{
    cv::Mat background;                  // CV_8UC3
    std::vector<cv::Point2d> outline;    // unit polygon, farthest vertex at distance 1
    cv::Scalar colour;
    std::vector<ShapePose> poses;        // one per frame
    std::uint64_t noiseSeed = 0;
};

/**
 * A smooth random field between two random colours, sometimes with stripes: texture the model
 * must learn to ignore. Plain loops instead of cv::resize keep it bit-exact everywhere.
 */
cv::Mat makeBackground(std::mt19937_64 &rng, int width, int height, cv::Vec3d &c1, cv::Vec3d &c2)
{
    for (int k = 0; k < 3; ++k) {
        c1[k] = uniform(rng, 30.0, 225.0);
        c2[k] = uniform(rng, 30.0, 225.0);
    }
    const int gw = uniformInt(rng, 3, 8);
    const int gh = uniformInt(rng, 3, 6);
    std::vector<double> grid(static_cast<std::size_t>(gw) * gh);
    for (double &v : grid)
        v = uniform01(rng);
    const bool stripes = uniform01(rng) < 0.5;
    const double stripeAngle = uniform(rng, 0.0, kPi);
    const double stripePeriod = uniform(rng, 6.0, 20.0);
    const double stripeAmp = uniform(rng, 0.1, 0.3);

    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        const double gy = static_cast<double>(y) * (gh - 1) / std::max(1, height - 1);
        const int y0 = std::min(static_cast<int>(gy), gh - 2);
        const double fy = gy - y0;
        auto *row = image.ptr<cv::Vec3b>(y);
        for (int x = 0; x < width; ++x) {
            const double gx = static_cast<double>(x) * (gw - 1) / std::max(1, width - 1);
            const int x0 = std::min(static_cast<int>(gx), gw - 2);
            const double fx = gx - x0;
            const double top = grid[y0 * gw + x0] * (1 - fx) + grid[y0 * gw + x0 + 1] * fx;
            const double bottom = grid[(y0 + 1) * gw + x0] * (1 - fx) + grid[(y0 + 1) * gw + x0 + 1] * fx;
            double t = top * (1 - fy) + bottom * fy;
            if (stripes) {
                const double u = x * std::cos(stripeAngle) + y * std::sin(stripeAngle);
                t += stripeAmp * std::sin(2.0 * kPi * u / stripePeriod);
            }
            t = std::clamp(t, 0.0, 1.0);
            for (int k = 0; k < 3; ++k)
                row[x][k] = cv::saturate_cast<uchar>(c1[k] + (c2[k] - c1[k]) * t);
        }
    }
    return image;
}

/** Distance of colour `c` from the segment c1–c2, which holds every background colour. */
double distanceToSegment(const cv::Vec3d &c, const cv::Vec3d &c1, const cv::Vec3d &c2)
{
    const cv::Vec3d d = c2 - c1;
    const double len2 = d.dot(d);
    const double t = len2 > 0 ? std::clamp((c - c1).dot(d) / len2, 0.0, 1.0) : 0.0;
    return cv::norm(c - (c1 + d * t));
}

/** A colour that stands out from the background, so the shape is always visible. */
cv::Scalar shapeColour(std::mt19937_64 &rng, const cv::Vec3d &c1, const cv::Vec3d &c2)
{
    cv::Vec3d best;
    double bestDistance = -1.0;
    for (int attempt = 0; attempt < 64; ++attempt) {
        cv::Vec3d c;
        for (int k = 0; k < 3; ++k)
            c[k] = uniform(rng, 0.0, 255.0);
        const double distance = distanceToSegment(c, c1, c2);
        if (distance > bestDistance) {
            best = c;
            bestDistance = distance;
        }
        if (distance >= 110.0)
            break;
    }
    return {std::round(best[0]), std::round(best[1]), std::round(best[2])};
}

/**
 * An irregular polygon with one long "tip": no rotational symmetry, so the direction of a
 * rotation is visible, and elongated, so its orientation is measurable.
 */
std::vector<cv::Point2d> makeOutline(std::mt19937_64 &rng)
{
    const int n = uniformInt(rng, 5, 8);
    std::vector<cv::Point2d> points;
    points.reserve(n);
    for (int k = 0; k < n; ++k) {
        const double phi = 2.0 * kPi * (k + (k == 0 ? 0.0 : uniform(rng, -0.25, 0.25))) / n;
        // The tip (k == 0) is the farthest vertex; the body is an irregular ellipse across it.
        const double r = k == 0 ? 1.0 : uniform(rng, 0.45, 0.8) * (0.55 + 0.45 * std::abs(std::cos(phi)));
        points.emplace_back(r * std::cos(phi), r * std::sin(phi));
    }
    return points;
}

/** A value interpolated from `a` (first frame) to `b` (last frame). */
double lerp(double a, double b, int t, int frames)
{
    return a + (b - a) * t / std::max(1, frames - 1);
}

/**
 * Draws the motion of one clip. Each pair (left/right, up/down, cw/ccw, grow/shrink) shares
 * one drawing of an interval and only the direction of travel differs, so a reversed clip of
 * one class is a clip of the other and single frames cannot tell them apart.
 */
std::vector<ShapePose> makePoses(std::mt19937_64 &rng, int cls, int width, int height, int frames)
{
    const double minSide = std::min(width, height);
    // The margin keeps the whole shape inside a centre crop of 8/9 of the frame (the demo's
    // crop 48 of short side 54), so cropping never hides what the clip is about.
    const double margin = 2.0 + 0.06 * minSide;
    std::vector<ShapePose> poses(static_cast<std::size_t>(frames));
    ShapePose base;
    base.angle = uniform(rng, 0.0, 2.0 * kPi);
    base.radius = uniform(rng, 0.2, 0.3) * minSide;

    // A centre that keeps a shape of `radius` inside the frame, leaving `spanX`/`spanY` free
    // for travel.
    auto place = [&](double radius, double spanX, double spanY) {
        const double lo = radius + margin;
        base.cx = uniform(rng, lo, std::max(lo, width - lo - spanX));
        base.cy = uniform(rng, lo, std::max(lo, height - lo - spanY));
    };

    switch (cls) {
    case MoveLeft:
    case MoveRight:
    case MoveUp:
    case MoveDown: {
        const bool horizontal = cls == MoveLeft || cls == MoveRight;
        const double extent = horizontal ? width : height;
        const double travel = uniform(rng, 0.35, 0.5) * extent;
        // Shrink the shape if the travel would push it out of a small frame.
        base.radius = std::max(2.0, std::min(base.radius, (extent - travel) / 2.0 - margin));
        place(base.radius, horizontal ? travel : 0.0, horizontal ? 0.0 : travel);
        const bool forward = cls == MoveRight || cls == MoveDown;
        for (int t = 0; t < frames; ++t) {
            ShapePose &p = poses[t];
            p = base;
            const double s = forward ? lerp(0.0, travel, t, frames) : lerp(travel, 0.0, t, frames);
            (horizontal ? p.cx : p.cy) += s;
        }
        break;
    }
    case RotateCw:
    case RotateCcw: {
        const double sweep = uniform(rng, 120.0, 240.0) * kPi / 180.0;
        place(base.radius, 0.0, 0.0);
        const bool clockwise = cls == RotateCw;
        for (int t = 0; t < frames; ++t) {
            poses[t] = base;
            poses[t].angle += clockwise ? lerp(0.0, sweep, t, frames) : lerp(sweep, 0.0, t, frames);
        }
        break;
    }
    case Grow:
    case Shrink: {
        const double factor = uniform(rng, 2.0, 2.8);
        const double small = uniform(rng, 0.1, 0.14) * minSide;
        const double large = std::min(small * factor, minSide / 2.0 - margin);
        place(large, 0.0, 0.0);
        const bool growing = cls == Grow;
        for (int t = 0; t < frames; ++t) {
            poses[t] = base;
            // Geometric steps: the size changes by the same ratio every frame either way.
            const double u = static_cast<double>(t) / std::max(1, frames - 1);
            const double w = growing ? u : 1.0 - u;
            poses[t].radius = small * std::pow(large / small, w);
        }
        break;
    }
    case Blink: {
        place(base.radius, 0.0, 0.0);
        // No period of 5: sampled every 10th frame (the demo recipe) it would look constant.
        static constexpr std::array<int, 4> kPeriods{3, 4, 6, 7};
        const int period = kPeriods[static_cast<std::size_t>(uniformInt(rng, 0, 3))];
        const int phase = uniformInt(rng, 0, 2 * period - 1);
        for (int t = 0; t < frames; ++t) {
            poses[t] = base;
            poses[t].visible = ((t + phase) / period) % 2 == 0;
        }
        break;
    }
    default:  // Still
        place(base.radius, 0.0, 0.0);
        std::fill(poses.begin(), poses.end(), base);
        break;
    }
    return poses;
}

ClipPlan makePlan(const SynthMotionOptions &options, int cls, int clip)
{
    std::mt19937_64 rng(clipSeed(options.seed, cls, clip));
    ClipPlan plan;
    cv::Vec3d c1;
    cv::Vec3d c2;
    plan.background = makeBackground(rng, options.width, options.height, c1, c2);
    plan.colour = shapeColour(rng, c1, c2);
    plan.outline = makeOutline(rng);
    plan.poses = makePoses(rng, cls, options.width, options.height, options.frames);
    plan.noiseSeed = rng();
    return plan;
}

/** Renders frame by frame into `emit`, so the generator never holds a whole clip. */
template<typename Emit>
void renderPlan(const ClipPlan &plan, int frames, bool withShape, Emit &&emit)
{
    // Small noise keeps consecutive frames of still parts from being byte-identical, as in
    // real footage; a lookup turns each random byte into -3..3.
    std::array<int, 256> noiseOf{};
    for (int b = 0; b < 256; ++b)
        noiseOf[b] = b % 7 - 3;
    std::mt19937_64 noiseRng(plan.noiseSeed);
    constexpr int kShift = 4;  // sub-pixel vertex precision: smooth motion at low resolution
    std::vector<cv::Point> polygon(plan.outline.size());
    cv::Mat frame;
    for (int t = 0; t < frames; ++t) {
        plan.background.copyTo(frame);
        const ShapePose &pose = plan.poses[t];
        if (withShape && pose.visible) {
            const double c = std::cos(pose.angle);
            const double s = std::sin(pose.angle);
            for (std::size_t i = 0; i < plan.outline.size(); ++i) {
                const cv::Point2d &v = plan.outline[i];
                const double x = pose.cx + pose.radius * (c * v.x - s * v.y);
                const double y = pose.cy + pose.radius * (s * v.x + c * v.y);
                polygon[i] = {static_cast<int>(std::lround(x * (1 << kShift))),
                              static_cast<int>(std::lround(y * (1 << kShift)))};
            }
            const cv::Point *pts = polygon.data();
            const int count = static_cast<int>(polygon.size());
            cv::fillPoly(frame, &pts, &count, 1, plan.colour, cv::LINE_AA, kShift);
        }
        const std::size_t bytes = frame.total() * frame.elemSize();
        uchar *data = frame.ptr<uchar>();
        for (std::size_t i = 0; i < bytes; i += 8) {
            std::uint64_t r = noiseRng();
            for (std::size_t j = i; j < std::min(bytes, i + 8); ++j, r >>= 8)
                data[j] = cv::saturate_cast<uchar>(data[j] + noiseOf[r & 0xff]);
        }
        emit(frame);
    }
}

void validate(const SynthMotionOptions &o)
{
    auto bad = [&](const std::string &field, const std::string &why) {
        throw Error("synth.options", "SynthMotion option " + field + " " + why, field);
    };
    if (o.width < 16 || o.height < 16 || o.width > 4096 || o.height > 4096)
        bad("width/height", "must be between 16 and 4096 pixels");
    if (o.frames < 2 || o.frames > 10000)
        bad("frames", "must be between 2 and 10000");
    if (o.clipsPerClass < 1)
        bad("clipsPerClass", "must be at least 1");
    if (!(o.fps > 0.0 && o.fps <= 1000.0))
        bad("fps", "must be between 0 and 1000");
    if (!(o.testFraction >= 0.0 && o.testFraction <= 1.0))
        bad("testFraction", "must be between 0 and 1");
}

std::string clipName(const std::string &cls, int clip)
{
    char number[16];
    std::snprintf(number, sizeof number, "%03d", clip + 1);
    return cls + "_" + number + ".avi";
}

} // namespace

const std::vector<std::string> &synthMotionClasses()
{
    static const std::vector<std::string> classes{"move_left", "move_right", "move_up",
                                                  "move_down", "rotate_cw",  "rotate_ccw",
                                                  "grow",      "shrink",     "blink",
                                                  "still"};
    return classes;
}

std::vector<cv::Mat> renderSynthMotionClip(const SynthMotionOptions &options, int classIndex,
                                           int clipIndex, bool withShape)
{
    validate(options);
    if (classIndex < 0 || classIndex >= static_cast<int>(synthMotionClasses().size()))
        throw Error("synth.options", "SynthMotion class index " + std::to_string(classIndex)
                                         + " is out of range", "classIndex");
    std::vector<cv::Mat> frames;
    renderPlan(makePlan(options, classIndex, clipIndex), options.frames, withShape,
               [&](const cv::Mat &frame) { frames.push_back(frame.clone()); });
    return frames;
}

void generateSynthMotion(const SynthMotionOptions &options, ProgressObserver &observer,
                         const CancellationToken &token)
{
    validate(options);
    const std::string &out = options.outputDir;
    const auto &classes = synthMotionClasses();
    auto cannotWrite = [&](const std::string &why) {
        return Error("synth.write", "Cannot write SynthMotion data to " + out + ": " + why, out);
    };
    if (out.empty())
        throw cannotWrite("no output folder given");
    std::error_code ec;
    for (const auto &cls : classes) {
        fs::create_directories(fs::path(out) / cls, ec);
        if (ec)
            throw cannotWrite(ec.message());
    }

    const int classCount = static_cast<int>(classes.size());
    const std::int64_t total = static_cast<std::int64_t>(classCount) * options.clipsPerClass;
    const int testClips = std::clamp(
        static_cast<int>(std::lround(options.testFraction * options.clipsPerClass)), 0,
        options.clipsPerClass);
    std::ostringstream classInd;
    std::ostringstream trainList;
    std::ostringstream testList;
    observer.onProgress("synth", 0, total);
    std::int64_t done = 0;
    for (int c = 0; c < classCount; ++c) {
        classInd << (c + 1) << ' ' << classes[c] << '\n';
        for (int k = 0; k < options.clipsPerClass; ++k) {
            token.throwIfCancelled();
            const std::string relative = classes[c] + "/" + clipName(classes[c], k);
            const std::string path = (fs::path(out) / relative).string();
            // Written under a temporary name (keeping the .avi extension the writer needs) and
            // renamed: a cancelled or crashed run leaves no half-written clip behind.
            const std::string partial = (fs::path(out) / classes[c] / ("." + clipName(classes[c], k)
                                                                       + ".partial.avi"))
                                            .string();
            {
                // MJPEG through FFmpeg: deterministic and decodable everywhere. OpenCV's own
                // MJPEG encoder is only the fallback: about one clip in ten it writes a frame
                // that FFmpeg's decoder reports as damaged ("error dc").
                cv::VideoWriter writer;
                const int fourcc = cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
                const cv::Size size(options.width, options.height);
                try {
                    if (!writer.open(partial, cv::CAP_FFMPEG, fourcc, options.fps, size, true))
                        writer.open(partial, cv::CAP_OPENCV_MJPEG, fourcc, options.fps, size, true);
                } catch (const cv::Exception &e) {
                    throw cannotWrite(path + ": " + e.what());
                }
                if (!writer.isOpened())
                    throw cannotWrite("cannot create " + path);
                renderPlan(makePlan(options, c, k), options.frames, true,
                           [&](const cv::Mat &frame) { writer.write(frame); });
                writer.release();
            }
            fs::rename(partial, path, ec);
            if (ec) {
                fs::remove(partial, ec);
                throw cannotWrite("cannot create " + path);
            }
            // UCF101 style: the train list carries the 1-based label, the test list does not.
            if (k < options.clipsPerClass - testClips)
                trainList << relative << ' ' << (c + 1) << '\n';
            else
                testList << relative << '\n';
            observer.onProgress("synth", ++done, total);
        }
    }
    try {
        writeFileAtomically((fs::path(out) / "classInd.txt").string(), classInd.str());
        writeFileAtomically((fs::path(out) / "trainlist01.txt").string(), trainList.str());
        writeFileAtomically((fs::path(out) / "testlist01.txt").string(), testList.str());
    } catch (const Error &e) {
        throw cannotWrite(e.what());
    }
}

} // namespace as
