#include "core/data/colourjitter.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace as {

namespace {

double drawFactor(double strength, std::mt19937_64 &rng)
{
    if (strength <= 0.0)
        return 1.0;
    return std::uniform_real_distribution<double>(std::max(0.0, 1.0 - strength), 1.0 + strength)(rng);
}

void clamp255(cv::Mat &frame)
{
    cv::min(frame, 255.0, frame);
    cv::max(frame, 0.0, frame);
}

/** frame = factor · frame + (1 − factor) · other, clamped. */
void blend(cv::Mat &frame, const cv::Mat &other, double factor)
{
    cv::addWeighted(frame, factor, other, 1.0 - factor, 0.0, frame);
    clamp255(frame);
}

} // namespace

ColourJitter::ColourJitter(ColourJitterOptions options)
    : m_options(options)
{
}

ColourJitterDraw ColourJitter::draw(std::mt19937_64 &rng) const
{
    ColourJitterDraw d;
    d.brightness = drawFactor(m_options.brightness, rng);
    d.contrast = drawFactor(m_options.contrast, rng);
    d.saturation = drawFactor(m_options.saturation, rng);
    if (m_options.hue > 0.0) {
        const double h = std::min(0.5, m_options.hue);
        d.hue = std::uniform_real_distribution<double>(-h, h)(rng);
    }
    return d;
}

void ColourJitter::apply(std::vector<cv::Mat> &framesBgr, const ColourJitterDraw &draw)
{
    if (draw.isIdentity() || framesBgr.empty())
        return;
    cv::Mat grey, grey3;
    if (draw.brightness != 1.0) {
        for (cv::Mat &frame : framesBgr) {
            frame *= draw.brightness;
            clamp255(frame);
        }
    }
    if (draw.contrast != 1.0) {
        double sum = 0.0;
        double pixels = 0.0;
        for (const cv::Mat &frame : framesBgr) {
            cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
            sum += cv::sum(grey)[0];
            pixels += static_cast<double>(grey.total());
        }
        const double mean = pixels > 0 ? sum / pixels : 0.0;
        for (cv::Mat &frame : framesBgr) {
            frame = frame * draw.contrast + cv::Scalar::all((1.0 - draw.contrast) * mean);
            clamp255(frame);
        }
    }
    if (draw.saturation != 1.0) {
        for (cv::Mat &frame : framesBgr) {
            cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
            cv::cvtColor(grey, grey3, cv::COLOR_GRAY2BGR);
            blend(frame, grey3, draw.saturation);
        }
    }
    if (draw.hue != 0.0) {
        cv::Mat hsv;
        std::vector<cv::Mat> planes;
        for (cv::Mat &frame : framesBgr) {
            // Float BGR in [0, 1] gives H in degrees [0, 360).
            cv::cvtColor(frame / 255.0, hsv, cv::COLOR_BGR2HSV);
            cv::split(hsv, planes);
            cv::Mat &h = planes[0];
            h += draw.hue * 360.0;
            for (int y = 0; y < h.rows; ++y) {
                auto *row = h.ptr<float>(y);
                for (int x = 0; x < h.cols; ++x)
                    row[x] = row[x] - 360.0f * std::floor(row[x] / 360.0f);
            }
            cv::merge(planes, hsv);
            cv::cvtColor(hsv, frame, cv::COLOR_HSV2BGR);
            frame *= 255.0;
            clamp255(frame);
        }
    }
}

} // namespace as
