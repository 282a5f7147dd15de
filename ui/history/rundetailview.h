#pragma once

#include "history/historyquery.h"
#include "jsontreemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;
class QToolButton;

namespace sb {

class DataclipPanel;
class HighlightDelegate;
class LogModel;
class MessageBanner;
class ReadThread;
class StepsModel;
class Store;
class StoreWatcher;

// Run detail: one work order's runs (newest selected), the chosen run's steps with exit
// reason, duration and error, its log lines (level filter, search with highlight, copy),
// and the selected step's input and output as a JSON tree and raw text. Retry from the
// start or from the selected step. Updates live while the run progresses.
class RunDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit RunDetailView(Store &store, QWidget *parent = nullptr);
    ~RunDetailView() override;

    // Shows the work order; `runId` 0 = its newest run.
    void setWorkOrder(qint64 workOrderId, qint64 runId = 0);
    qint64 workOrderId() const { return m_workOrderId; }
    qint64 selectedRunId() const { return m_runId; }
    qint64 selectedStepId() const { return m_stepId; }
    const WorkOrderDetail &detail() const { return m_detail; }

    // For tests and the main window.
    StepsModel *stepsModel() const { return m_steps; }

    // Column widths and the steps/logs split, kept between sessions.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    LogModel *logModel() const { return m_logs; }
    DataclipPanel *inputPanel() const { return m_input; }
    DataclipPanel *outputPanel() const { return m_output; }
    void selectRun(qint64 runId);
    void selectStep(qint64 stepId);
    void setLogSearch(const QString &text);
    void setLogLevels(const QStringList &levels);

public Q_SLOTS:
    void retryFromStart();
    void retryFromSelectedStep();
    void reload();

Q_SIGNALS:
    void loaded();         // the work order, a run's steps and its first log page are shown
    void logsLoaded();
    void dataclipsLoaded();
    void retried(qint64 newRunId);

private:
    void buildUi();
    void showDetail(WorkOrderDetail detail);
    void showRun();
    void loadLogs(bool append);
    void loadDataclips();
    void retry(const QString &jobKey);
    const RunDetail *currentRun() const;
    const StepDetail *currentStep() const;

    Store &m_store;
    ReadThread *m_reader;
    StoreWatcher *m_watcher;
    qint64 m_workOrderId = 0;
    qint64 m_runId = 0;
    qint64 m_stepId = 0;
    WorkOrderDetail m_detail;
    quint64 m_generation = 0;
    quint64 m_logGeneration = 0;
    quint64 m_clipGeneration = 0;
    bool m_updating = false;
    bool m_logsAtEnd = true;

    QLabel *m_title = nullptr;
    QComboBox *m_runCombo = nullptr;
    QPushButton *m_retryStart = nullptr;
    QPushButton *m_retryStep = nullptr;
    MessageBanner *m_banner = nullptr;
    StepsModel *m_steps = nullptr;
    QTableView *m_stepTable = nullptr;
    QSplitter *m_split = nullptr;
    LogModel *m_logs = nullptr;
    QTableView *m_logTable = nullptr;
    HighlightDelegate *m_highlight = nullptr;
    QList<QToolButton *> m_levelButtons;
    QLineEdit *m_logSearch = nullptr;
    QTimer *m_logDebounce = nullptr;
    DataclipPanel *m_input = nullptr;
    DataclipPanel *m_output = nullptr;
};

// A dataclip as a JSON tree or pretty-printed text, with copy and save.
class DataclipPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DataclipPanel(const QString &what, QWidget *parent = nullptr);

    void showMessage(const QString &message); // erased, none yet …
    // `document` null: the body is not JSON (raw text only). `pretty` may be cut short for
    // display; `body` is what Copy and Save use.
    void showDataclip(std::shared_ptr<const nlohmann::json> document, const QString &pretty, bool truncated,
                      const QByteArray &body);
    JsonTreeModel *treeModel() const { return m_model; }
    QString rawText() const;
    QString message() const;
    void setRawMode(bool raw);

private:
    QString m_what;
    QByteArray m_body;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_treeButton = nullptr;
    QToolButton *m_rawButton = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    JsonTreeModel *m_model = nullptr;
};

} // namespace sb
