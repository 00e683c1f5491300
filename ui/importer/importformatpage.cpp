#include "ui/importer/importformatpage.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/importer/importwizard.h"

namespace as::ui {

namespace {

struct FormatChoice
{
    ImportFormat format;
    const char *objectName;
    QString label;
    QString explanation;
};

QList<FormatChoice> formatChoices()
{
    return {
        {ImportFormat::ClassFolders, "formatClassFolders", ImportFormatPage::tr("&Class folders"),
         ImportFormatPage::tr("One folder per class holding its videos or frame folders: "
                              "root/<class>/<video>. No split is set.")},
        {ImportFormat::Ucf101, "formatUcf101", ImportFormatPage::tr("&UCF101 split lists"),
         ImportFormatPage::tr("classInd.txt with trainlist0N.txt and testlist0N.txt, paths "
                              "like Class/v_Class_g01_c01.avi under a video folder.")},
        {ImportFormat::Hmdb51, "formatHmdb51", ImportFormatPage::tr("&HMDB51 split files"),
         ImportFormatPage::tr("<class>_test_split1.txt files marking each video 1 (train), "
                              "2 (test) or 0 (unused); videos in <class>/ folders.")},
        {ImportFormat::Kinetics, "formatKinetics", ImportFormatPage::tr("&Kinetics CSV"),
         ImportFormatPage::tr("A Kinetics-400/600 CSV (label, youtube_id, time_start, "
                              "time_end, split) and a folder of the downloaded clips.")},
        {ImportFormat::MmactionList, "formatMmaction",
         ImportFormatPage::tr("&mmaction2 / PaddleVideo lists"),
         ImportFormatPage::tr("Train and test lists of \"path label\" lines, or "
                              "\"frame_dir total_frames label\" for extracted frames.")},
    };
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_group(new QButtonGroup(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("formatPage"));
    setTitle(tr("Choose the dataset format"));
    setSubTitle(tr("How are the videos and their labels laid out on disk?"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);

    m_hint->setObjectName(QStringLiteral("detectedHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(
        QStringLiteral("QLabel { background:#e8f1fb; border:1px solid #9cc3ea; border-radius:4px; "
                       "padding:6px 10px; }"));
    m_hint->hide();
    layout->addWidget(m_hint);
    layout->addSpacing(8);

    for (const FormatChoice &choice : formatChoices()) {
        auto *button = new QRadioButton(choice.label, this);
        button->setObjectName(QLatin1String(choice.objectName));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        m_group->addButton(button, static_cast<int>(choice.format));

        auto *explanation = new QLabel(choice.explanation, this);
        explanation->setWordWrap(true);
        explanation->setTextFormat(Qt::PlainText);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        explanation->setContentsMargins(26, 0, 0, 10);
        explanation->setBuddy(button);

        layout->addWidget(button);
        layout->addWidget(explanation);
    }
    layout->addStretch(1);
    m_group->button(static_cast<int>(ImportFormat::ClassFolders))->setChecked(true);
}

ImportFormat ImportFormatPage::format() const
{
    return static_cast<ImportFormat>(m_group->checkedId());
}

void ImportFormatPage::setFormat(ImportFormat format)
{
    if (QAbstractButton *button = m_group->button(static_cast<int>(format)))
        button->setChecked(true);
}

void ImportFormatPage::setDetectedHint(ImportFormat format)
{
    m_hint->setText(tr("Detected from the dropped files: %1. Change it below if that is wrong.")
                        .arg(formatName(format)));
    m_hint->show();
}

bool ImportFormatPage::validatePage()
{
    ImportRequest request = m_wizard->request();
    request.format = format();
    m_wizard->setRequest(request);
    return true;
}

QString ImportFormatPage::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::ClassFolders:
        return tr("class folders");
    case ImportFormat::Ucf101:
        return tr("UCF101 split lists");
    case ImportFormat::Hmdb51:
        return tr("HMDB51 split files");
    case ImportFormat::Kinetics:
        return tr("Kinetics CSV");
    case ImportFormat::MmactionList:
        return tr("mmaction2 / PaddleVideo lists");
    }
    return {};
}

} // namespace as::ui
