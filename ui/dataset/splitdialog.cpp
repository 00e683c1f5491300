#include "ui/dataset/splitdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/dataset/projectsnapshot.h"
#include "ui/dataset/splittoolscontroller.h"

namespace as::ui {

SplitDialog::SplitDialog(const QString &projectDir, int split, QWidget *parent)
    : QDialog(parent)
    , m_projectDir(projectDir)
    , m_controller(new SplitToolsController(this))
    , m_split(new QSpinBox(this))
    , m_method(new QComboBox(this))
    , m_testFraction(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_makeButton(new QPushButton(tr("&Make split"), this))
    , m_splitResult(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_outDir(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_exportButton(new QPushButton(tr("&Export lists"), this))
    , m_exportResult(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Split tools"));

    m_split->setObjectName(QStringLiteral("splitNumberSpinBox"));
    m_split->setRange(1, kMaxSplits);
    m_split->setValue(split);
    m_method->setObjectName(QStringLiteral("splitMethodCombo"));
    m_method->addItem(tr("Stratified by class"), static_cast<int>(SplitToolsController::Method::Stratified));
    m_method->addItem(tr("By group (UCF101 “_gNN_”: a group never spans train and test)"),
                      static_cast<int>(SplitToolsController::Method::Group));
    m_testFraction->setObjectName(QStringLiteral("testFractionSpinBox"));
    m_testFraction->setRange(0.0, 1.0);
    m_testFraction->setSingleStep(0.05);
    m_testFraction->setDecimals(2);
    m_testFraction->setValue(0.3);
    m_seed->setObjectName(QStringLiteral("splitSeedSpinBox"));
    m_seed->setRange(0, 999999);
    m_makeButton->setObjectName(QStringLiteral("makeSplitButton"));
    m_splitResult->setObjectName(QStringLiteral("splitResultLabel"));
    m_splitResult->setWordWrap(true);
    m_splitResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitBox = new QGroupBox(tr("Make a split"), this);
    auto *splitForm = new QFormLayout(splitBox);
    splitForm->addRow(tr("S&plit:"), m_split);
    splitForm->addRow(tr("M&ethod:"), m_method);
    splitForm->addRow(tr("&Test fraction:"), m_testFraction);
    splitForm->addRow(tr("S&eed:"), m_seed);
    splitForm->addRow(m_makeButton);
    splitForm->addRow(m_splitResult);

    m_format->setObjectName(QStringLiteral("listFormatCombo"));
    m_format->addItem(tr("UCF101 (classInd.txt, trainlist, testlist)"),
                      static_cast<int>(SplitToolsController::ListFormat::Ucf101));
    m_format->addItem(tr("mmaction2 (label_map.txt, train/val lists)"),
                      static_cast<int>(SplitToolsController::ListFormat::Mmaction));
    m_outDir->setObjectName(QStringLiteral("exportDirEdit"));
    m_outDir->setText(QDir(projectDir).filePath(QStringLiteral("lists")));
    m_exportButton->setObjectName(QStringLiteral("exportListsButton"));
    m_exportResult->setObjectName(QStringLiteral("exportResultLabel"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_outDir, 1);
    dirRow->addWidget(m_browseButton);
    auto *exportBox = new QGroupBox(tr("Export the split as list files"), this);
    auto *exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("&Format:"), m_format);
    exportForm->addRow(tr("&Folder:"), dirRow);
    exportForm->addRow(m_exportButton);
    exportForm->addRow(m_exportResult);

    m_busy->setObjectName(QStringLiteral("splitBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitBox);
    layout->addWidget(exportBox);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_makeButton, &QPushButton::clicked, this, &SplitDialog::makeSplit);
    connect(m_exportButton, &QPushButton::clicked, this, &SplitDialog::exportLists);
    connect(m_browseButton, &QPushButton::clicked, this, &SplitDialog::browseOutDir);
    connect(m_controller, &SplitToolsController::splitMade, this, &SplitDialog::onSplitMade);
    connect(m_controller, &SplitToolsController::listsExported, this,
            &SplitDialog::onListsExported);
    connect(m_controller, &JobController::runningChanged, this, &SplitDialog::setBusy);
}

void SplitDialog::makeSplit()
{
    as::SplitOptions options;
    options.split = m_split->value();
    options.testFraction = m_testFraction->value();
    options.seed = static_cast<std::uint64_t>(m_seed->value());
    const auto method = static_cast<SplitToolsController::Method>(m_method->currentData().toInt());
    m_splitResult->setText(tr("Making split %1…").arg(options.split));
    m_controller->makeSplit(m_projectDir, method, options);
}

void SplitDialog::exportLists()
{
    const auto format =
        static_cast<SplitToolsController::ListFormat>(m_format->currentData().toInt());
    m_exportResult->setText(tr("Exporting…"));
    m_controller->exportLists(m_projectDir, format, m_split->value(), m_outDir->text());
}

void SplitDialog::browseOutDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export lists to"),
                                                          m_outDir->text());
    if (!dir.isEmpty())
        m_outDir->setText(dir);
}

void SplitDialog::onSplitMade(int train, int test, int unused, const QString &error)
{
    if (!error.isEmpty()) {
        m_splitResult->setText(error);
        m_splitResult->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_splitResult->setStyleSheet(QString());
    const int used = train + test;
    const double share = used > 0 ? 100.0 * test / used : 0.0;
    m_splitResult->setText(tr("Split %1 written: %2 train, %3 test (%4 % test), %n unused.",
                              nullptr, unused)
                               .arg(m_split->value())
                               .arg(train)
                               .arg(test)
                               .arg(share, 0, 'f', 1));
    Q_EMIT splitChanged(m_split->value());
}

void SplitDialog::onListsExported(const QStringList &files, int train, int test,
                                  const QString &error)
{
    if (!error.isEmpty()) {
        m_exportResult->setText(error);
        m_exportResult->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_exportResult->setStyleSheet(QString());
    m_exportResult->setText(tr("Wrote %n file(s) (%1 train, %2 test):", nullptr,
                               static_cast<int>(files.size()))
                                .arg(train)
                                .arg(test)
                            + QLatin1Char('\n') + files.join(QLatin1Char('\n')));
}

void SplitDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_makeButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
}

} // namespace as::ui
