#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include "core/config/experimentconfig.h"
#include "core/data/clippreview.h"

namespace as::ui {

/** What the sample inspector asks to preview: a video of a project, a config and a draw. */
struct ClipPreviewJob
{
    QString projectDir;
    QString videoPath; // absolute path of the video in the project; or, when empty, videoId
    qint64 videoId = 0;
    QString className; // overrides the video's own class (label) when not empty
    as::ExperimentConfig config;
    bool train = false;
    quint64 seed = 0;
};

/**
 * A finished preview as the UI holds it: the core's ClipPreview (its RGB buffers moved into
 * `images`, made in the worker), and what the job resolved from the project.
 */
struct ClipPreviewResult
{
    as::ClipPreview preview; // frames[].rgb emptied: the pictures are `images`
    QVector<QImage> images; // one per preview.indices entry, model order
    QString videoPath;
    QString packPath;
    QString className;
    int videoFrames = 0; // the project's probed frame count of the video
    bool train = false;
    quint64 seed = 0;
};

} // namespace as::ui

Q_DECLARE_METATYPE(as::ui::ClipPreviewResult)
