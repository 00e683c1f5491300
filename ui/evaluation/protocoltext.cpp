#include "ui/evaluation/protocoltext.h"

#include "core/train/runevaluation.h"

namespace as::ui {

QString ProtocolText::display(const std::string &coreProtocol)
{
    QString text = QString::fromStdString(coreProtocol);
    text.replace(QLatin1String(" x "), QStringLiteral(" \u00d7 "));
    return text;
}

QString ProtocolText::validation(const as::ExperimentConfig &config)
{
    return display(as::validationProtocol(config));
}

QString ProtocolText::test(const as::EvalReport &report)
{
    return display(report.protocol);
}

} // namespace as::ui
