// PLACEHOLDER: replaced by the panel's owner.

#include <QtTest>

class TestGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_MAIN(TestGuiImport)
#include "testgui_import.moc"
