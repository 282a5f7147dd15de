#pragma once

#include "overview/overviewstats.h"

#include <QFrame>
#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;

namespace sb {

// Widths shared by the header and every card, so the count columns line up.
struct OverviewColumns
{
    int window = 0; // "Last 24 h"
    int bar = 0;
    int count = 0;  // each state column
    int rate = 0;
    static OverviewColumns forFont(const QFont &font);
    void apply(QGridLayout *grid) const;
};

// A proportional bar of runs by state; clicking a segment emits its state.
class StateBar final : public QWidget
{
    Q_OBJECT

public:
    explicit StateBar(QWidget *parent = nullptr);
    void setCounts(const std::array<qint64, kRunStateCount> &counts);
    QSize sizeHint() const override;

signals:
    void stateClicked(sb::RunState state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int stateAt(int x) const;

    std::array<qint64, kRunStateCount> m_counts{};
};

// One count of one state in one window: a tinted pill when non-zero, a dim dash when zero.
// Clicking it (or Space/Enter with focus) emits clicked().
class CountCell final : public QWidget
{
    Q_OBJECT

public:
    CountCell(RunState state, QWidget *parent = nullptr);
    void setCount(qint64 count, const QString &toolTip);
    qint64 count() const { return m_count; }
    RunState state() const { return m_state; }
    QString text() const;
    QSize sizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    RunState m_state;
    qint64 m_count = 0;
};

// The column captions above the cards: the state names with their colour.
class OverviewHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewHeader(QWidget *parent = nullptr);
};

// One workflow: title row (name, project, triggers, attention note), a row per window
// (bar, counts, failure rate) and the queue / next fire / last success column.
class WorkflowCard final : public QFrame
{
    Q_OBJECT

public:
    explicit WorkflowCard(QWidget *parent = nullptr);

    void setOverview(const WorkflowOverview &overview, qint64 nowMs);
    const WorkflowOverview &overview() const { return m_overview; }
    bool needsAttention() const { return m_overview.needsAttention(); }
    // The count cell of a window (0 = 24 h, 1 = 7 days) and state.
    CountCell *cell(int window, RunState state) const { return m_cells[size_t(window)][size_t(state)]; }
    QLabel *rateLabel(int window) const { return m_rate[size_t(window)]; }
    QLabel *queueLabel() const { return m_queue; }
    QLabel *nextFireLabel() const { return m_nextFire; }
    QLabel *lastSuccessLabel() const { return m_lastSuccess; }
    QLabel *attentionLabel() const { return m_attention; }

signals:
    // A count was clicked: the runs of this workflow in that state and window.
    void countClicked(qint64 workflowId, sb::RunState state, int window);
    // The failure rate of a window was clicked.
    void failuresClicked(qint64 workflowId, int window);
    // The workflow's name was clicked: everything of the last 7 days.
    void workflowClicked(qint64 workflowId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateIcons();

    WorkflowOverview m_overview;
    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_attentionIcon = nullptr;
    QLabel *m_attention = nullptr;
    std::array<QLabel *, 2> m_windowLabel{};
    std::array<StateBar *, 2> m_bars{};
    std::array<std::array<CountCell *, kRunStateCount>, 2> m_cells{};
    std::array<QLabel *, 2> m_rate{};
    QLabel *m_queue = nullptr;
    QLabel *m_nextFire = nullptr;
    QLabel *m_lastSuccess = nullptr;
};

} // namespace sb
