#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace as::ui {

class SplitToolsController;

/**
 * Split tools of the dataset browser: makes a train/test split of the project (stratified per
 * class, or group-aware so that a UCF101 group never spans train and test) with a test share
 * and a seed, shows the resulting counts, and exports the split as UCF101 or mmaction2 lists.
 * Both run in a worker; the dialog stays responsive and reports errors inline.
 */
class SplitDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SplitDialog(const QString &projectDir, int split, QWidget *parent = nullptr);

    SplitToolsController *controller() const { return m_controller; }

Q_SIGNALS:
    /** A split was written to the project: views of it should reload. */
    void splitChanged(int split);

private:
    void makeSplit();
    void exportLists();
    void browseOutDir();
    void onSplitMade(int train, int test, int unused, const QString &error);
    void onListsExported(const QStringList &files, int train, int test, const QString &error);
    void setBusy(bool busy);

    QString m_projectDir;
    SplitToolsController *m_controller;
    QSpinBox *m_split;
    QComboBox *m_method;
    QDoubleSpinBox *m_testFraction;
    QSpinBox *m_seed;
    QPushButton *m_makeButton;
    QLabel *m_splitResult;
    QComboBox *m_format;
    QLineEdit *m_outDir;
    QPushButton *m_browseButton;
    QPushButton *m_exportButton;
    QLabel *m_exportResult;
    QProgressBar *m_busy;
};

} // namespace as::ui
