#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

namespace as::ui {

/**
 * The top-k classes the model gave one clip, as labelled bars of their probability: the true
 * class in green, the others in orange, so a near miss is seen at a glance.
 */
class TopPredictionsView final : public QWidget
{
    Q_OBJECT

public:
    /** One class of the ranking. */
    struct Entry
    {
        QString className;
        double probability = 0.0;  // in [0,1]
        bool isTrueClass = false;
    };

    explicit TopPredictionsView(QWidget *parent = nullptr);

    /** Shows `entries` (most probable first) for the clip `clipName`. */
    void setPredictions(const QString &clipName, const QVector<Entry> &entries);
    void clear();

    QString clipName() const { return m_clip; }
    const QVector<Entry> &entries() const { return m_entries; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_clip;
    QVector<Entry> m_entries;
};

} // namespace as::ui
