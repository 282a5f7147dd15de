#pragma once

#include "history/historyfilter.h"
#include "history/historyquery.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;
class QTimer;
class QToolButton;

namespace sb {

class BulkAction;
class HistoryModel;
class MessageBanner;
class ReadThread;
class Store;
class StoreWatcher;
struct BulkOutcome;

// History: work orders filtered by state, workflow, date range and free text; paged in
// off the GUI thread; select rows or all that match; retry (from the start or a step),
// cancel queued, export CSV. Updates live as runs progress.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Store &store, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows the history filtered (the Overview opens it this way). The controls follow.
    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Column widths and order, kept between sessions.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    // Matching work orders, once counted (-1 while counting).
    qint64 matchingCount() const { return m_matching; }
    // True after "Select all N matching": actions apply to the whole filter.
    bool allMatchingSelected() const { return m_allMatching; }
    QList<qint64> selectedWorkOrderIds() const;

public Q_SLOTS:
    void selectAllMatching();
    void retryFromStart();
    void retryFromStep();                 // asks which job
    void retryFromJob(const QString &jobKey); // without asking
    void cancelQueued();
    void exportCsv();                     // asks where
    void exportCsvTo(const QString &path);
    void refresh();

Q_SIGNALS:
    void openWorkOrderRequested(qint64 workOrderId);
    // A bulk action or an export finished (tests, status bar).
    void bulkFinished(const sb::BulkOutcome &outcome);
    void exportFinished(qint64 rows, const QString &error);
    void matchingCounted(qint64 count);

private:
    void buildUi();
    void loadWorkflows();
    void filterControlsChanged();
    void applyFilter(const HistoryFilter &filter);
    void countMatching();
    void updateSelectionInfo();
    void startBulk(int kind, const QString &jobKey);
    void showBulkOutcome(int kind, const BulkOutcome &outcome);
    void syncControlsFromFilter();
    bool hasActionTarget() const;

    Store &m_store;
    HistoryModel *m_model = nullptr;
    ReadThread *m_reader = nullptr;
    StoreWatcher *m_watcher = nullptr;
    HistoryFilter m_filter;
    qint64 m_matching = -1;
    quint64 m_countGeneration = 0;
    bool m_allMatching = false;
    bool m_syncing = false;
    QList<WorkflowChoice> m_workflows;
    QPointer<BulkAction> m_bulk;

    QList<QToolButton *> m_stateChips;
    QComboBox *m_workflowCombo = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_selectAllMatching = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_retryStepButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_stopBulkButton = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace sb
