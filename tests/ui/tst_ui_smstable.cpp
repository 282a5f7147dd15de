// The Master Mapping Table editor, offscreen, on a temporary store with the real sheet
// imported: the grid and its frozen key columns, the problems list and its navigation,
// undoable edits that re-validate, versions (save, diff, publish), the filters and the
// unsaved-edits prompt. With SB_SCREENSHOT_DIR set, screenshot() saves sms-editor.png there.

#include "sms/mappingtablegrid.h"
#include "sms/mappingtablemodel.h"
#include "sms/mappingtableversionsdialog.h"
#include "sms/mappingtableview.h"
#include "sms/smsplan.h"
#include "sms/smstable.h"
#include "sms/smsvalidate.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace sb;

namespace {

QString fixture(const QString &name)
{
    return test::sourceDir() + QStringLiteral("/tests/sms/fixtures/") + name;
}

const QString kSheet = QStringLiteral("master-mapping-table.csv");
const QString kMalagasy = QStringLiteral("Malagasy");

} // namespace

class TestUiSmsTable final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStateExplainsTheImport();
    void importShowsTheSheetAndItsProblems();
    void badFileIsExplainedInTheBanner();
    void clickingAProblemSelectsItsCell();
    void editFixesAProblemAndUndoRestoresIt();
    void pasteIsOneUndoStep();
    void saveDiffAndPublish();
    void filtersByLanguageGroupAndSearch();
    void unsavedEditsAskBeforeSwitchingVersion();
    void leavingWithUnsavedEditsAsks();
    void layoutAndLanguageAreRemembered();
    void screenshot();

private:
    void importSheet();
    int problemRowOfKind(const char *kind) const;
    int countOfKind(const char *kind) const;
    QString cell(int row, const QString &column) const { return m_view->model()->table().cell(row, column); }
    QList<int> shownInMain() const;
    QList<int> shownInFrozen() const;
    // Edits the current cell as a person does: F2, type, Enter.
    void editCurrentCell(const QString &text);

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MappingTableView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    std::unique_ptr<QAbstractItemModelTester> m_problemsTester;
    QList<std::pair<QString, QString>> m_prompts; // what, answered
    UnsavedChoice m_answer = UnsavedChoice::Cancel;
    QStringList m_confirmTexts;
    bool m_confirmAnswer = true;
};

void TestUiSmsTable::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto opened = Store::open(m_dir->file(QStringLiteral("switchboard.db")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_store = std::move(opened.value());
    m_view = std::make_unique<MappingTableView>(*m_store);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_view->filterModel(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_problemsTester = std::make_unique<QAbstractItemModelTester>(m_view->problemsModel(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_prompts.clear();
    m_confirmTexts.clear();
    m_view->setUnsavedPrompt([this](QWidget *, const QString &what) {
        m_prompts.push_back({what, QString()});
        return m_answer;
    });
    m_view->setConfirm([this](QWidget *, const QString &, const QString &text) {
        m_confirmTexts << text;
        return m_confirmAnswer;
    });
    m_view->resize(1500, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestUiSmsTable::cleanup()
{
    m_problemsTester.reset();
    m_filterTester.reset();
    m_modelTester.reset();
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

void TestUiSmsTable::importSheet()
{
    QVERIFY2(m_view->importFile(fixture(kSheet)), qPrintable(m_view->banner()->text()));
    QCOMPARE(m_view->model()->rowCount(), 117);
}

int TestUiSmsTable::problemRowOfKind(const char *kind) const
{
    const MappingProblemsModel *p = m_view->problemsModel();
    for (int r = 0; r < p->rowCount(); ++r)
        if (p->finding(r).kind == QLatin1String(kind))
            return r;
    return -1;
}

int TestUiSmsTable::countOfKind(const char *kind) const
{
    int n = 0;
    for (const sms::Finding &f : m_view->model()->findings())
        n += f.kind == QLatin1String(kind);
    return n;
}

QList<int> TestUiSmsTable::shownInMain() const
{
    QList<int> out;
    const QTableView *v = m_view->grid()->mainView();
    for (int c = 0; c < v->model()->columnCount(); ++c)
        if (!v->isColumnHidden(c))
            out << c;
    return out;
}

QList<int> TestUiSmsTable::shownInFrozen() const
{
    QList<int> out;
    const QTableView *v = m_view->grid()->frozenView();
    for (int c = 0; c < v->model()->columnCount(); ++c)
        if (!v->isColumnHidden(c))
            out << c;
    return out;
}

void TestUiSmsTable::editCurrentCell(const QString &text)
{
    const QModelIndex current = m_view->grid()->currentIndex();
    QVERIFY(current.isValid());
    QTableView *view = m_view->grid()->frozenView()->isColumnHidden(current.column()) ? m_view->grid()->mainView()
                                                                                       : m_view->grid()->frozenView();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QPlainTextEdit *>(QStringLiteral("mappingCellEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), current.data(Qt::EditRole).toString());
    editor->setPlainText(text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->findChild<QPlainTextEdit *>(QStringLiteral("mappingCellEditor")));
}

void TestUiSmsTable::emptyStateExplainsTheImport()
{
    QVERIFY(m_view->isEmptyState());
    auto *page = m_view->findChild<QWidget *>(QStringLiteral("mappingEmptyPage"));
    QVERIFY(page && page->isVisible());
    bool mentionsCsv = false;
    for (QLabel *l : page->findChildren<QLabel *>())
        mentionsCsv = mentionsCsv || l->text().contains(QStringLiteral("CSV export"));
    QVERIFY(mentionsCsv);
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("mappingImportEmpty")));
}

void TestUiSmsTable::importShowsTheSheetAndItsProblems()
{
    importSheet();
    QVERIFY(!m_view->isEmptyState());
    QCOMPARE(m_view->tableName(), QLatin1String(sms::kDefaultTableName));
    QCOMPARE(m_view->shownVersion(), 1);
    QCOMPARE(m_view->publishedVersion(), 0);
    QVERIFY(!m_view->hasUnsavedEdits());
    QCOMPARE(m_view->model()->columnCount(), 25);
    QCOMPARE(m_view->filterModel()->rowCount(), 117);
    QVERIFY(m_view->versionInfo()->text().contains(QStringLiteral("Nothing is published")));

    // The validator's findings, listed and counted by kind.
    QCOMPARE(m_view->problemsModel()->totalCount(), 799);
    QCOMPARE(m_view->problemsModel()->rowCount(), 799);
    QCOMPARE(countOfKind(sms::kUnknownPlaceholder), 70);
    QCOMPARE(countOfKind(sms::kMissingTranslation), 32);
    QCOMPARE(countOfKind(sms::kMultiSegment), 694);
    QCOMPARE(countOfKind(sms::kUnbalancedBraces), 1);
    QCOMPARE(countOfKind(sms::kBadBulkIdTemplate), 2);
    QVERIFY2(m_view->problemsSummary()->text().contains(QStringLiteral("799 problems")),
             qPrintable(m_view->problemsSummary()->text()));
    QVERIFY(m_view->problemsSummary()->text().contains(QStringLiteral("70 unknown placeholders")));
    // The worst first: errors before missing translations before long texts.
    QCOMPARE(MappingTableModel::severityOf(m_view->problemsModel()->finding(0).kind), ProblemSeverity::Error);
    QCOMPARE(m_view->problemsModel()->finding(798).kind, QLatin1String(sms::kMultiSegment));

    // The kind filter.
    m_view->kindCombo()->setCurrentIndex(m_view->kindCombo()->findData(QLatin1String(sms::kMissingTranslation)));
    QCOMPARE(m_view->problemsModel()->rowCount(), 32);
    m_view->setProblemKindFilter(QString());
    QCOMPARE(m_view->problemsModel()->rowCount(), 799);

    // Cells with problems are tinted by severity and explain themselves.
    const int malagasy = m_view->model()->table().columnIndex(kMalagasy);
    const QModelIndex broken = m_view->model()->index(105, malagasy);
    QCOMPARE(broken.data(MappingTableModel::SeverityRole).toInt(), int(ProblemSeverity::Error));
    QVERIFY(broken.data(Qt::BackgroundRole).value<QColor>().isValid());
    const QList<sms::Finding> here = m_view->model()->findingsAt(105, malagasy);
    QVERIFY(std::any_of(here.cbegin(), here.cend(),
                        [](const sms::Finding &f) { return f.kind == QLatin1String(sms::kUnbalancedBraces); }));
    for (const sms::Finding &f : here)
        QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(f.message));
    QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(QStringLiteral("SMS (")));
    const QModelIndex clean = m_view->model()->index(0, m_view->model()->table().columnIndex(QStringLiteral("# SMS")));
    QCOMPARE(clean.data(MappingTableModel::SeverityRole).toInt(), int(ProblemSeverity::None));
    QVERIFY(!clean.data(Qt::BackgroundRole).isValid());

    // Key columns frozen, the rest in the scrolling view; rows are taller than one line
    // where texts wrap, but never taller than the cap.
    QCOMPARE(shownInFrozen(), (QList<int>{0, 1, 2}));
    QCOMPARE(shownInMain().size(), 22);
    QVERIFY(!shownInMain().contains(1));
    const int lineHeight = m_view->grid()->fontMetrics().height() + 8;
    int tallest = 0;
    for (int r = 0; r < 117; ++r)
        tallest = std::max(tallest, m_view->grid()->mainView()->rowHeight(r));
    QVERIFY(tallest > lineHeight);
    QVERIFY(tallest <= m_view->grid()->fontMetrics().lineSpacing() * 6 + 8);
    QCOMPARE(m_view->grid()->frozenView()->rowHeight(40), m_view->grid()->mainView()->rowHeight(40));

    // Right from the last frozen column goes on into the scrolling columns, and back.
    m_view->grid()->selectCell(m_view->filterModel()->index(4, 2));
    m_view->grid()->frozenView()->setFocus();
    QTest::keyClick(m_view->grid()->frozenView(), Qt::Key_Right);
    QCOMPARE(m_view->grid()->currentIndex().column(), 3);
    QVERIFY(m_view->grid()->mainView()->hasFocus());
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_Left);
    QCOMPARE(m_view->grid()->currentIndex().column(), 2);
    QTest::keyClick(m_view->grid()->frozenView(), Qt::Key_Left);
    QCOMPARE(m_view->grid()->currentIndex().column(), 1);
    QCOMPARE(m_view->grid()->currentIndex().row(), 4);

    // The two views scroll together.
    m_view->grid()->mainView()->verticalScrollBar()->setValue(300);
    QCOMPARE(m_view->grid()->frozenView()->verticalScrollBar()->value(), 300);
}

void TestUiSmsTable::badFileIsExplainedInTheBanner()
{
    QVERIFY(m_dir->write(QStringLiteral("notes.csv"), QByteArray("just,a,list\n1,2,3\n")));
    QVERIFY(!m_view->importFile(m_dir->file(QStringLiteral("notes.csv"))));
    QVERIFY(m_view->banner()->isVisible());
    QVERIFY2(m_view->banner()->text().contains(QStringLiteral("no language column")), qPrintable(m_view->banner()->text()));
    QVERIFY(m_view->isEmptyState());
    QVERIFY(!m_view->importFile(m_dir->file(QStringLiteral("missing.csv"))));
    QVERIFY(m_view->banner()->text().contains(QStringLiteral("missing.csv")));
}

void TestUiSmsTable::clickingAProblemSelectsItsCell()
{
    importSheet();
    const int row = problemRowOfKind(sms::kUnbalancedBraces);
    QVERIFY(row >= 0);
    QTableView *problems = m_view->problemsTable();
    problems->scrollTo(m_view->problemsModel()->index(row, 0));
    const QRect rect = problems->visualRect(m_view->problemsModel()->index(row, MappingProblemsModel::Message));
    QVERIFY(rect.isValid());
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndex cell = m_view->currentCell();
    QVERIFY(cell.isValid());
    QCOMPARE(cell.row() + 1, 106);
    QCOMPARE(m_view->model()->table().columns.at(cell.column()), kMalagasy);
    QVERIFY(m_view->grid()->mainView()->selectionModel()->isSelected(m_view->grid()->currentIndex()));
    // Scrolled into view.
    const QRect cellRect = m_view->grid()->mainView()->visualRect(m_view->grid()->currentIndex());
    QVERIFY(m_view->grid()->mainView()->viewport()->rect().intersects(cellRect));

    // A problem in a column the language filter hides shows every language again; one in
    // a row filtered out clears the row filters.
    m_view->setLanguageFilter(QStringLiteral("French"));
    m_view->setSearchText(QStringLiteral("no such text anywhere"));
    QCOMPARE(m_view->filterModel()->rowCount(), 0);
    m_view->goToProblem(row);
    QCOMPARE(m_view->currentCell().row(), 105);
    QVERIFY(m_view->grid()->isColumnShown(m_view->currentCell().column()));
    QCOMPARE(m_view->filterModel()->rowCount(), 117);
    QVERIFY(m_view->searchEdit()->text().isEmpty());
}

void TestUiSmsTable::editFixesAProblemAndUndoRestoresIt()
{
    importSheet();
    m_view->goToProblem(problemRowOfKind(sms::kUnbalancedBraces));
    const QString before = cell(105, kMalagasy);
    QVERIFY(before.contains(QStringLiteral("{FirstName)")));
    QString fixed = before;
    fixed.replace(QStringLiteral("{FirstName)"), QStringLiteral("{FirstName}"));
    QVERIFY(fixed.endsWith(QLatin1Char('}'))); // the brace that swallowed the rest of the text
    fixed.chop(1);

    editCurrentCell(fixed);
    QCOMPARE(cell(105, kMalagasy), fixed);
    QCOMPARE(countOfKind(sms::kUnbalancedBraces), 0);
    const int after = m_view->problemsModel()->totalCount();
    QVERIFY2(after < 799, qPrintable(QString::number(after)));
    QCOMPARE(m_view->problemsModel()->rowCount(), after);
    QVERIFY(m_view->hasUnsavedEdits());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("mappingUnsaved"))->isVisible());
    QCOMPARE(m_view->undoStack()->count(), 1);

    // Ctrl+Z in the grid undoes, Ctrl+Shift+Z redoes.
    m_view->grid()->mainView()->setFocus();
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(105, kMalagasy), before);
    QCOMPARE(m_view->problemsModel()->totalCount(), 799);
    QCOMPARE(countOfKind(sms::kUnbalancedBraces), 1);
    QVERIFY(!m_view->hasUnsavedEdits());
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cell(105, kMalagasy), fixed);
    QCOMPARE(m_view->problemsModel()->totalCount(), after);

    // Escape leaves the cell as it was.
    m_view->grid()->selectCell(m_view->filterModel()->index(3, m_view->model()->table().columnIndex(QStringLiteral("English"))));
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_F2);
    auto *editor = m_view->grid()->mainView()->findChild<QPlainTextEdit *>(QStringLiteral("mappingCellEditor"));
    QVERIFY(editor);
    editor->setPlainText(QStringLiteral("thrown away"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!m_view->grid()->mainView()->findChild<QPlainTextEdit *>(QStringLiteral("mappingCellEditor")));
    QVERIFY(cell(3, QStringLiteral("English")) != QStringLiteral("thrown away"));
    QCOMPARE(m_view->undoStack()->count(), 1);
}

void TestUiSmsTable::pasteIsOneUndoStep()
{
    importSheet();
    const int english = m_view->model()->table().columnIndex(QStringLiteral("English"));
    const int french = m_view->model()->table().columnIndex(QStringLiteral("French"));
    const QString english2 = cell(2, QStringLiteral("English"));
    m_view->grid()->selectCell(m_view->filterModel()->index(2, english));
    QGuiApplication::clipboard()->setText(QStringLiteral("Hello {FirstName}\tBonjour {FirstName}\n"));
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(2, QStringLiteral("English")), QStringLiteral("Hello {FirstName}"));
    QCOMPARE(cell(2, QStringLiteral("French")), QStringLiteral("Bonjour {FirstName}"));
    QCOMPARE(m_view->undoStack()->count(), 1);
    m_view->undoStack()->undo();
    QCOMPARE(cell(2, QStringLiteral("English")), english2);

    // Copy gives tab-separated text; Delete clears the selection in one step.
    auto *sel = m_view->grid()->mainView()->selectionModel();
    const int spanish = m_view->model()->table().columnIndex(QStringLiteral("Spanish"));
    QVERIFY(!cell(5, QStringLiteral("French")).isEmpty() && !cell(5, QStringLiteral("Spanish")).isEmpty());
    sel->select(QItemSelection(m_view->filterModel()->index(5, french), m_view->filterModel()->index(5, spanish)),
                QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             cell(5, QStringLiteral("French")) + QLatin1Char('\t') + cell(5, QStringLiteral("Spanish")));
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_Delete);
    QVERIFY(cell(5, QStringLiteral("French")).isEmpty());
    QVERIFY(cell(5, QStringLiteral("Spanish")).isEmpty());
    QCOMPARE(countOfKind(sms::kMissingTranslation), 32 + 2);
    QCOMPARE(m_view->undoStack()->count(), 1);

    // A spreadsheet's multi-line cell arrives quoted and stays one cell; copying it gives
    // the same quoted form back.
    m_view->grid()->selectCell(m_view->filterModel()->index(3, english));
    QGuiApplication::clipboard()->setText(QStringLiteral("\"Line one\r\nLine \"\"two\"\"\"\tDeux\r\n"));
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(3, QStringLiteral("English")), QStringLiteral("Line one\nLine \"two\""));
    QCOMPARE(cell(3, QStringLiteral("French")), QStringLiteral("Deux"));
    QCOMPARE(cell(4, QStringLiteral("English")), m_view->model()->table().rows.at(4).at(english)); // nothing spilled
    sel->select(QItemSelection(m_view->filterModel()->index(3, english), m_view->filterModel()->index(3, french)),
                QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view->grid()->mainView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("\"Line one\nLine \"\"two\"\"\"\tDeux"));
}

void TestUiSmsTable::leavingWithUnsavedEditsAsks()
{
    importSheet();
    QVERIFY(m_view->maybeLeave()); // nothing unsaved: no question
    QVERIFY(m_prompts.isEmpty());
    const int english = m_view->model()->table().columnIndex(QStringLiteral("English"));
    m_view->model()->setData(m_view->model()->index(0, english), QStringLiteral("Unsaved"));

    m_answer = UnsavedChoice::Cancel;
    QVERIFY(!m_view->maybeLeave());
    QCOMPARE(m_prompts.size(), 1);
    QVERIFY(m_view->hasUnsavedEdits());

    m_answer = UnsavedChoice::Save;
    QVERIFY(m_view->maybeLeave());
    QCOMPARE(m_prompts.size(), 2);
    QVERIFY(!m_view->hasUnsavedEdits());
    QCOMPARE(sms::SmsTableStore(*m_store).load(QLatin1String(sms::kDefaultTableName), 2)->cell(0, QStringLiteral("English")),
             QStringLiteral("Unsaved"));

    m_view->model()->setData(m_view->model()->index(0, english), QStringLiteral("Dropped"));
    m_answer = UnsavedChoice::Discard;
    QVERIFY(m_view->maybeLeave());
    QCOMPARE(m_prompts.size(), 3);
    QVERIFY(!sms::SmsTableStore(*m_store).load(QLatin1String(sms::kDefaultTableName), 3));
}

void TestUiSmsTable::saveDiffAndPublish()
{
    importSheet();
    m_view->goToProblem(problemRowOfKind(sms::kUnbalancedBraces));
    const QString before = cell(105, kMalagasy);
    QString fixed = before;
    fixed.replace(QStringLiteral("{FirstName)"), QStringLiteral("{FirstName}"));
    QVERIFY(fixed.endsWith(QLatin1Char('}'))); // the brace that swallowed the rest of the text
    fixed.chop(1);
    editCurrentCell(fixed);

    // Publishing unsaved edits is refused with the reason.
    QVERIFY(!m_view->publishShown());
    QVERIFY(m_view->banner()->text().contains(QStringLiteral("Save the edits")));
    QVERIFY(m_confirmTexts.isEmpty());

    QCOMPARE(m_view->saveAsNewVersion(QStringLiteral("Malagasy brace fixed")), 2);
    QCOMPARE(m_view->shownVersion(), 2);
    QVERIFY(!m_view->hasUnsavedEdits());
    QCOMPARE(m_view->versionCombo()->count(), 2);
    const auto versions = sms::SmsTableStore(*m_store).versions(QLatin1String(sms::kDefaultTableName));
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(1).note, QStringLiteral("Malagasy brace fixed"));

    // The versions dialog: the cell-by-cell diff of 1 and 2 lists exactly the edited cell.
    MappingTableVersionsDialog *dialog = m_view->openVersions();
    QVERIFY(dialog);
    QCOMPARE(dialog->versionsModel()->rowCount(), 2);
    QVERIFY(dialog->compare(1, 2));
    QCOMPARE(dialog->diffModel()->rowCount(), 1);
    const sms::CellChange change = dialog->diffModel()->change(0);
    QCOMPARE(change.row, 106);
    QCOMPARE(change.column, kMalagasy);
    QCOMPARE(change.before, before);
    QCOMPARE(change.after, fixed);
    QVERIFY(dialog->summary()->text().contains(QStringLiteral("1 cell")));
    QVERIFY(dialog->compare(1, 1));
    QCOMPARE(dialog->diffModel()->rowCount(), 0);

    // Publish asks first; "no" changes nothing.
    m_confirmAnswer = false;
    QVERIFY(!m_view->publishShown());
    QCOMPARE(sms::SmsTableStore(*m_store).currentVersion(QLatin1String(sms::kDefaultTableName)).value(), 0);
    m_confirmAnswer = true;
    QSignalSpy published(m_view.get(), &MappingTableView::published);
    QVERIFY(m_view->publishShown());
    QCOMPARE(m_confirmTexts.size(), 2);
    QVERIFY2(m_confirmTexts.last().contains(QStringLiteral("The scheduler will use version 2")), qPrintable(m_confirmTexts.last()));
    QCOMPARE(sms::SmsTableStore(*m_store).currentVersion(QLatin1String(sms::kDefaultTableName)).value(), 2);
    QCOMPARE(m_view->publishedVersion(), 2);
    QCOMPARE(published.size(), 1);
    QVERIFY(m_view->versionInfo()->text().contains(QStringLiteral("This version is published")));
    QVERIFY(dialog->versionsModel()->data(dialog->versionsModel()->index(0, 0)).toString().contains(QStringLiteral("published")));
    dialog->close();

    // The older version still opens, marked as not the one the scheduler uses.
    QVERIFY(m_view->showTable(QLatin1String(sms::kDefaultTableName), 1));
    QCOMPARE(cell(105, kMalagasy), before);
    QVERIFY(m_view->versionInfo()->text().contains(QStringLiteral("the scheduler uses version 2")));

    // Export writes CSV that reads back to the shown table.
    const QString out = m_dir->file(QStringLiteral("out.csv"));
    QVERIFY(m_view->exportFile(out));
    const auto back = sms::readTableFile(out);
    QVERIFY(back);
    QVERIFY(back.value() == m_view->model()->table());
}

void TestUiSmsTable::filtersByLanguageGroupAndSearch()
{
    importSheet();
    const sms::SmsTable &t = m_view->model()->table();
    const int french = t.columnIndex(QStringLiteral("French"));

    m_view->languageCombo()->setCurrentIndex(m_view->languageCombo()->findData(QStringLiteral("French")));
    QCOMPARE(shownInMain(), QList<int>{french});
    QCOMPARE(shownInFrozen(), (QList<int>{0, 1, 2}));
    QCOMPARE(m_view->grid()->shownColumns(), (QList<int>{0, 1, 2, french}));
    m_view->setLanguageFilter(QStringLiteral("FRA")); // the converter's short name works too
    QCOMPARE(shownInMain(), QList<int>{french});
    m_view->setLanguageFilter(QString());
    QCOMPARE(shownInMain().size(), 22);

    m_view->searchEdit()->setText(QStringLiteral("tenotomy"));
    const int found = m_view->filterModel()->rowCount();
    QVERIFY(found > 0 && found < 117);
    for (int r = 0; r < found; ++r) {
        const QModelIndex source = m_view->filterModel()->mapToSource(m_view->filterModel()->index(r, 0));
        const QStringList &row = t.rows.at(source.row());
        QVERIFY(std::any_of(row.cbegin(), row.cend(),
                            [](const QString &c) { return c.contains(QStringLiteral("tenotomy"), Qt::CaseInsensitive); }));
    }
    // Matching cells are bold.
    bool someBold = false;
    for (int c = 0; c < t.columns.size() && !someBold; ++c)
        someBold = m_view->filterModel()->index(0, c).data(Qt::FontRole).value<QFont>().bold();
    QVERIFY(someBold);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("mappingRowCount"))->text().contains(QStringLiteral("of 117")));
    m_view->searchEdit()->clear();
    QCOMPARE(m_view->filterModel()->rowCount(), 117);

    const QString group = m_view->model()->groups().at(3);
    m_view->groupCombo()->setCurrentIndex(m_view->groupCombo()->findData(group));
    const int inGroup = m_view->filterModel()->rowCount();
    int expected = 0;
    for (const QStringList &row : t.rows)
        expected += row.value(t.columnIndex(QStringLiteral("Name"))).trimmed() == group;
    QVERIFY(expected > 0);
    QCOMPARE(inGroup, expected);
    m_view->setGroupFilter(QString());
    QCOMPARE(m_view->filterModel()->rowCount(), 117);
}

void TestUiSmsTable::unsavedEditsAskBeforeSwitchingVersion()
{
    importSheet();
    const int english = m_view->model()->table().columnIndex(QStringLiteral("English"));
    m_view->model()->setData(m_view->model()->index(0, english), QStringLiteral("Hi {FirstName}"));
    QCOMPARE(m_view->saveAsNewVersion(QString()), 2);
    m_view->model()->setData(m_view->model()->index(1, english), QStringLiteral("Second edit"));
    QVERIFY(m_view->hasUnsavedEdits());

    // Cancel: the edit stays, the combo goes back to the shown version.
    m_answer = UnsavedChoice::Cancel;
    m_view->versionCombo()->setCurrentIndex(m_view->versionCombo()->findData(1));
    QCOMPARE(m_prompts.size(), 1);
    QVERIFY(m_prompts.first().first.contains(QStringLiteral("version 2")));
    QCOMPARE(m_view->shownVersion(), 2);
    QCOMPARE(m_view->versionCombo()->currentData().toInt(), 2);
    QCOMPARE(cell(1, QStringLiteral("English")), QStringLiteral("Second edit"));

    // Discard: version 1 is shown as it was saved.
    m_answer = UnsavedChoice::Discard;
    m_view->versionCombo()->setCurrentIndex(m_view->versionCombo()->findData(1));
    QCOMPARE(m_prompts.size(), 2);
    QCOMPARE(m_view->shownVersion(), 1);
    QVERIFY(!m_view->hasUnsavedEdits());
    QVERIFY(cell(0, QStringLiteral("English")) != QStringLiteral("Hi {FirstName}"));

    // Save: the edit becomes version 3 before the switch.
    m_view->model()->setData(m_view->model()->index(2, english), QStringLiteral("Third edit"));
    m_answer = UnsavedChoice::Save;
    QVERIFY(m_view->showTable(QLatin1String(sms::kDefaultTableName), 2));
    QCOMPARE(m_prompts.size(), 3);
    QCOMPARE(m_view->shownVersion(), 2);
    QCOMPARE(sms::SmsTableStore(*m_store).load(QLatin1String(sms::kDefaultTableName), 3)->cell(2, QStringLiteral("English")),
             QStringLiteral("Third edit"));
}

void TestUiSmsTable::layoutAndLanguageAreRemembered()
{
    importSheet();
    const int english = m_view->model()->table().columnIndex(QStringLiteral("English"));
    m_view->grid()->setColumnWidth(english, 333);
    m_view->setLanguageFilter(QStringLiteral("Spanish"));
    QSettings settings(m_dir->file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_view->saveSettings(settings);
    m_view->setLanguageFilter(QString());
    QCOMPARE(m_view->grid()->columnWidth(english), 333);

    // A new view restores before the store is read, and applies it once the table is shown.
    MappingTableView other(*m_store);
    other.restoreSettings(settings);
    other.resize(1200, 800);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QCOMPARE(other.shownVersion(), 1);
    const int spanish = other.model()->table().columnIndex(QStringLiteral("Spanish"));
    QCOMPARE(other.grid()->shownColumns(), (QList<int>{0, 1, 2, spanish}));
    QCOMPARE(other.languageCombo()->currentData().toString(), QStringLiteral("Spanish"));
    other.setLanguageFilter(QString());
    QCOMPARE(other.grid()->columnWidth(english), 333);
}

void TestUiSmsTable::screenshot()
{
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SB_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    importSheet();
    m_view->banner()->hideMessage();
    m_view->resize(1500, 900);
    m_view->splitter()->setSizes({600, 260});
    // An edit not saved yet (the marker and Undo show), then a row with problems selected:
    // an unknown placeholder in a French text.
    m_view->goToProblem(problemRowOfKind(sms::kUnbalancedBraces));
    QString fixed = cell(105, kMalagasy);
    fixed.replace(QStringLiteral("{FirstName)"), QStringLiteral("{FirstName}"));
    fixed.chop(1);
    editCurrentCell(fixed);
    m_view->banner()->hideMessage();
    int row = -1;
    for (int r = 0; r < m_view->problemsModel()->rowCount() && row < 0; ++r)
        if (m_view->problemsModel()->finding(r).kind == QLatin1String(sms::kUnknownPlaceholder)
            && m_view->problemsModel()->finding(r).column == QStringLiteral("French"))
            row = r;
    QVERIFY(row >= 0);
    m_view->goToProblem(row);
    m_view->problemsTable()->scrollTo(m_view->problemsModel()->index(row, 0), QAbstractItemView::PositionAtTop);
    m_view->grid()->updateRowHeights();
    m_view->grid()->selectCell(m_view->grid()->currentIndex());
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(QStringLiteral("sms-editor.png"));
    QVERIFY2(m_view->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestUiSmsTable)
#include "tst_ui_smstable.moc"
