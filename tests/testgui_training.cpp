// PLACEHOLDER: replaced by the panel's owner.

#include <QtTest>

class TestGuiTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_MAIN(TestGuiTraining)
#include "testgui_training.moc"
