// PLACEHOLDER: replaced by the panel's owner.

#include <QtTest>

class TestGuiDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_MAIN(TestGuiDataset)
#include "testgui_dataset.moc"
