#pragma once

#include <QWidget>

#include "core/infer/livesession.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace as::ui {

/**
 * Picks the live source: a camera by index, a video file (File… opens a file dialog; played
 * at its own frame rate or as fast as it decodes) or a stream URL. Editing a field selects its
 * kind of source.
 */
class LiveSourceChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit LiveSourceChooser(QWidget *parent = nullptr);

    /** The source the fields describe. */
    as::LiveSourceSpec source() const;
    /** Shows `source` in the fields and selects its kind. */
    void setSource(const as::LiveSourceSpec &source);
    /** Where File… starts browsing. */
    void setBrowseDir(const QString &dir) { m_browseDir = dir; }

    QSpinBox *cameraSpin() const { return m_cameraSpin; }
    QLineEdit *fileEdit() const { return m_fileEdit; }
    QCheckBox *realTimeCheck() const { return m_realTime; }
    QLineEdit *urlEdit() const { return m_urlEdit; }

Q_SIGNALS:
    /** Enter was pressed in a field, or a file was chosen: the user wants this source now. */
    void activated();

private:
    void browse();

    QRadioButton *m_cameraRadio;
    QRadioButton *m_fileRadio;
    QRadioButton *m_urlRadio;
    QSpinBox *m_cameraSpin;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QCheckBox *m_realTime;
    QLineEdit *m_urlEdit;
    QString m_browseDir;
};

} // namespace as::ui
