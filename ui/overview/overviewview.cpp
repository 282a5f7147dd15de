#include "overviewview.h"

#include "overviewcontroller.h"
#include "overviewwidgets.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb {

OverviewView::OverviewView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_controller(new OverviewController(store, this))
{
    setObjectName(QStringLiteral("overviewView"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_status);

    m_header = new OverviewHeader(this);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("overviewCards"));
    m_cardsLayout = new QVBoxLayout(m_content);
    m_cardsLayout->setContentsMargins(8, 4, 8, 8);
    m_cardsLayout->setSpacing(8);
    m_empty = new QLabel(tr("No workflows yet. Import a project (File → Import project…) to see its runs here."), m_content);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_cardsLayout->addWidget(m_empty);
    m_cardsLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("overviewScroll"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The page shows the window colour, like the other views (no hard-coded white).
    m_scroll->viewport()->setBackgroundRole(QPalette::Window);
    m_content->setBackgroundRole(QPalette::Window);

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(8, 8, 8, 0);
    headerRow->addWidget(m_header);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(headerRow);
    layout->addWidget(m_scroll, 1);

    m_status->setText(tr("Loading…"));
    connect(m_controller, &OverviewController::loaded, this, &OverviewView::onLoaded);
    connect(m_controller, &OverviewController::loadFailed, this, &OverviewView::onLoadFailed);
}

OverviewView::~OverviewView() = default;

void OverviewView::setProjectId(qint64 projectId)
{
    OverviewScope scope;
    scope.projectId = projectId;
    m_controller->setScope(scope);
}

void OverviewView::setProjectName(const QString &projectName)
{
    OverviewScope scope;
    scope.projectName = projectName;
    m_controller->setScope(scope);
}

void OverviewView::refresh()
{
    m_controller->reload();
}

void OverviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->setActive(true);
}

void OverviewView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_controller->setActive(false);
}

QColor OverviewView::stateColor(RunState state, const QColor &background)
{
    QColor c;
    switch (state) {
    case RunState::Success: c = QColor(0x27, 0xae, 0x60); break;
    case RunState::Failed: c = QColor(0xda, 0x44, 0x53); break;
    case RunState::Crashed: c = QColor(0xc2, 0x25, 0x5c); break;
    case RunState::Killed: c = QColor(0x8e, 0x4f, 0xd6); break;
    case RunState::Exception: c = QColor(0xa6, 0x6a, 0x2e); break;
    case RunState::Lost: c = QColor(0xf6, 0x74, 0x00); break;
    case RunState::Cancelled: c = QColor(0x8a, 0x8f, 0x98); break;
    case RunState::Available: c = QColor(0x74, 0xb4, 0xe8); break;
    case RunState::Claimed: c = QColor(0x3d, 0x8e, 0xd9); break;
    case RunState::Started: c = QColor(0x1f, 0x6f, 0xc4); break;
    }
    // On a dark background the darker hues are lifted so text and thin bars stay readable.
    if (background.isValid() && background.lightness() < 128 && c.lightness() < 140)
        c = c.lighter(135);
    return c;
}

QString OverviewView::stateLabel(RunState state)
{
    switch (state) {
    case RunState::Success: return tr("success");
    case RunState::Failed: return tr("failed");
    case RunState::Crashed: return tr("crashed");
    case RunState::Killed: return tr("killed");
    case RunState::Exception: return tr("exception");
    case RunState::Lost: return tr("lost");
    case RunState::Cancelled: return tr("cancelled");
    case RunState::Available: return tr("available");
    case RunState::Claimed: return tr("claimed");
    case RunState::Started: return tr("started");
    }
    return {};
}

QString OverviewView::ago(qint64 thenMs, qint64 nowMs)
{
    const qint64 seconds = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n days ago", nullptr, int(seconds / 86400));
}

void OverviewView::onLoaded()
{
    const QList<WorkflowOverview> &rows = m_controller->rows();
    const qint64 now = m_controller->nowMs();

    // Cards are kept per workflow and updated in place, so a refresh never moves the page.
    QList<qint64> order;
    for (const WorkflowOverview &o : rows)
        order << o.workflowId;
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!order.contains(it.key())) {
            it.value()->deleteLater();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const WorkflowOverview &o = rows[i];
        WorkflowCard *card = m_cards.value(o.workflowId);
        if (!card) {
            card = new WorkflowCard(m_content);
            m_cards.insert(o.workflowId, card);
            connect(card, &WorkflowCard::countClicked, this, [this, card](qint64 workflowId, RunState state, int window) {
                const WorkflowOverview &w = card->overview();
                HistoryFilter filter;
                filter.projectId = w.projectId;
                filter.workflowIds = {workflowId};
                filter.states = {runStateName(state)};
                // Queued and running runs are "now": no lower bound on when they came in.
                filter.fromMs = isActiveState(state) ? 0 : (window == 0 ? w.day.fromMs : w.week.fromMs);
                emit openHistoryRequested(filter);
            });
            connect(card, &WorkflowCard::failuresClicked, this, [this, card](qint64 workflowId, int window) {
                const WorkflowOverview &w = card->overview();
                HistoryFilter filter;
                filter.projectId = w.projectId;
                filter.workflowIds = {workflowId};
                for (int s = 0; s < kRunStateCount; ++s)
                    if (isFailureState(RunState(s)))
                        filter.states << runStateName(RunState(s));
                filter.fromMs = window == 0 ? w.day.fromMs : w.week.fromMs;
                emit openHistoryRequested(filter);
            });
            connect(card, &WorkflowCard::workflowClicked, this, [this, card](qint64 workflowId) {
                HistoryFilter filter;
                filter.projectId = card->overview().projectId;
                filter.workflowIds = {workflowId};
                filter.fromMs = card->overview().week.fromMs;
                emit openHistoryRequested(filter);
            });
        }
        card->setOverview(o, now);
        // Keep the layout order equal to the rows' order (index 0 is the empty-state label).
        const int wanted = i + 1;
        if (m_cardsLayout->indexOf(card) != wanted) {
            m_cardsLayout->removeWidget(card);
            m_cardsLayout->insertWidget(wanted, card);
        }
        card->show();
    }
    m_order = order;
    m_empty->setVisible(rows.isEmpty());
    m_header->setVisible(!rows.isEmpty());

    // The summary over all shown workflows.
    qint64 runs = 0, failures = 0, finished = 0, waiting = 0, running = 0, attention = 0;
    for (const WorkflowOverview &o : rows) {
        runs += o.day.total();
        failures += o.day.failures();
        finished += o.day.finished();
        waiting += o.queued;
        running += o.running;
        attention += o.needsAttention() ? 1 : 0;
    }
    const QLocale locale;
    QString text = tr("%n workflow(s)", nullptr, int(rows.size()));
    text += tr(" · last 24 h: %1 runs").arg(locale.toString(runs));
    if (finished > 0)
        text += tr(", %1 % failed").arg(locale.toString(100.0 * double(failures) / double(finished), 'f', 1));
    text += tr(" · queue: %1 waiting, %2 running").arg(locale.toString(waiting), locale.toString(running));
    if (attention > 0)
        text += tr(" · <b>%n workflow(s) with lost or crashed runs</b>", nullptr, int(attention));
    m_summary->setText(text);
    m_status->setText(tr("Updated %1 · %2 ms")
                          .arg(QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("HH:mm:ss")))
                          .arg(m_controller->lastLoadMs()));
}

void OverviewView::onLoadFailed(const QString &message)
{
    // The figures shown stay; the status says why they are not fresh.
    m_status->setText(tr("Could not refresh: %1").arg(message));
}

} // namespace sb
