#include "ui/training/experimentfields.h"

#include <algorithm>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

namespace as::ui {

namespace {

QSpinBox *spinBox(QWidget *parent, const char *name, int minimum, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

ExperimentFields::ExperimentFields(QWidget *parent)
    : QGroupBox(tr("Experiment"), parent)
    , m_model(new QComboBox(this))
    , m_epochs(spinBox(this, "epochsSpinBox", 1, 10000))
    , m_batchSize(spinBox(this, "batchSizeSpinBox", 1, 4096))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_clipFrames(spinBox(this, "clipFramesSpinBox", 1, 256))
    , m_frameInterval(spinBox(this, "frameIntervalSpinBox", 1, 64))
    , m_cropSize(spinBox(this, "cropSizeSpinBox", 16, 1024))
{
    setObjectName(QStringLiteral("experimentFields"));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->addItem(tr("X3D-XS"), QStringLiteral("x3d_xs"));
    m_model->addItem(tr("C3D"), QStringLiteral("c3d"));
    m_model->setToolTip(tr("Network architecture from the model registry"));
    m_epochs->setToolTip(tr("Passes over the training videos"));
    m_batchSize->setToolTip(tr("Clips per optimisation step"));
    m_learningRate->setObjectName(QStringLiteral("learningRateSpinBox"));
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(0.0001, 10.0);
    m_learningRate->setSingleStep(0.01);
    m_learningRate->setAlignment(Qt::AlignRight);
    m_learningRate->setToolTip(tr("Peak learning rate after the warm-up; cosine decay follows"));
    m_clipFrames->setToolTip(tr("Frames per clip fed to the network"));
    m_frameInterval->setToolTip(tr("Take every n-th frame of the video"));
    m_cropSize->setToolTip(tr("Side of the square crop fed to the network, in pixels"));
    m_cropSize->setSuffix(tr(" px"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Model:"), m_model);
    left->addRow(tr("&Epochs:"), m_epochs);
    left->addRow(tr("&Batch size:"), m_batchSize);
    left->addRow(tr("&Learning rate:"), m_learningRate);
    auto *right = new QFormLayout;
    right->addRow(tr("&Frames per clip:"), m_clipFrames);
    right->addRow(tr("Frame &interval:"), m_frameInterval);
    right->addRow(tr("&Crop size:"), m_cropSize);
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_model, m_epochs, m_batchSize, m_learningRate,
                                           m_clipFrames, m_frameInterval, m_cropSize})
        field->setMinimumWidth(110);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(24);
    layout->addLayout(left);
    layout->addLayout(right);
    layout->addStretch(1);

    const auto notify = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    for (QSpinBox *box : {m_epochs, m_batchSize, m_clipFrames, m_frameInterval, m_cropSize})
        connect(box, &QSpinBox::valueChanged, this, notify);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, notify);
    connect(m_model, &QComboBox::currentIndexChanged, this, notify);
}

void ExperimentFields::setConfig(const as::ExperimentConfig &config)
{
    m_filling = true;
    const QString name = QString::fromStdString(config.model.name);
    int index = m_model->findData(name);
    if (index < 0) {
        m_model->addItem(name, name);
        index = m_model->count() - 1;
    }
    m_model->setCurrentIndex(index);
    m_epochs->setValue(config.optim.epochs);
    m_batchSize->setValue(config.optim.batchSize);
    m_learningRate->setValue(config.optim.lr);
    m_clipFrames->setValue(config.input.clipLengthFrames);
    m_frameInterval->setValue(config.input.frameInterval);
    m_cropSize->setValue(config.input.cropSize);
    m_filling = false;
}

void ExperimentFields::applyTo(as::ExperimentConfig &config) const
{
    config.model.name = m_model->currentData().toString().toStdString();
    config.optim.epochs = m_epochs->value();
    config.optim.batchSize = m_batchSize->value();
    config.optim.lr = m_learningRate->value();
    // The warm-up never starts above the peak rate.
    config.optim.warmupStartLr = std::min(config.optim.warmupStartLr, config.optim.lr);
    config.input.clipLengthFrames = m_clipFrames->value();
    config.input.frameInterval = m_frameInterval->value();
    config.input.cropSize = m_cropSize->value();
    // The short side must leave room for the crop.
    config.input.shortSide = std::max(config.input.shortSide, config.input.cropSize);
}

int ExperimentFields::epochs() const
{
    return m_epochs->value();
}

QString ExperimentFields::modelText() const
{
    return m_model->currentText();
}

} // namespace as::ui
