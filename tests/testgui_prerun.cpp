// PLACEHOLDER: replaced by the panel's owner.

#include <QtTest>

class TestGuiPrerun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_MAIN(TestGuiPrerun)
#include "testgui_prerun.moc"
