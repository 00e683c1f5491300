// PLACEHOLDER: replaced by the owner.

#include <QtTest>

class TestDatasetHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_APPLESS_MAIN(TestDatasetHealth)
#include "testdatasethealth.moc"
