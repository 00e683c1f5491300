// PLACEHOLDER: replaced by the panel's owner.

#include <QtTest>

class TestGuiInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_MAIN(TestGuiInspector)
#include "testgui_inspector.moc"
