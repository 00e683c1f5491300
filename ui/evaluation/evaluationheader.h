#pragma once

#include <QWidget>

#include "ui/evaluation/evaluationdata.h"

class QLabel;
class QToolButton;

namespace as::ui {

/**
 * The top of the evaluation view: the run's name and model, then every accuracy of the run on
 * its own line with the protocol it was measured under — the final test (clips × crops) and the
 * best validation epoch (single view) — so the two are never mistaken for each other.
 */
class EvaluationHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationHeader(QWidget *parent = nullptr);

    void setData(const EvaluationData &data);
    /** Shown while a run is being read or tested, in place of the details line. */
    void setStatus(const QString &text);

    QLabel *testLabel() const { return m_test; }
    QLabel *validationLabel() const { return m_validation; }
    QToolButton *testAgainButton() const { return m_testAgain; }

    /** "Test top-1 62.5 % · top-5 … — 10 clips × 3 crops, …" (rich text). */
    static QString testText(const EvaluationData &data);
    /** "Validation top-1 (best epoch 3) 60.0 % — 1 centred clip × 1 centre crop; …" (rich text). */
    static QString validationText(const EvaluationData &data);

private:
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_test;
    QLabel *m_validation;
    QToolButton *m_testAgain;
};

} // namespace as::ui
