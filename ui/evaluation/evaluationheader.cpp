#include "ui/evaluation/evaluationheader.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include "ui/evaluation/protocoltext.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

QString percent(double fraction)
{
    return EvaluationHeader::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QLabel *makeLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EvaluationHeader::EvaluationHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(makeLabel(QStringLiteral("runTitleLabel"), this))
    , m_details(makeLabel(QStringLiteral("runDetailsLabel"), this))
    , m_test(makeLabel(QStringLiteral("testAccuracyLabel"), this))
    , m_validation(makeLabel(QStringLiteral("validationAccuracyLabel"), this))
    , m_testAgain(new QToolButton(this))
{
    setObjectName(QStringLiteral("evaluationHeader"));
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_title->setFont(title);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setStyleSheet(QStringLiteral("color: #616161;"));
    m_testAgain->setObjectName(QStringLiteral("testAgainButton"));
    m_testAgain->setText(tr("Test again\u2026"));
    m_testAgain->setIcon(themeIcon(QStringLiteral("train")));
    m_testAgain->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_testAgain->setToolTip(tr("Run the final test again, with another protocol"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(3);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_testAgain, 0, 1, Qt::AlignRight);
    layout->addWidget(m_details, 1, 0, 1, 2);
    layout->addWidget(m_test, 2, 0, 1, 2);
    layout->addWidget(m_validation, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    m_testAgain->hide();
}

QString EvaluationHeader::testText(const EvaluationData &data)
{
    if (!data.hasReport)
        return tr("<b>Test</b>: not run yet \u2014 the final multi-view test writes its report "
                  "to %1")
            .arg((data.runDir + QStringLiteral("/test")).toHtmlEscaped());
    const as::EvalReport &r = data.report;
    return tr("<b>Test top-1 %1</b> \u00b7 top-5 %2 \u00b7 mean class accuracy %3 \u2014 "
              "<i>%4</i> (%n test clip(s))",
              nullptr, r.samples)
        .arg(percent(r.top1), percent(r.top5), percent(r.meanClassAccuracy),
             ProtocolText::test(r).toHtmlEscaped());
}

QString EvaluationHeader::validationText(const EvaluationData &data)
{
    const QString protocol = data.validationProtocol.isEmpty()
        ? tr("single view; the run's config.yaml could not be found")
        : data.validationProtocol;
    const QString epoch = data.bestEpoch > 0 ? tr("best epoch %1").arg(data.bestEpoch)
                                             : tr("best epoch");
    if (data.bestEpoch == 0 && data.run.bestValTop1 <= 0.0)
        return tr("<b>Validation</b>: no validated epoch yet \u2014 <i>%1</i>")
            .arg(protocol.toHtmlEscaped());
    return tr("<b>Validation top-1 (%1) %2</b> \u2014 <i>%3</i>")
        .arg(epoch, percent(data.run.bestValTop1), protocol.toHtmlEscaped());
}

void EvaluationHeader::setData(const EvaluationData &data)
{
    m_title->setText(QString::fromStdString(data.run.name));
    m_title->setToolTip(data.runDir);
    m_details->setText(tr("%1 \u00b7 %2 \u00b7 %3 of %4 epochs \u00b7 %5")
                           .arg(QString::fromStdString(data.run.model),
                                QString::fromStdString(data.run.status))
                           .arg(data.run.epochsCompleted)
                           .arg(data.run.epochs)
                           .arg(data.runDir));
    m_test->setText(testText(data));
    m_validation->setText(validationText(data));
    m_testAgain->setVisible(data.hasReport);
}

void EvaluationHeader::setStatus(const QString &text)
{
    m_details->setText(text);
}

} // namespace as::ui
