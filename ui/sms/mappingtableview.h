#pragma once

// The Master Mapping Table editor (../shared/docs/console.md, "SMS Master Mapping Table"):
// a spreadsheet grid with the key columns frozen, filters by group and language, a search,
// the validator's problems listed and highlighted in their cells, undoable edits, import
// and export, versions with a diff, and publishing the version the scheduler uses.

#include "main/messagebanner.h"
#include "main/unsavedprompt.h"

#include <QMap>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace sb {

class MappingProblemsModel;
class MappingTableFilter;
class MappingTableGrid;
class MappingTableModel;
class MappingTableVersionsDialog;
class Store;

class MappingTableView final : public QWidget
{
    Q_OBJECT

public:
    // Asks a yes/no question (publishing); tests answer it instead of a person.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit MappingTableView(Store &store, QWidget *parent = nullptr);
    ~MappingTableView() override;

    // Reads the store again (the page was shown, or another view changed the SMS data).
    void refresh();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // What is shown: the table's name and version (0: nothing).
    QString tableName() const { return m_name; }
    int shownVersion() const { return m_version; }
    int publishedVersion() const { return m_published; }
    bool isEmptyState() const;
    bool hasUnsavedEdits() const;
    // Before the window closes: with unsaved edits, asks to save them as a new version,
    // discard them, or stay. False: stay.
    bool maybeLeave();

    // Shows one version (0: the newest) of a table; asks first when edits are unsaved.
    // False when the person cancelled or the version cannot be read (banner).
    bool showTable(const QString &name, int version = 0);
    // The file's table (CSV or the converter's JSON) as a new, unpublished version of the
    // shown table (of the default one when there is none). False with the reason in the banner.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    // Saves the grid as the next version; returns it (0 on failure, banner).
    int saveAsNewVersion(const QString &note);
    // Asks, then makes the shown version the one the scheduler uses.
    bool publishShown();
    // Opens the versions dialog (window-modal, deletes itself on close).
    MappingTableVersionsDialog *openVersions();

    // Filters (empty: all).
    void setGroupFilter(const QString &group);
    void setLanguageFilter(const QString &language);
    void setSearchText(const QString &text);
    void setProblemKindFilter(const QString &kind);

    // Selects a problem of the list (a row of problemsModel()) and goes to its cell.
    void goToProblem(int problemRow);
    // The current cell in table coordinates (source model), invalid when none.
    QModelIndex currentCell() const;

    MappingTableModel *model() const { return m_model; }
    MappingTableFilter *filterModel() const { return m_filter; }
    MappingProblemsModel *problemsModel() const { return m_problems; }
    MappingTableGrid *grid() const { return m_grid; }
    QTableView *problemsTable() const { return m_problemsTable; }
    QUndoStack *undoStack() const { return m_undo; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *tableCombo() const { return m_tableCombo; }
    QComboBox *versionCombo() const { return m_versionCombo; }
    QComboBox *groupCombo() const { return m_groupCombo; }
    QComboBox *languageCombo() const { return m_languageCombo; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *problemsSummary() const { return m_problemsSummary; }
    QLabel *versionInfo() const { return m_versionInfo; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    // A version was published (the scheduler's table changed).
    void published(const QString &name, int version);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildEmptyPage();
    QWidget *buildEditorPage();
    bool loadVersion(const QString &name, int version);
    bool resolveUnsaved(const QString &action);
    void fillTableCombo(const QStringList &names);
    void fillVersionCombo();
    void fillFilterCombos();
    void updateVersionInfo();
    void updateUnsavedMarker();
    void updateProblems();
    void updateRowCount();
    void applyColumnWidths();
    void applyLanguageFilter();
    void rememberShownWidths() const;
    void tablePicked(int index);
    void versionPicked(int index);
    void problemActivated(const QModelIndex &index);
    void copySelection();
    void pasteClipboard();
    void clearSelection();
    QList<int> shownVersions() const;

    void importClicked();
    void exportClicked();
    void saveClicked();
    void publishClicked();

    Store &m_store;
    MappingTableModel *m_model = nullptr;
    MappingTableFilter *m_filter = nullptr;
    MappingProblemsModel *m_problems = nullptr;
    QUndoStack *m_undo = nullptr;
    UnsavedPrompt m_prompt;
    Confirm m_confirm;

    QString m_name;
    int m_version = 0;
    int m_published = 0;
    int m_newest = 0;
    bool m_loadedOnce = false;
    bool m_syncing = false;
    QString m_language;
    mutable QMap<QString, int> m_columnWidths; // by column name, from the settings or the person

    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_tableCombo = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLabel *m_versionInfo = nullptr;
    QLabel *m_unsaved = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_rowCount = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QSplitter *m_splitter = nullptr;
    MappingTableGrid *m_grid = nullptr;
    QLabel *m_problemsSummary = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QTableView *m_problemsTable = nullptr;
    QPointer<MappingTableVersionsDialog> m_versionsDialog;
};

} // namespace sb
