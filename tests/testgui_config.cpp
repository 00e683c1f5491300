// PLACEHOLDER: replaced by the panel's owner.

#include <QtTest>

class TestGuiConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_MAIN(TestGuiConfig)
#include "testgui_config.moc"
