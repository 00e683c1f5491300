// GUI test of the config editor (issue 5): the form and the YAML tab stay in sync both ways,
// bad YAML is reported by field and line while the config keeps its last valid value, changes
// from a preset are counted and shown in bold, and choosing a model applies its reference
// input. Drives the real widgets on the real config schema; no project data is needed.

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "core/config/configio.h"
#include "core/config/configschema.h"
#include "guitesthelpers.h"
#include "ui/config/configeditor.h"
#include "ui/config/configform.h"
#include "ui/config/configschemastrings.h"
#include "ui/config/configyamlview.h"
#include "ui/config/fieldeditor.h"

using as::ui::ConfigEditor;
using as::ui::FieldEditor;

namespace {

/** The input widget of field `path` (QSpinBox, QDoubleSpinBox, QComboBox, ...). */
template<typename T> T *input(const ConfigEditor &editor, const char *path)
{
    T *widget = editor.findChild<T *>(QStringLiteral("field_") + QLatin1String(path));
    if (!widget)
        qWarning("no input for %s", path);
    return widget;
}

FieldEditor *fieldEditor(const ConfigEditor &editor, const char *path)
{
    return editor.form()->fieldEditor(QLatin1String(path));
}

QLabel *errorLabel(const ConfigEditor &editor, const char *path)
{
    return editor.findChild<QLabel *>(QStringLiteral("error_") + QLatin1String(path));
}

bool isBold(const ConfigEditor &editor, const char *path)
{
    return fieldEditor(editor, path)->label()->font().bold();
}

/** The 1-based number of the first line of `text` that is exactly `line`, 0 when none. */
int lineNumber(const QString &text, const QString &line)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return static_cast<int>(lines.indexOf(line)) + 1;
}

/** Types at the end of YAML line `lineText` as a user would: erase `erase` chars, type `typed`. */
void retypeLineEnd(QPlainTextEdit *edit, const QString &lineText, int erase, const QString &typed)
{
    const int line = lineNumber(edit->toPlainText(), lineText);
    QVERIFY2(line > 0, qPrintable(lineText));
    QTextCursor cursor(edit->document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(cursor);
    for (int i = 0; i < erase; ++i)
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, typed);
}

} // namespace

class TestGuiConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_config");
        QVERIFY(m_dir.isValid());
    }

    void formEditRegeneratesYaml()
    {
        ConfigEditor editor;
        editor.show();
        QCOMPARE(editor.presetName(), ConfigEditor::kDefaultPreset);
        QVERIFY(editor.isValid());
        QVERIFY(editor.changedFields().isEmpty());
        const QString yaml = editor.yamlView()->yaml();
        QVERIFY(yaml.contains(QLatin1String("\n  lr: 0.1\n")));

        QSignalSpy changed(&editor, &ConfigEditor::configChanged);
        editor.form()->showSection(QStringLiteral("optim"));
        auto *lr = input<QDoubleSpinBox>(editor, "optim.lr");
        QVERIFY(lr);
        QCOMPARE(lr->text(), QStringLiteral("0.1"));
        // Typed as a user does: select all, type, Enter.
        QTest::keyClick(lr, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(lr, QStringLiteral("0.05"));
        QTest::keyClick(lr, Qt::Key_Return);
        QCOMPARE(editor.config().optim.lr, 0.05);
        QVERIFY(changed.count() >= 1);
        QVERIFY2(editor.yamlView()->yaml().contains(QLatin1String("\n  lr: 0.05\n")),
                 qPrintable(editor.yamlView()->yaml()));
        QCOMPARE(editor.changedFields(), QStringList {QStringLiteral("optim.lr")});
        QVERIFY(isBold(editor, "optim.lr"));

        // A weight decay keeps its digits both ways (no fixed decimals rounding it away).
        auto *decay = input<QDoubleSpinBox>(editor, "optim.weight_decay");
        QCOMPARE(decay->text(), QStringLiteral("5e-05"));
        decay->setValue(1e-4);
        QCOMPARE(editor.config().optim.weightDecay, 1e-4);
        QVERIFY(editor.yamlView()->yaml().contains(QStringLiteral("weight_decay: ")
                                                   + QString::fromStdString(as::fieldText(1e-4))));

        // "Reset to preset" on the field takes the preset's value back.
        auto *reset = editor.findChild<QToolButton *>(QStringLiteral("reset_optim.lr"));
        QVERIFY(reset && reset->isVisible());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(editor.config().optim.lr, 0.1);
        QCOMPARE(lr->value(), 0.1);
        QVERIFY(!isBold(editor, "optim.lr"));
        QVERIFY(!reset->isVisible());
        QVERIFY(editor.yamlView()->yaml().contains(QLatin1String("\n  lr: 0.1\n")));
        QCOMPARE(editor.changedFields(), QStringList {QStringLiteral("optim.weight_decay")});

        // A flag and a list go through their editors too.
        editor.form()->showSection(QStringLiteral("augment"));
        auto *flip = input<QCheckBox>(editor, "augment.horizontal_flip");
        QVERIFY(!flip->isChecked());
        QTest::mouseClick(flip, Qt::LeftButton);
        QVERIFY(editor.config().augment.horizontalFlip);
        QVERIFY(editor.yamlView()->yaml().contains(QLatin1String("horizontal_flip: true")));
        editor.form()->showSection(QStringLiteral("input"));
        auto *mean = input<QLineEdit>(editor, "input.mean");
        mean->selectAll();
        QTest::keyClicks(mean, QStringLiteral("0.4, 0.5, 0.6"));
        QCOMPARE(editor.config().input.mean, (std::array<double, 3> {0.4, 0.5, 0.6}));
        QTest::keyClicks(mean, QStringLiteral(", 0.7")); // four numbers: refused, named
        QCOMPARE(editor.config().input.mean, (std::array<double, 3> {0.4, 0.5, 0.6}));
        QVERIFY(errorLabel(editor, "input.mean")->isVisible());
        QVERIFY(errorLabel(editor, "input.mean")->text().contains(QLatin1String("input.mean")));
    }

    void yamlEditUpdatesForm()
    {
        ConfigEditor editor;
        editor.show();
        editor.tabs()->setCurrentWidget(editor.yamlView());
        auto *epochs = input<QSpinBox>(editor, "optim.epochs");
        QCOMPARE(epochs->value(), 36);
        QPlainTextEdit *text = editor.yamlView()->textEdit();
        retypeLineEnd(text, QStringLiteral("  epochs: 36"), 2, QStringLiteral("12"));
        QVERIFY(editor.yamlView()->hasPendingEdit()); // debounced, not parsed per keystroke
        QTRY_COMPARE(epochs->value(), 12);
        QCOMPARE(editor.config().optim.epochs, 12);
        QVERIFY(editor.isValid());
        QVERIFY(isBold(editor, "optim.epochs"));
        QCOMPARE(editor.changedFields(), QStringList {QStringLiteral("optim.epochs")});
        // The user's text stays as typed (no regeneration under the cursor).
        QVERIFY(text->toPlainText().contains(QLatin1String("  epochs: 12\n")));
    }

    void badYamlIsReportedAndConfigKept()
    {
        ConfigEditor editor;
        editor.show();
        editor.tabs()->setCurrentWidget(editor.yamlView());
        const as::ExperimentConfig before = editor.config();
        QPlainTextEdit *text = editor.yamlView()->textEdit();
        const QString good = text->toPlainText();
        QSignalSpy validity(&editor, &ConfigEditor::validityChanged);

        // A value out of range: named under the field in the form, with its line.
        retypeLineEnd(text, QStringLiteral("  lr: 0.1"), 3, QStringLiteral("-1"));
        const int lrLine = lineNumber(text->toPlainText(), QStringLiteral("  lr: -1"));
        QVERIFY(lrLine > 0);
        QLabel *lrError = errorLabel(editor, "optim.lr");
        QTRY_VERIFY(!lrError->text().isEmpty());
        QVERIFY2(lrError->text().contains(QLatin1String("optim.lr")), qPrintable(lrError->text()));
        QVERIFY2(lrError->text().contains(QStringLiteral("line %1").arg(lrLine)),
                 qPrintable(lrError->text()));
        QVERIFY(!editor.isValid());
        QCOMPARE(validity.count(), 1);
        QVERIFY(as::differingFields(editor.config(), before).empty());
        QCOMPARE(input<QDoubleSpinBox>(editor, "optim.lr")->value(), 0.1);
        // Listed under the YAML too (warm-up start and minimum LR, bounded by lr, with it).
        QListWidget *issues = editor.yamlView()->issueList();
        QVERIFY(issues->isVisible());
        QVERIFY(
            !issues
                 ->findItems(QStringLiteral("Line %1, optim.lr:").arg(lrLine), Qt::MatchStartsWith)
                 .isEmpty());

        // A misspelt key: listed under the YAML with its line; the config is still unchanged.
        QString misspelt = good;
        misspelt.replace(QLatin1String("\n  lr: 0.1\n"), QLatin1String("\n  lrr: 0.05\n"));
        text->setPlainText(misspelt); // as a paste
        const int keyLine = lineNumber(misspelt, QStringLiteral("  lrr: 0.05"));
        QTRY_VERIFY(issues->count() == 1
                    && issues->item(0)->text().contains(QLatin1String("optim.lrr")));
        QVERIFY2(issues->item(0)->text().contains(QStringLiteral("Line %1").arg(keyLine)),
                 qPrintable(issues->item(0)->text()));
        QVERIFY(lrError->text().isEmpty());
        QVERIFY(!editor.isValid());
        QVERIFY(as::differingFields(editor.config(), before).empty());

        // Fixed: the problems go, the form follows the YAML again.
        text->setPlainText(good);
        QTRY_VERIFY(editor.isValid());
        QVERIFY(!issues->isVisible());
        QCOMPARE(validity.count(), 2);
    }

    void presetDifferencesAreCounted()
    {
        ConfigEditor editor;
        editor.show();
        QVERIFY(editor.presetNames().contains(QStringLiteral("c3d_ucf101")));
        QVERIFY(editor.presetNames().contains(ConfigEditor::kDemoPreset));
        auto *combo = editor.findChild<QComboBox *>(QStringLiteral("presetCombo"));
        const int x3d = combo->findData(QStringLiteral("x3d_xs_synthmotion"));
        QVERIFY(combo->itemData(x3d, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("SynthMotion quick")));

        QVERIFY(editor.loadPreset(QStringLiteral("c3d_ucf101")));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("c3d_ucf101"));
        QCOMPARE(editor.config().model.name, std::string("c3d"));
        QVERIFY(editor.changedFields().isEmpty());
        auto *changes = editor.findChild<QLabel *>(QStringLiteral("changesLabel"));
        QVERIFY(changes->text().startsWith(QLatin1String("0 ")));
        QVERIFY(changes->text().contains(QLatin1String("c3d_ucf101")));

        auto *batch = input<QSpinBox>(editor, "optim.batch_size");
        batch->setValue(batch->value() + 2);
        QCOMPARE(editor.changedFields(), QStringList {QStringLiteral("optim.batch_size")});
        QVERIFY(changes->text().startsWith(QLatin1String("1 ")));
        QVERIFY(isBold(editor, "optim.batch_size"));
        QVERIFY(!isBold(editor, "optim.lr"));
        auto *sections = editor.findChild<QListWidget *>(QStringLiteral("configSectionList"));
        for (int row = 0; row < sections->count(); ++row)
            QCOMPARE(sections->item(row)->font().bold(),
                     sections->item(row)->data(Qt::UserRole).toString() == QLatin1String("optim"));

        // Choosing another preset in the combo (keyboard) starts from it.
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(QStringLiteral("c3d_synthmotion")) - 1);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(editor.presetName(), QStringLiteral("c3d_synthmotion"));
        QVERIFY(editor.changedFields().isEmpty());
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("resetAllButton")),
                          Qt::LeftButton); // nothing to reset: disabled
        QVERIFY(editor.changedFields().isEmpty());
    }

    void modelChangeAppliesReferenceInput()
    {
        ConfigEditor editor;
        editor.show();
        as::ExperimentConfig expected = editor.config();
        expected.model.name = "c3d";
        QVERIFY(as::applyModelReferenceInput(expected));
        QVERIFY(expected.input.clipLengthFrames != editor.config().input.clipLengthFrames);

        auto *model = input<QComboBox>(editor, "model.name");
        model->setCurrentIndex(model->findData(QStringLiteral("c3d")));
        QCOMPARE(editor.config().model.name, std::string("c3d"));
        QVERIFY(as::differingFields(editor.config(), expected).empty());
        QCOMPARE(input<QSpinBox>(editor, "input.clip_length_frames")->value(),
                 expected.input.clipLengthFrames);
        QCOMPARE(input<QSpinBox>(editor, "input.crop_size")->value(), expected.input.cropSize);
        QVERIFY(editor.isValid());
        const QString status = editor.findChild<QLabel *>(QStringLiteral("configStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("c3d"))
                     && status.contains(QLatin1String("reference")),
                 qPrintable(status));
        QVERIFY(isBold(editor, "input.clip_length_frames"));
    }

    void openAndSaveYaml()
    {
        ConfigEditor editor;
        editor.setProjectDir(m_dir.path());
        QCOMPARE(QString::fromStdString(editor.config().data.project), m_dir.path());
        QVERIFY(editor.changedFields().isEmpty());
        auto *save = editor.findChild<QAction *>(QStringLiteral("saveConfigAction"));
        QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
        QCOMPARE(editor.findChild<QAction *>(QStringLiteral("openConfigAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

        input<QSpinBox>(editor, "optim.epochs")->setValue(7);
        const QString file = m_dir.filePath(QStringLiteral("mine.yaml"));
        QVERIFY(editor.saveFile(file));
        QCOMPARE(as::loadConfig(file.toStdString()).optim.epochs, 7);
        input<QSpinBox>(editor, "optim.epochs")->setValue(9);
        QVERIFY(editor.openFile(file));
        QCOMPARE(editor.config().optim.epochs, 7);
        QCOMPARE(input<QSpinBox>(editor, "optim.epochs")->value(), 7);

        const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("model:\n  name: x3d_xs\noptim:\n  lr: -1\n");
        out.close();
        QVERIFY(!editor.openFile(bad));
        QCOMPARE(editor.config().optim.epochs, 7);
        const QString banner = editor.findChild<QLabel *>(QStringLiteral("bannerText"))->text();
        QVERIFY2(banner.contains(bad) && banner.contains(QLatin1String("line 4"))
                     && banner.contains(QLatin1String("optim.lr")),
                 qPrintable(banner));
        QCOMPARE(editor.tabs()->currentWidget(), editor.yamlView());
    }

    void schemaTextsAreTranslatable()
    {
        // Every schema text the editor passes to translate("ConfigSchema", ...) must be in the
        // list lupdate reads, or it silently stays English in every language.
        const QStringList listed = as::ui::configSchemaSourceTexts();
        QStringList missing;
        const auto check = [&](const std::string &text) {
            const QString qtext = QString::fromStdString(text);
            QVERIFY(!qtext.isEmpty());
            if (!listed.contains(qtext))
                missing << qtext;
        };
        for (const as::ConfigSection &section : as::configSections()) {
            check(section.label);
            check(section.help);
        }
        for (const as::ConfigField &field : as::configSchema()) {
            check(field.label);
            check(field.help);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("add to ui/config/configschemastrings.cpp:\n")
                            + missing.join(QLatin1Char('\n'))));
        const QSet<QString> unique(listed.begin(), listed.end());
        QCOMPARE(static_cast<int>(unique.size()), static_cast<int>(listed.size()));

        // And the editor shows them through the translator: a Chinese form shows Chinese labels.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/actionstudio_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        {
            ConfigEditor editor;
            const QString label = fieldEditor(editor, "optim.lr")->label()->text();
            QVERIFY2(label.contains(QStringLiteral("学习率")), qPrintable(label));
            auto *sections = editor.findChild<QListWidget *>(QStringLiteral("configSectionList"));
            QVERIFY(sections);
            for (int row = 0; row < sections->count(); ++row) {
                const QString title = sections->item(row)->text();
                QVERIFY2(!title.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))),
                         qPrintable(title));
            }
        }
        QCoreApplication::removeTranslator(&zh);
    }

    void screenshot()
    {
        ConfigEditor editor;
        editor.setProjectDir(m_dir.path());
        editor.show();
        input<QDoubleSpinBox>(editor, "optim.lr")->setValue(0.2);
        input<QSpinBox>(editor, "optim.batch_size")->setValue(32);
        input<QComboBox>(editor, "optim.schedule")
            ->setCurrentIndex(
                input<QComboBox>(editor, "optim.schedule")->findData(QStringLiteral("multistep")));
        QCOMPARE(editor.changedFields().size(), 3);
        QVERIFY(!errorLabel(editor, "optim.milestones")->text().isEmpty()); // multistep needs one
        editor.form()->showSection(QStringLiteral("optim"));
        const QString file = as::test::saveScreenshot(&editor, QStringLiteral("panel-config.png"));
        QVERIFY(QFile::exists(file));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiConfig)
#include "testgui_config.moc"
