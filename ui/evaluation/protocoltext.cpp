#include "ui/evaluation/protocoltext.h"

namespace as::ui {

QString ProtocolText::display(const std::string &coreProtocol)
{
    QString text = QString::fromStdString(coreProtocol);
    text.replace(QLatin1String(" x "), QStringLiteral(" \u00d7 "));
    return text;
}

bool ProtocolText::usesSegments(const std::string &modelName)
{
    // Mirrors core/models/modelregistry.cpp (segmentSpec): the 2-D segment models.
    const QString name = QString::fromStdString(modelName);
    return name.startsWith(QLatin1String("tsn_")) || name.startsWith(QLatin1String("pptsn_"))
        || name.startsWith(QLatin1String("tsm_"));
}

QString ProtocolText::validation(const as::ExperimentConfig &config)
{
    const as::InputConfig &input = config.input;
    const QString size = tr("short side %1, crop %2 px").arg(input.shortSide).arg(input.cropSize);
    if (usesSegments(config.model.name))
        return tr("middle frames of %n segment(s) \u00d7 1 centre crop; %1", nullptr,
                  input.clipLengthFrames)
            .arg(size);
    return tr("1 centred clip \u00d7 1 centre crop; %n frame(s) every %1; %2", nullptr,
              input.clipLengthFrames)
        .arg(input.frameInterval)
        .arg(size);
}

} // namespace as::ui
