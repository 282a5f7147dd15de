#include "inboxview.h"

#include "inboxmodel.h"
#include "outcomestyle.h"

#include "history/readthread.h"
#include "history/statestyle.h"
#include "main/listtable.h"
#include "main/messagebanner.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace sb {

namespace {

enum Range { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Chosen };

constexpr int kBaseLabelRole = Qt::UserRole + 1;

struct CountResult
{
    bool unchanged = false; // nothing arrived since the last count
    qint64 maxId = 0;
    Result<MessageCounts> counts = MessageCounts{};
};

qint64 maxMessageId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

InboxView::InboxView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new InboxModel(store, this)), m_reader(new ReadThread(store, this)),
      m_watcher(new StoreWatcher(store, 500, this))
{
    setObjectName(QStringLiteral("inboxView"));
    buildUi();
    connect(m_watcher, &StoreWatcher::changed, this, &InboxView::storeChanged);
    connect(m_model, &InboxModel::loadFailed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageLevel::Error); });
    connect(m_model, &InboxModel::rowsPrepended, this, [this](int count) {
        // Keep what the person is looking at in place when newer requests arrive above it.
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                                              ? count
                                              : count * m_table->verticalHeader()->defaultSectionSize()));
    });
    connect(m_model, &InboxModel::rowsUpdated, this, [this](const QList<qint64> &ids) {
        if (m_selectedId > 0 && ids.contains(m_selectedId))
            loadDetail(m_selectedId);
    });
    connect(m_model, &InboxModel::pageLoaded, this, [this](bool firstPage) {
        // The newest request is shown at once: usually the one being asked about.
        if (firstPage && m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
    });
    loadTriggers();
    applyFilter(m_filter);
}

InboxView::~InboxView() = default;

void InboxView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_countLabel = new QLabel(tr("Counting…"), this);
    m_countLabel->setObjectName(QStringLiteral("inboxCounts"));
    QFont countFont = m_countLabel->font();
    countFont.setBold(true);
    m_countLabel->setFont(countFont);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_countLabel);

    auto *filters = new QHBoxLayout;
    m_outcomeCombo = new QComboBox(this);
    m_outcomeCombo->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcomeCombo->setAccessibleName(tr("Outcome"));
    m_outcomeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto addOutcomeItem = [this](const QString &label, const QStringList &outcomes, const QIcon &icon = {}) {
        m_outcomeCombo->addItem(icon, label, outcomes);
        m_outcomeCombo->setItemData(m_outcomeCombo->count() - 1, label, kBaseLabelRole);
    };
    addOutcomeItem(tr("All outcomes"), {});
    addOutcomeItem(outcomeLabel(QStringLiteral("accepted")), {QStringLiteral("accepted")},
                   outcomeIcon(QStringLiteral("accepted")));
    addOutcomeItem(tr("Refused (any reason)"), refusedMessageOutcomes());
    m_outcomeCombo->insertSeparator(m_outcomeCombo->count());
    for (const QString &o : refusedMessageOutcomes())
        addOutcomeItem(outcomeLabel(o), {o}, outcomeIcon(o));
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this, &InboxView::filterControlsChanged);

    m_triggerCombo = new QComboBox(this);
    m_triggerCombo->setObjectName(QStringLiteral("triggerFilter"));
    m_triggerCombo->setAccessibleName(tr("Trigger"));
    m_triggerCombo->setMinimumContentsLength(18);
    m_triggerCombo->addItem(tr("All triggers"), qint64(0));
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, &InboxView::filterControlsChanged);

    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeFilter"));
    m_rangeCombo->setAccessibleName(tr("Received"));
    m_rangeCombo->addItem(tr("Any time"), int(AnyTime));
    m_rangeCombo->addItem(tr("Last hour"), int(LastHour));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(LastDay));
    m_rangeCombo->addItem(tr("Last 7 days"), int(LastWeek));
    m_rangeCombo->addItem(tr("Last 30 days"), int(LastMonth));
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &InboxView::filterControlsChanged);

    m_pathSearch = new QLineEdit(this);
    m_pathSearch->setObjectName(QStringLiteral("pathSearch"));
    m_pathSearch->setPlaceholderText(tr("Path contains…"));
    m_pathSearch->setClearButtonEnabled(true);
    m_pathSearch->setAccessibleName(tr("Path"));
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_pathSearch, &QLineEdit::textChanged, this, [this] {
        if (!m_syncing)
            m_searchDebounce->start();
    });
    connect(m_pathSearch, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        filterControlsChanged();
    });
    connect(m_searchDebounce, &QTimer::timeout, this, &InboxView::filterControlsChanged);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_pathSearch, [this] {
        m_pathSearch->setFocus();
        m_pathSearch->selectAll();
    });
    addAction(find);

    filters->addWidget(new QLabel(tr("Outcome:"), this));
    filters->addWidget(m_outcomeCombo);
    filters->addWidget(new QLabel(tr("Trigger:"), this));
    filters->addWidget(m_triggerCombo);
    filters->addWidget(new QLabel(tr("Received:"), this));
    filters->addWidget(m_rangeCombo);
    filters->addWidget(m_pathSearch, 1);
    layout->addLayout(filters);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("inboxBanner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    const int iconW = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    m_table->setColumnWidth(InboxModel::Received, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + pad);
    m_table->setColumnWidth(InboxModel::Method, fm.horizontalAdvance(QStringLiteral("DELETE")) + pad);
    // Enough of a webhook path to tell two triggers apart; the tooltip has all of it.
    m_table->setColumnWidth(InboxModel::Path, fm.horizontalAdvance(QStringLiteral("/i/8f14e45f-ceea-467a-9b1e")) + pad);
    m_table->setColumnWidth(InboxModel::Trigger, fm.averageCharWidth() * 22);
    int outcomeW = 0;
    for (const QString &o : messageOutcomes())
        outcomeW = std::max(outcomeW, fm.horizontalAdvance(outcomeLabel(o)));
    m_table->setColumnWidth(InboxModel::Outcome, outcomeW + iconW + pad);
    m_table->setColumnWidth(InboxModel::Status,
                            std::max(fm.horizontalAdvance(tr("waiting")), fm.horizontalAdvance(tr("Status"))) + pad);
    m_table->setColumnWidth(InboxModel::Size,
                            std::max(fm.horizontalAdvance(QLocale().formattedDataSize(1023, 0, QLocale::DataSizeTraditionalFormat)),
                                     fm.horizontalAdvance(QLocale().formattedDataSize(999 * 1024 * 1024, 1,
                                                                                       QLocale::DataSizeTraditionalFormat)))
                                + pad);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 wo = m_model->rowAt(index.row()).workOrderId; wo > 0)
            Q_EMIT openWorkOrderRequested(wo);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxView::selectionChanged);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
}

QWidget *InboxView::buildDetail()
{
    auto *detail = new QWidget(m_splitter);
    detail->setObjectName(QStringLiteral("inboxDetail"));
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *titleRow = new QHBoxLayout;
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextFormat(Qt::RichText);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_openWorkOrder = new QPushButton(tr("Open work order"), detail);
    m_openWorkOrder->setObjectName(QStringLiteral("openWorkOrderButton"));
    m_openWorkOrder->setToolTip(tr("Show the runs, steps and logs of the work order this request created"));
    m_openWorkOrder->setEnabled(false);
    connect(m_openWorkOrder, &QPushButton::clicked, this, &InboxView::openSelectedWorkOrder);
    titleRow->addWidget(m_detailTitle, 1);
    titleRow->addWidget(m_openWorkOrder);
    layout->addLayout(titleRow);

    m_detailSplitter = new QSplitter(Qt::Horizontal, detail);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);

    auto caption = [](const QString &text, QWidget *parent) {
        auto *label = new QLabel(text, parent);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };

    // Left: what happened, and the headers.
    auto *left = new QWidget(m_detailSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_detailSummary = new QLabel(left);
    m_detailSummary->setObjectName(QStringLiteral("detailSummary"));
    m_detailSummary->setTextFormat(Qt::RichText);
    m_detailSummary->setWordWrap(true);
    m_detailSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_detailSummary);
    leftLayout->addWidget(caption(tr("Headers"), left));
    m_headers = new QTableWidget(0, 2, left);
    m_headers->setObjectName(QStringLiteral("detailHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->verticalHeader()->hide();
    m_headers->verticalHeader()->setDefaultSectionSize(m_headers->fontMetrics().height() + 6);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, m_headers->fontMetrics().averageCharWidth() * 18);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setWordWrap(false);
    m_headers->setAlternatingRowColors(true);
    leftLayout->addWidget(m_headers, 1);

    // Middle: the body as sent, indented.
    auto *middle = new QWidget(m_detailSplitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *bodyCaption = new QHBoxLayout;
    bodyCaption->addWidget(caption(tr("Request body"), middle));
    m_bodyNote = new QLabel(middle);
    m_bodyNote->setObjectName(QStringLiteral("detailBodyNote"));
    m_bodyNote->setForegroundRole(QPalette::PlaceholderText);
    m_bodyNote->setWordWrap(true);
    bodyCaption->addWidget(m_bodyNote, 1);
    middleLayout->addLayout(bodyCaption);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body = new QPlainTextEdit(middle);
    m_body->setObjectName(QStringLiteral("detailBody"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(fixed);
    middleLayout->addWidget(m_body, 1);

    // Right: the reply sent.
    auto *right = new QWidget(m_detailSplitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *replyCaption = new QHBoxLayout;
    replyCaption->addWidget(caption(tr("Reply"), right));
    m_replyStatus = new QLabel(right);
    m_replyStatus->setObjectName(QStringLiteral("detailReplyStatus"));
    replyCaption->addWidget(m_replyStatus, 1);
    rightLayout->addLayout(replyCaption);
    m_reply = new QPlainTextEdit(right);
    m_reply->setObjectName(QStringLiteral("detailReply"));
    m_reply->setReadOnly(true);
    m_reply->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_reply->setFont(fixed);
    rightLayout->addWidget(m_reply, 1);

    m_detailSplitter->addWidget(left);
    m_detailSplitter->addWidget(middle);
    m_detailSplitter->addWidget(right);
    m_detailSplitter->setStretchFactor(0, 4);
    m_detailSplitter->setStretchFactor(1, 5);
    m_detailSplitter->setStretchFactor(2, 3);
    layout->addWidget(m_detailSplitter, 1);

    clearDetail(tr("Select a request to see its headers, body and reply."));
    return detail;
}

void InboxView::setProjectId(qint64 projectId)
{
    if (projectId == m_filter.projectId)
        return;
    MessageFilter f = m_filter;
    f.projectId = projectId;
    f.triggerId = 0; // the other project's triggers are not offered
    m_filter = f;
    loadTriggers();
    syncControlsFromFilter();
    applyFilter(f);
}

void InboxView::setFilter(const MessageFilter &filter)
{
    MessageFilter f = filter;
    f.projectId = m_filter.projectId;
    m_filter = f;
    syncControlsFromFilter(true);
    applyFilter(f);
}

void InboxView::loadTriggers()
{
    const qint64 projectId = m_filter.projectId;
    m_reader->run<Result<QList<WebhookTriggerChoice>>>(
        [projectId](QSqlDatabase &db) { return listWebhookTriggers(db, projectId); },
        [this, projectId](Result<QList<WebhookTriggerChoice>> triggers) {
            if (projectId != m_filter.projectId)
                return;
            if (!triggers) {
                m_banner->showMessage(triggers.error().message, MessageLevel::Error);
                return;
            }
            m_triggers = std::move(triggers.value());
            QSet<QString> projects;
            QHash<qint64, int> perWorkflow;
            for (const WebhookTriggerChoice &t : std::as_const(m_triggers)) {
                projects.insert(t.projectName);
                ++perWorkflow[t.workflowId];
            }
            m_syncing = true;
            m_triggerCombo->clear();
            m_triggerCombo->addItem(tr("All triggers"), qint64(0));
            for (const WebhookTriggerChoice &t : std::as_const(m_triggers)) {
                QString text = t.workflowName;
                if (perWorkflow.value(t.workflowId) > 1)
                    text = tr("%1 (%2)").arg(text, t.key);
                if (projects.size() > 1)
                    text = t.projectName + QStringLiteral(" / ") + text;
                m_triggerCombo->addItem(text, t.id);
                m_triggerCombo->setItemData(m_triggerCombo->count() - 1,
                                            t.customPath.isEmpty() ? t.path : tr("%1 or %2").arg(t.path, t.customPath),
                                            Qt::ToolTipRole);
            }
            m_syncing = false;
            syncControlsFromFilter();
        });
}

void InboxView::syncControlsFromFilter(bool rangeFromFilter)
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    const QStringList wanted = sorted(m_filter.outcomes);
    int outcomeIndex = -1;
    for (int i = 0; i < m_outcomeCombo->count() && outcomeIndex < 0; ++i) {
        const QVariant data = m_outcomeCombo->itemData(i);
        if (data.isValid() && sorted(data.toStringList()) == wanted)
            outcomeIndex = i;
    }
    if (outcomeIndex < 0) {
        // A combination the menu does not offer (given by setFilter()).
        QStringList labels;
        for (const QString &o : m_filter.outcomes)
            labels << outcomeLabel(o);
        const QString label = labels.join(QStringLiteral(", "));
        m_outcomeCombo->addItem(label, m_filter.outcomes);
        m_outcomeCombo->setItemData(m_outcomeCombo->count() - 1, label, kBaseLabelRole);
        outcomeIndex = m_outcomeCombo->count() - 1;
    }
    m_outcomeCombo->setCurrentIndex(outcomeIndex);
    int triggerIndex = m_triggerCombo->findData(m_filter.triggerId);
    if (triggerIndex < 0) {
        // Filtered by a trigger that is gone (or not listed yet): say so rather than "All".
        m_triggerCombo->addItem(tr("Trigger %1 (removed)").arg(m_filter.triggerId), m_filter.triggerId);
        triggerIndex = m_triggerCombo->count() - 1;
    }
    m_triggerCombo->setCurrentIndex(triggerIndex);
    if (rangeFromFilter) {
        // A range given by setFilter() is shown as it is, not as the nearest preset.
        const int chosen = m_rangeCombo->findData(int(Chosen));
        if (m_filter.sinceMs == 0 && m_filter.untilMs == 0) {
            m_rangeCombo->setCurrentIndex(AnyTime);
            if (chosen >= 0)
                m_rangeCombo->removeItem(chosen);
        } else {
            const QLocale locale;
            auto day = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat); };
            const QString text = m_filter.untilMs == 0   ? tr("Since %1").arg(day(m_filter.sinceMs))
                                 : m_filter.sinceMs == 0 ? tr("Before %1").arg(day(m_filter.untilMs))
                                                         : tr("%1 to %2").arg(day(m_filter.sinceMs), day(m_filter.untilMs - 1));
            if (chosen < 0)
                m_rangeCombo->addItem(text, int(Chosen));
            else
                m_rangeCombo->setItemText(chosen, text);
            m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(Chosen)));
        }
    }
    if (m_pathSearch->text() != m_filter.pathContains)
        m_pathSearch->setText(m_filter.pathContains);
    m_searchDebounce->stop();
    m_syncing = wasSyncing;
}

void InboxView::filterControlsChanged()
{
    if (m_syncing)
        return;
    MessageFilter f;
    f.projectId = m_filter.projectId;
    f.outcomes = m_outcomeCombo->currentData().toStringList();
    f.triggerId = m_triggerCombo->currentData().toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    switch (m_rangeCombo->currentData().toInt()) {
    case LastHour: f.sinceMs = now - hour; break;
    case LastDay: f.sinceMs = now - 24 * hour; break;
    case LastWeek: f.sinceMs = now - 7 * 24 * hour; break;
    case LastMonth: f.sinceMs = now - 30 * 24 * hour; break;
    case Chosen:
        f.sinceMs = m_filter.sinceMs;
        f.untilMs = m_filter.untilMs;
        break;
    default: break;
    }
    f.pathContains = m_pathSearch->text().trimmed();
    m_searchDebounce->stop();
    if (m_rangeCombo->currentData().toInt() != Chosen) {
        if (const int chosen = m_rangeCombo->findData(int(Chosen)); chosen >= 0) {
            m_syncing = true;
            m_rangeCombo->removeItem(chosen);
            m_syncing = false;
        }
    }
    applyFilter(f);
}

void InboxView::applyFilter(const MessageFilter &filter)
{
    m_filter = filter;
    m_model->setFilter(filter);
    countMessages();
}

void InboxView::countMessages()
{
    m_countsReady = false;
    m_recheckCounts = false;
    m_countedMaxId = -1;
    const quint64 generation = ++m_countGeneration;
    const MessageFilter filter = m_filter;
    updateCountsText();
    m_reader->run<std::shared_ptr<CountResult>>(
        [filter](QSqlDatabase &db) {
            auto r = std::make_shared<CountResult>();
            r->maxId = maxMessageId(db);
            r->counts = countMessagesByOutcome(db, filter);
            return r;
        },
        [this, generation](std::shared_ptr<CountResult> r) {
            if (generation != m_countGeneration)
                return;
            if (!r->counts) {
                m_banner->showMessage(r->counts.error().message, MessageLevel::Error);
                return;
            }
            m_counts = std::move(r->counts.value());
            m_countedMaxId = r->maxId;
            m_countsReady = true;
            updateCountsText();
            Q_EMIT countsChanged();
            if (std::exchange(m_recheckCounts, false))
                recheckCounts();
        });
}

QString InboxView::countsText() const
{
    if (!m_countsReady)
        return tr("Counting…");
    const QLocale locale;
    const qint64 total = m_counts.total;
    QStringList parts;
    if (!m_filter.outcomes.isEmpty()) {
        qint64 shown = 0;
        for (const QString &o : m_filter.outcomes)
            shown += m_counts.byOutcome.value(o);
        parts << tr("%1 shown").arg(locale.toString(shown));
    }
    parts << (total == 1 ? tr("1 request") : tr("%1 requests").arg(locale.toString(total)));
    parts << tr("%1 accepted").arg(locale.toString(m_counts.accepted()));
    parts << tr("%1 refused").arg(locale.toString(m_counts.refused()));
    return parts.join(QStringLiteral(" · "));
}

void InboxView::updateCountsText()
{
    m_countLabel->setText(countsText());
    const QLocale locale;
    QStringList breakdown;
    for (int i = 0; i < m_outcomeCombo->count(); ++i) {
        const QString base = m_outcomeCombo->itemData(i, kBaseLabelRole).toString();
        if (base.isEmpty())
            continue; // the separator
        const QStringList outcomes = m_outcomeCombo->itemData(i).toStringList();
        if (!m_countsReady) {
            m_outcomeCombo->setItemText(i, base);
            continue;
        }
        qint64 n = 0;
        for (const QString &o : outcomes.isEmpty() ? messageOutcomes() : outcomes)
            n += m_counts.byOutcome.value(o);
        m_outcomeCombo->setItemText(i, tr("%1 (%2)").arg(base, locale.toString(n)));
        if (outcomes.size() == 1 && n > 0)
            breakdown << tr("%1: %2").arg(base, locale.toString(n));
    }
    m_countLabel->setToolTip(breakdown.isEmpty() ? QString() : breakdown.join(QLatin1Char('\n')));
}

void InboxView::refresh()
{
    loadTriggers();
    refreshRows();
    countMessages();
    if (m_selectedId > 0)
        loadDetail(m_selectedId);
}

void InboxView::storeChanged()
{
    if (!isVisible()) {
        m_stale = true; // caught up when shown
        return;
    }
    refreshRows();
    // Counting scans the table: only when a request arrived since the last count.
    if (!m_countsReady) {
        m_recheckCounts = true; // a count is on its way; it may predate this change
        return;
    }
    recheckCounts();
}

void InboxView::recheckCounts()
{
    const qint64 counted = m_countedMaxId;
    const quint64 generation = m_countGeneration;
    m_reader->run<qint64>([](QSqlDatabase &db) { return maxMessageId(db); },
                          [this, counted, generation](qint64 maxId) {
                              if (generation == m_countGeneration && maxId != counted)
                                  countMessages();
                          });
}

void InboxView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refreshRows();
        countMessages();
    }
}

void InboxView::refreshRows()
{
    const int first = m_table->rowAt(0);
    const int last = m_table->rowAt(m_table->viewport()->height() - 1);
    m_model->refresh(first < 0 ? 0 : first - 20, last < 0 ? m_model->rowCount() : last + 20);
}

void InboxView::selectMessage(qint64 messageId)
{
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void InboxView::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : m_model->messageId(rows.first().row());
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (id == 0) {
        ++m_detailGeneration;
        clearDetail(tr("Select a request to see its headers, body and reply."));
        return;
    }
    loadDetail(id);
}

void InboxView::loadDetail(qint64 messageId)
{
    const quint64 generation = ++m_detailGeneration;
    m_reader->run<Result<MessageDetail>>([messageId](QSqlDatabase &db) { return loadMessage(db, messageId); },
                                         [this, generation, messageId](Result<MessageDetail> detail) {
                                             if (generation != m_detailGeneration)
                                                 return;
                                             if (!detail) {
                                                 clearDetail(detail.error().message);
                                                 return;
                                             }
                                             showDetail(detail.value());
                                             Q_EMIT detailLoaded(messageId);
                                         });
}

void InboxView::clearDetail(const QString &note)
{
    m_detail = MessageDetail();
    m_detailTitle->setText(QString());
    m_detailSummary->setText(html(note));
    m_headers->setRowCount(0);
    m_bodyNote->clear();
    m_body->clear();
    m_body->setPlaceholderText(QString());
    m_replyStatus->clear();
    m_reply->clear();
    m_reply->setPlaceholderText(QString());
    m_openWorkOrder->setEnabled(false);
    m_openWorkOrder->setText(tr("Open work order"));
}

void InboxView::showDetail(const MessageDetail &detail)
{
    m_detail = detail;
    const MessageRow &r = detail.row;
    const QLocale locale;
    const QString colour = outcomeColor(r.outcome).name();
    const QString status = r.replyStatus > 0 ? QString::number(r.replyStatus) : tr("no reply yet");
    m_detailTitle->setText(QStringLiteral("<b>%1 %2</b> &nbsp; <span style=\"color:%3\">● %4</span> &nbsp; %5")
                               .arg(html(r.method), html(r.path), colour, html(outcomeLabel(r.outcome)), html(status)));

    QString rows;
    auto addRow = [&rows](const QString &label, const QString &valueHtml) {
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(html(label), valueHtml);
    };
    const QString utc = QDateTime::fromMSecsSinceEpoch(r.receivedAt, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
    addRow(tr("Received"), html(tr("%1 (%2 UTC)").arg(formatTime(r.receivedAt), utc)));
    addRow(tr("From"), html(r.remoteAddress.isEmpty() ? tr("unknown address") : r.remoteAddress));
    addRow(tr("Workflow"), r.triggerId > 0 ? html(tr("%1 (trigger \"%2\")").arg(r.workflowName, r.triggerKey))
                                           : html(tr("none: no webhook trigger has this path")));
    if (r.isAccepted()) {
        QString created = r.workOrderId > 0 ? tr("Work order %1 created").arg(r.workOrderId) : tr("Accepted");
        if (!detail.workOrderState.isEmpty())
            created = tr("%1; its state: %2").arg(created, stateLabel(detail.workOrderState));
        addRow(tr("Result"), html(created));
    } else {
        addRow(tr("Reason"), QStringLiteral("<span style=\"color:%1\">%2</span>")
                                 .arg(colour, html(r.reason.isEmpty() ? outcomeLabel(r.outcome) : r.reason)));
    }
    addRow(tr("Size"), html(tr("%1 bytes").arg(locale.toString(r.bodySize))));
    m_detailSummary->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">") + rows
                             + QStringLiteral("</table>"));

    m_headers->setRowCount(int(detail.headers.size()));
    for (int i = 0; i < detail.headers.size(); ++i) {
        const auto &[name, value] = detail.headers.at(i);
        auto *nameItem = new QTableWidgetItem(name);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(value);
        if (value == QLatin1String(kRedacted)) {
            valueItem->setText(tr("(hidden: a secret)"));
            valueItem->setForeground(palette().color(QPalette::PlaceholderText));
            valueItem->setToolTip(tr("Switchboard never stores or shows credentials sent with a request."));
        }
        m_headers->setItem(i, 0, nameItem);
        m_headers->setItem(i, 1, valueItem);
    }

    if (!detail.bodyNote.isEmpty()) {
        // Said inside the empty box, where the body would be.
        m_bodyNote->clear();
        m_body->clear();
        m_body->setPlaceholderText(detail.bodyNote);
    } else {
        m_body->setPlaceholderText(QString());
        m_bodyNote->setText(detail.bodyTruncated
                                ? tr("%1 bytes; the beginning is shown.").arg(locale.toString(detail.bodyBytes))
                                : QString());
        m_body->setPlainText(detail.body);
    }

    m_replyStatus->setText(r.replyStatus > 0 ? tr("HTTP %1").arg(r.replyStatus)
                                             : tr("waiting for the run to finish"));
    m_reply->setPlainText(detail.replyBody);
    m_reply->setPlaceholderText(r.replyStatus > 0 ? tr("The reply had no body.")
                                                  : tr("The reply is sent when the run finishes."));

    m_openWorkOrder->setEnabled(r.workOrderId > 0);
    m_openWorkOrder->setText(r.workOrderId > 0 ? tr("Open work order %1").arg(r.workOrderId) : tr("Open work order"));
}

void InboxView::openSelectedWorkOrder()
{
    if (m_detail.row.workOrderId > 0)
        Q_EMIT openWorkOrderRequested(m_detail.row.workOrderId);
}

void InboxView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("Inbox/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Inbox/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("Inbox/detailSplitter"), m_detailSplitter->saveState());
}

void InboxView::restoreSettings(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("Inbox/header")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("Inbox/splitter")).toByteArray());
    m_detailSplitter->restoreState(settings.value(QStringLiteral("Inbox/detailSplitter")).toByteArray());
}

} // namespace sb
