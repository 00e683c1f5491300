#include "ui/importer/importpathspage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/importer/importwizard.h"
#include "ui/importer/pathfield.h"

namespace as::ui {

namespace {

constexpr int kMaxListedSplits = 3; // UCF101 and HMDB51 both define three splits

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

bool isFile(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isFile();
}

} // namespace

ImportPathsPage::ImportPathsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_videoRoot(new PathField(QStringLiteral("videoRoot"), PathField::Kind::Folder, this))
    , m_list(new PathField(QStringLiteral("listPath"), PathField::Kind::Folder, this))
    , m_testList(new PathField(QStringLiteral("testList"), PathField::Kind::File, this))
    , m_labelMap(new PathField(QStringLiteral("labelMap"), PathField::Kind::File, this))
    , m_splitChecks(new QWidget(this))
    , m_splitSpin(new QSpinBox(this))
    , m_frames(new QCheckBox(tr("The lists name folders of extracted frames "
                                "(\"frame_dir total_frames label\")"),
                             this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pathsPage"));

    auto *splitLayout = new QHBoxLayout(m_splitChecks);
    splitLayout->setContentsMargins(0, 0, 0, 0);
    splitLayout->setSpacing(16);
    for (int split = 1; split <= kMaxListedSplits; ++split) {
        auto *box = new QCheckBox(tr("Split %1").arg(split), m_splitChecks);
        box->setObjectName(QStringLiteral("split%1Check").arg(split));
        connect(box, &QCheckBox::toggled, this, &ImportPathsPage::updateValidation);
        m_splitBoxes.append(box);
        splitLayout->addWidget(box);
    }
    splitLayout->addStretch(1);

    m_splitSpin->setObjectName(QStringLiteral("splitSpin"));
    m_splitSpin->setRange(1, 99);
    m_splitSpin->setToolTip(tr("The split number the list's train and test subsets are written "
                               "to"));
    m_frames->setObjectName(QStringLiteral("framesCheck"));
    m_labelMap->setPlaceholderText(tr("Optional: names the classes by their ids"));
    m_labelMap->setFilter(tr("Label maps (*.txt);;All files (*)"));
    m_testList->setFilter(tr("Lists (*.txt *.list);;All files (*)"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(10);
    m_form->addRow(tr("List folder:"), m_list);
    m_form->addRow(tr("Test list:"), m_testList);
    m_form->addRow(tr("Video folder:"), m_videoRoot);
    m_form->addRow(tr("Label map:"), m_labelMap);
    m_form->addRow(tr("Splits:"), m_splitChecks);
    m_form->addRow(tr("Split number:"), m_splitSpin);
    m_form->addRow(QString(), m_frames);

    m_error->setObjectName(QStringLiteral("pathsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color:#b3261e; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (PathField *field : {m_videoRoot, m_list, m_testList, m_labelMap})
        connect(field, &PathField::pathChanged, this, &ImportPathsPage::updateValidation);
}

void ImportPathsPage::initializePage()
{
    showRequest(m_wizard->request());
}

void ImportPathsPage::showRequest(const ImportRequest &request)
{
    const ImportFormat format = request.format;
    const bool lists = format != ImportFormat::ClassFolders;
    const bool mmaction = format == ImportFormat::MmactionList;
    const bool severalSplits = format == ImportFormat::Ucf101 || format == ImportFormat::Hmdb51;

    auto *listLabel = qobject_cast<QLabel *>(m_form->labelForField(m_list));
    auto *rootLabel = qobject_cast<QLabel *>(m_form->labelForField(m_videoRoot));
    switch (format) {
    case ImportFormat::ClassFolders:
        setSubTitle(tr("The folder that holds one subfolder per class."));
        rootLabel->setText(tr("&Class folders root:"));
        break;
    case ImportFormat::Ucf101:
        setSubTitle(tr("The folder of classInd.txt and the train/test lists, and the folder "
                       "the lists' Class/video.avi paths start from."));
        listLabel->setText(tr("&List folder:"));
        m_list->setKind(PathField::Kind::Folder);
        rootLabel->setText(tr("&Video folder:"));
        break;
    case ImportFormat::Hmdb51:
        setSubTitle(tr("The folder of the <class>_test_splitN.txt files, and the folder of the "
                       "<class>/ video folders."));
        listLabel->setText(tr("&Split folder:"));
        m_list->setKind(PathField::Kind::Folder);
        rootLabel->setText(tr("&Video folder:"));
        break;
    case ImportFormat::Kinetics:
        setSubTitle(tr("The Kinetics CSV and the folder its clips were downloaded to "
                       "(searched with its subfolders)."));
        listLabel->setText(tr("&Kinetics CSV:"));
        m_list->setKind(PathField::Kind::File);
        m_list->setFilter(tr("CSV files (*.csv);;All files (*)"));
        rootLabel->setText(tr("&Video folder:"));
        break;
    case ImportFormat::MmactionList:
        setSubTitle(tr("The train and/or test list, and the folder their paths start from "
                       "(mmaction2's data_prefix)."));
        listLabel->setText(tr("&Train list:"));
        m_list->setKind(PathField::Kind::File);
        m_list->setFilter(tr("Lists (*.txt *.list);;All files (*)"));
        rootLabel->setText(tr("&Root folder:"));
        break;
    }
    setTitle(tr("Where are the files?"));
    if (listLabel)
        listLabel->setBuddy(m_list->lineEdit());
    rootLabel->setBuddy(m_videoRoot->lineEdit());

    m_form->setRowVisible(m_list, lists);
    m_form->setRowVisible(m_testList, mmaction);
    m_form->setRowVisible(m_labelMap, mmaction);
    m_form->setRowVisible(m_frames, mmaction);
    m_form->setRowVisible(m_splitChecks, severalSplits);
    m_form->setRowVisible(m_splitSpin, lists && !severalSplits);

    m_videoRoot->setPath(request.videoRoot);
    m_list->setPath(request.listPath);
    m_testList->setPath(request.testListPath);
    m_labelMap->setPath(request.labelMapPath);
    m_frames->setChecked(request.frames);
    for (int i = 0; i < m_splitBoxes.size(); ++i)
        m_splitBoxes[i]->setChecked(request.splits.contains(i + 1));
    m_splitSpin->setValue(request.splits.isEmpty() ? 1 : request.splits.constFirst());
    updateValidation();
}

ImportRequest ImportPathsPage::currentRequest() const
{
    ImportRequest request = m_wizard->request();
    request.videoRoot = m_videoRoot->path();
    request.listPath = m_list->path();
    request.testListPath = m_testList->path();
    request.labelMapPath = m_labelMap->path();
    request.frames = m_frames->isChecked();
    request.splits.clear();
    if (request.format == ImportFormat::Ucf101 || request.format == ImportFormat::Hmdb51) {
        for (int i = 0; i < m_splitBoxes.size(); ++i) {
            if (m_splitBoxes[i]->isChecked())
                request.splits.append(i + 1);
        }
    } else {
        request.splits.append(m_splitSpin->value());
    }
    if (request.format == ImportFormat::ClassFolders) {
        request.listPath.clear();
        request.testListPath.clear();
    }
    return request;
}

QString ImportPathsPage::validationError() const
{
    const ImportRequest r = currentRequest();
    const auto folderError = [](const QString &path, const QString &what) {
        return path.isEmpty() ? tr("Choose the %1.").arg(what)
                              : tr("The %1 %2 is not a folder.").arg(what, path);
    };
    const auto fileError = [](const QString &path, const QString &what) {
        return path.isEmpty() ? tr("Choose the %1.").arg(what)
                              : tr("The %1 %2 is not a file.").arg(what, path);
    };
    switch (r.format) {
    case ImportFormat::ClassFolders:
        if (!isFolder(r.videoRoot))
            return folderError(r.videoRoot, tr("class folders root"));
        return {};
    case ImportFormat::Ucf101:
        if (!isFolder(r.listPath))
            return folderError(r.listPath, tr("list folder"));
        if (!QFileInfo::exists(QDir(r.listPath).filePath(QStringLiteral("classInd.txt"))))
            return tr("The list folder %1 holds no classInd.txt.").arg(r.listPath);
        break;
    case ImportFormat::Hmdb51:
        if (!isFolder(r.listPath))
            return folderError(r.listPath, tr("split folder"));
        break;
    case ImportFormat::Kinetics:
        if (!isFile(r.listPath))
            return fileError(r.listPath, tr("Kinetics CSV"));
        break;
    case ImportFormat::MmactionList:
        if (r.listPath.isEmpty() && r.testListPath.isEmpty())
            return tr("Choose a train list, a test list or both.");
        if (!r.listPath.isEmpty() && !isFile(r.listPath))
            return fileError(r.listPath, tr("train list"));
        if (!r.testListPath.isEmpty() && !isFile(r.testListPath))
            return fileError(r.testListPath, tr("test list"));
        if (!r.labelMapPath.isEmpty() && !isFile(r.labelMapPath))
            return fileError(r.labelMapPath, tr("label map"));
        break;
    }
    if (!isFolder(r.videoRoot))
        return folderError(r.videoRoot, tr("video folder"));
    if (r.splits.isEmpty())
        return tr("Choose at least one split to import.");
    return {};
}

bool ImportPathsPage::isComplete() const
{
    return validationError().isEmpty();
}

bool ImportPathsPage::validatePage()
{
    if (!isComplete())
        return false;
    m_wizard->setRequest(currentRequest());
    return true;
}

void ImportPathsPage::updateValidation()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    Q_EMIT completeChanged();
}

} // namespace as::ui
