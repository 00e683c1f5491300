#include "ui/evaluation/testrunbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

#include "ui/widgets/icons.h"

namespace as::ui {

TestRunBar::TestRunBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_clips(new QSpinBox(this))
    , m_crops(new QComboBox(this))
    , m_run(new QPushButton(tr("&Run test"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("testRunBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#testRunBar { background: #fff8e1; border: 1px solid #ffe082; "
                                 "border-radius: 4px; }"));
    m_message->setObjectName(QStringLiteral("testRunMessage"));
    m_message->setWordWrap(true);
    m_clips->setObjectName(QStringLiteral("testClipsSpin"));
    m_clips->setRange(0, 30);
    m_clips->setSpecialValueText(tr("as configured"));
    m_clips->setSuffix(tr(" clips"));
    m_clips->setToolTip(tr("Clips sampled evenly along each test video; their scores are averaged"));
    m_crops->setObjectName(QStringLiteral("testCropsCombo"));
    m_crops->addItem(tr("as configured"), 0);
    m_crops->addItem(tr("1 centre crop"), 1);
    m_crops->addItem(tr("3 crops (three-crop)"), 3);
    m_crops->addItem(tr("10 crops (ten-crop)"), 10);
    m_crops->setToolTip(tr("Spatial crops of each clip; their scores are averaged"));
    m_run->setObjectName(QStringLiteral("runTestButton"));
    m_run->setIcon(themeIcon(QStringLiteral("train")));
    m_run->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_run->setToolTip(tr("Test the run's best checkpoint on the test videos (Ctrl+T)"));
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0); // the core's test reports no steps: busy
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Testing\u2026"));
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancel->setIcon(themeIcon(QStringLiteral("stop")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_message, 1);
    auto *protocol = new QLabel(tr("Protocol:"), this);
    layout->addWidget(protocol);
    layout->addWidget(m_clips);
    auto *times = new QLabel(QStringLiteral("\u00d7"), this);
    layout->addWidget(times);
    layout->addWidget(m_crops);
    layout->addWidget(m_run);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_run, &QPushButton::clicked, this, &TestRunBar::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TestRunBar::cancelRequested);
    setRunning(false);
}

void TestRunBar::setConfigured(int clips, int crops)
{
    m_clips->setSpecialValueText(clips > 0 ? tr("as configured (%n clip(s))", nullptr, clips)
                                           : tr("as configured"));
    m_crops->setItemText(0, crops > 0 ? tr("as configured (%n crop(s))", nullptr, crops)
                                      : tr("as configured"));
}

as::TestRunOptions TestRunBar::options() const
{
    as::TestRunOptions options;
    options.preferBest = true;
    options.clips = m_clips->value();
    options.crops = m_crops->currentData().toInt();
    return options;
}

void TestRunBar::setOptions(int clips, int crops)
{
    m_clips->setValue(clips);
    const int index = m_crops->findData(crops);
    m_crops->setCurrentIndex(index >= 0 ? index : 0);
}

void TestRunBar::setMessage(const QString &text)
{
    m_message->setText(text);
}

void TestRunBar::setRunning(bool running)
{
    m_clips->setEnabled(!running);
    m_crops->setEnabled(!running);
    m_run->setVisible(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

} // namespace as::ui
