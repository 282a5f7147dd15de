#pragma once

#include "history/historyfilter.h"
#include "overview/overviewstats.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace sb {

class OverviewController;
class OverviewHeader;
class Store;
class WorkflowCard;

// The Overview page: one card per workflow with its runs by state in the last 24 h and
// 7 days (a bar and a clickable count per state), failure rate, queue, next cron fire and
// last success. Lost or crashed runs make the card stand out. Clicking a count asks for
// the History filtered on that workflow, state and window. Figures load off the GUI
// thread and follow the store live (at most every 2 s); cards are updated in place.
class OverviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(Store &store, QWidget *parent = nullptr);
    ~OverviewView() override;

    // Which workflows: one project (by id or by name) or, with neither, every project.
    void setProjectId(qint64 projectId);
    void setProjectName(const QString &projectName);

    OverviewController *controller() const { return m_controller; }
    // The card of a workflow (tests), null if not shown.
    WorkflowCard *card(qint64 workflowId) const { return m_cards.value(workflowId); }
    QList<qint64> shownWorkflowIds() const { return m_order; }

    // The colour of a run state, readable on `background`.
    static QColor stateColor(RunState state, const QColor &background = QColor());
    static QString stateLabel(RunState state);
    // "just now", "3 min ago", "2 h ago", "5 days ago".
    static QString ago(qint64 thenMs, qint64 nowMs);

public slots:
    void refresh();

signals:
    void openHistoryRequested(const sb::HistoryFilter &filter);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onLoaded();
    void onLoadFailed(const QString &message);

    OverviewController *m_controller = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    OverviewHeader *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QHash<qint64, WorkflowCard *> m_cards;
    QList<qint64> m_order;
};

} // namespace sb
