#pragma once

#include <functional>

#include <QList>
#include <QWidget>

class QComboBox;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace as::ui {

class LiveRunLister;
class ProposalController;

/**
 * The labelling view's model-assisted strip: a trained model of the project (or an exported
 * weights file), "Propose" for the open video or for every video left to label, a progress
 * bar and Cancel while the scan runs in its worker. The proposals land in project.db as Model
 * segments, and the view's review queue (P, A, X) takes it from there.
 */
class ProposalBar final : public QWidget
{
    Q_OBJECT

public:
    /** Which videos "Propose" scans: `leftToLabel` false means the open video. */
    using VideoChooser = std::function<QList<qint64>(bool leftToLabel)>;

    explicit ProposalBar(QWidget *parent = nullptr);

    void setProject(const QString &projectDir);
    void setVideoChooser(VideoChooser chooser) { m_chooser = std::move(chooser); }
    /** The model chosen: a run folder or weights file; empty when the project has none. */
    QString source() const;
    /** Scans `videoIds` with the model `source`; false when a scan runs or there is nothing. */
    bool propose(const QString &source, const QList<qint64> &videoIds,
                 double minConfidence = 0.5);
    ProposalController *controller() const { return m_controller; }

Q_SIGNALS:
    /** The proposals of `videoId` are in the database. */
    void videoDone(qint64 videoId);
    /** `text` is translated; `error` colours it as an error. */
    void message(const QString &text, bool error);

private:
    void chooseWeightsFile();
    void onFinished(int videos, int proposals, bool cancelled, const QString &error);

    QString m_projectDir;
    VideoChooser m_chooser;
    LiveRunLister *m_lister;
    ProposalController *m_controller;
    QComboBox *m_model;
    QToolButton *m_propose;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace as::ui
