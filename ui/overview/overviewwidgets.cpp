#include "overviewwidgets.h"

#include "main/icons.h"
#include "overviewview.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace sb {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

constexpr int kMarginH = 12;
constexpr int kMarginV = 8;
constexpr int kQueueColumn = 3 + kRunStateCount; // after window, bar, counts, rate

int countColumn(RunState state)
{
    return 2 + int(state);
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString formatRate(double rate)
{
    if (rate < 0)
        return QStringLiteral("–");
    return OverviewView::tr("%1 % failed").arg(QLocale().toString(rate * 100.0, 'f', rate > 0 && rate < 0.001 ? 2 : 1));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor cardColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    if (std::abs(window.lightness() - base.lightness()) > 8 && (isDark(palette) ? base.lightness() > window.lightness() : true))
        return base;
    return mix(window, palette.color(QPalette::WindowText), 0.05);
}

QColor attentionColor()
{
    return OverviewView::stateColor(RunState::Lost);
}

QString windowName(int window)
{
    return window == 0 ? OverviewView::tr("Last 24 h") : OverviewView::tr("Last 7 days");
}

// "06:00 UTC · 13:00 local", with the date when it is not today.
QString fireTime(qint64 ms, qint64 nowMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QString utcText = utc.date() == nowUtc.date() ? utc.toString(QStringLiteral("HH:mm"))
                                                        : utc.toString(QStringLiteral("ddd d MMM HH:mm"));
    const QString localText = local.date() == nowUtc.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                                          : local.toString(QStringLiteral("ddd d MMM HH:mm"));
    if (utc.offsetFromUtc() == local.offsetFromUtc())
        return OverviewView::tr("%1 UTC").arg(utcText);
    return OverviewView::tr("%1 UTC · %2 local").arg(utcText, localText);
}

QString inDuration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60000);
    if (minutes < 1)
        return OverviewView::tr("in less than a minute");
    if (minutes < 60)
        return OverviewView::tr("in %n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return OverviewView::tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return OverviewView::tr("in %n days", nullptr, int(minutes / (24 * 60)));
}

} // namespace

// ----- columns ---------------------------------------------------------------------------

OverviewColumns OverviewColumns::forFont(const QFont &font)
{
    const QFontMetrics fm(font);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    OverviewColumns c;
    c.window = std::max(fm.horizontalAdvance(windowName(0)), fm.horizontalAdvance(windowName(1))) + 12;
    c.bar = fm.horizontalAdvance(QLatin1Char('M')) * 10;
    int widest = fm.horizontalAdvance(QStringLiteral("888,888")) + 16;
    // Captions wrap at spaces (French "en file d'attente"): the widest word decides.
    for (int i = 0; i < kRunStateCount; ++i)
        for (const QString &word : OverviewView::stateLabel(RunState(i)).split(QLatin1Char(' ')))
            widest = std::max(widest, sfm.horizontalAdvance(word) + 14);
    c.count = widest;
    c.rate = fm.horizontalAdvance(formatRate(0.888)) + 16;
    return c;
}

void OverviewColumns::apply(QGridLayout *grid) const
{
    grid->setColumnMinimumWidth(0, window);
    grid->setColumnMinimumWidth(1, bar);
    for (int i = 0; i < kRunStateCount; ++i)
        grid->setColumnMinimumWidth(countColumn(RunState(i)), count);
    grid->setColumnMinimumWidth(2 + kRunStateCount, rate);
    grid->setColumnStretch(kQueueColumn, 1);
    grid->setHorizontalSpacing(4);
    grid->setContentsMargins(kMarginH, kMarginV, kMarginH, kMarginV);
}

// ----- StateBar --------------------------------------------------------------------------

StateBar::StateBar(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StateBar::setCounts(const std::array<qint64, kRunStateCount> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    update();
}

QSize StateBar::sizeHint() const
{
    return {120, std::max(10, fontMetrics().height() / 2)};
}

int StateBar::stateAt(int x) const
{
    qint64 total = 0;
    for (qint64 c : m_counts)
        total += c;
    if (total == 0 || width() <= 0)
        return -1;
    double left = 0;
    for (int i = 0; i < kRunStateCount; ++i) {
        const double w = double(width()) * double(m_counts[size_t(i)]) / double(total);
        if (m_counts[size_t(i)] > 0 && x >= left && x < left + std::max(w, 2.0))
            return i;
        left += w;
    }
    return -1;
}

void StateBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath clip;
    clip.addRoundedRect(r, r.height() / 2, r.height() / 2);
    const QColor window = palette().color(QPalette::Window);
    p.fillPath(clip, mix(window, palette().color(QPalette::WindowText), 0.10));
    qint64 total = 0;
    for (qint64 c : m_counts)
        total += c;
    if (total == 0)
        return;
    p.setClipPath(clip);
    double left = r.left();
    for (int i = 0; i < kRunStateCount; ++i) {
        if (m_counts[size_t(i)] == 0)
            continue;
        // A segment is at least 2 px wide, so one lost run among thousands still shows.
        const double w = std::max(2.0, r.width() * double(m_counts[size_t(i)]) / double(total));
        p.fillRect(QRectF(left, r.top(), w, r.height()), OverviewView::stateColor(RunState(i)));
        left += w;
    }
}

void StateBar::mousePressEvent(QMouseEvent *event)
{
    const int state = stateAt(int(event->position().x()));
    if (state >= 0 && event->button() == Qt::LeftButton)
        emit stateClicked(RunState(state));
}

// ----- CountCell -------------------------------------------------------------------------

CountCell::CountCell(RunState state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void CountCell::setCount(qint64 count, const QString &toolTip)
{
    setToolTip(toolTip);
    setAccessibleName(toolTip);
    if (count == m_count)
        return;
    m_count = count;
    setCursor(count > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

QString CountCell::text() const
{
    return m_count > 0 ? formatCount(m_count) : QStringLiteral("–");
}

QSize CountCell::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("888,888")) + 12, fontMetrics().height() + 6};
}

void CountCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor window = palette().color(QPalette::Window);
    const QColor color = OverviewView::stateColor(m_state, window);
    const QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QFont f = font();
    if (m_count > 0) {
        const bool hovered = underMouse();
        p.setPen(QPen(mix(window, color, 0.55), 1));
        p.setBrush(mix(cardColor(palette()), color, hovered ? 0.32 : 0.16));
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        if (m_state == RunState::Lost || m_state == RunState::Crashed)
            f.setBold(true);
        p.setPen(palette().color(QPalette::WindowText));
    } else {
        p.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
    }
    if (hasFocus()) {
        p.save();
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.restore();
    }
    p.setFont(f);
    p.drawText(r, Qt::AlignCenter, text());
}

void CountCell::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && m_count > 0)
        emit clicked();
}

void CountCell::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && m_count > 0) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

// ----- OverviewHeader --------------------------------------------------------------------

OverviewHeader::OverviewHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewHeader"));
    auto *grid = new QGridLayout(this);
    OverviewColumns::forFont(font()).apply(grid);
    grid->setContentsMargins(kMarginH, 0, kMarginH, 0);
    // Grid spacing only goes around widgets (not empty columns or spacer items): empty
    // widgets of the cards' widths keep the captions over the counts.
    const OverviewColumns columns = OverviewColumns::forFont(font());
    for (int column : {0, 1}) {
        auto *placeholder = new QWidget(this);
        placeholder->setFixedSize(column == 0 ? columns.window : columns.bar, 1);
        grid->addWidget(placeholder, 0, column);
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (int i = 0; i < kRunStateCount; ++i) {
        const RunState state = RunState(i);
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("header-%1").arg(runStateName(state)));
        label->setFont(small);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setWordWrap(true);
        label->setFixedWidth(columns.count); // wraps inside its column, never widens it
        // A coloured rule under the name ties it to the bar colours.
        label->setText(QStringLiteral("%1<br><span style=\"color:%2\">━━━</span>")
                           .arg(OverviewView::stateLabel(state).toHtmlEscaped(), OverviewView::stateColor(state).name()));
        label->setToolTip(isActiveState(state) ? OverviewView::tr("Runs in state “%1” now.").arg(runStateName(state))
                                               : OverviewView::tr("Runs that ended “%1” in the window.").arg(runStateName(state)));
        grid->addWidget(label, 0, countColumn(state));
    }
    auto *rate = new QLabel(OverviewView::tr("Failure rate").toHtmlEscaped() + QStringLiteral("<br>&nbsp;"), this);
    rate->setFont(small);
    rate->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    rate->setToolTip(OverviewView::tr("Failed, crashed, killed, exception and lost runs over the runs that ended "
                                      "(cancelled runs left out)."));
    grid->addWidget(rate, 0, 2 + kRunStateCount);
    grid->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding), 0, kQueueColumn);
}

// ----- WorkflowCard ----------------------------------------------------------------------

WorkflowCard::WorkflowCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("workflowCard"));
    setAttribute(Qt::WA_StyledBackground, false);
    auto *grid = new QGridLayout(this);
    const OverviewColumns columns = OverviewColumns::forFont(font());
    columns.apply(grid);
    grid->setVerticalSpacing(4);

    // Title row.
    auto *title = new QWidget(this);
    auto *titleLayout = new QHBoxLayout(title);
    titleLayout->setContentsMargins(0, 0, 0, 2);
    titleLayout->setSpacing(6);
    m_icon = new QLabel(title);
    m_name = new QLabel(title);
    m_name->setObjectName(QStringLiteral("workflowName"));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.1);
    m_name->setFont(bold);
    m_name->setCursor(Qt::PointingHandCursor);
    m_name->installEventFilter(this);
    m_name->setToolTip(tr("Show this workflow's work orders of the last 7 days in History."));
    m_detail = new QLabel(title);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_attentionIcon = new QLabel(title);
    m_attention = new QLabel(title);
    m_attention->setObjectName(QStringLiteral("attention"));
    titleLayout->addWidget(m_icon);
    titleLayout->addWidget(m_name);
    titleLayout->addWidget(m_detail);
    titleLayout->addSpacing(12);
    titleLayout->addWidget(m_attentionIcon);
    titleLayout->addWidget(m_attention);
    titleLayout->addStretch(1);
    // The title spans the count columns; its size must not widen them (they line up with
    // the header), so the grid ignores its size hint.
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    grid->addWidget(title, 0, 0, 1, kQueueColumn);

    m_lastSuccess = new QLabel(this);
    m_lastSuccess->setObjectName(QStringLiteral("lastSuccess"));
    m_queue = new QLabel(this);
    m_queue->setObjectName(QStringLiteral("queue"));
    m_nextFire = new QLabel(this);
    m_nextFire->setObjectName(QStringLiteral("nextFire"));
    for (QLabel *l : {m_lastSuccess, m_queue, m_nextFire}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 17);
    }
    grid->addWidget(m_lastSuccess, 0, kQueueColumn);
    grid->addWidget(m_queue, 1, kQueueColumn);
    grid->addWidget(m_nextFire, 2, kQueueColumn);

    for (int w = 0; w < 2; ++w) {
        m_windowLabel[size_t(w)] = new QLabel(windowName(w), this);
        m_windowLabel[size_t(w)]->setFixedWidth(columns.window);
        grid->addWidget(m_windowLabel[size_t(w)], 1 + w, 0);
        auto *bar = new StateBar(this);
        bar->setObjectName(w == 0 ? QStringLiteral("bar24h") : QStringLiteral("bar7d"));
        bar->setFixedWidth(columns.bar); // the header's columns line up with fixed widths
        m_bars[size_t(w)] = bar;
        grid->addWidget(bar, 1 + w, 1, Qt::AlignVCenter);
        connect(bar, &StateBar::stateClicked, this, [this, w](RunState state) {
            emit countClicked(m_overview.workflowId, state, w);
        });
        for (int s = 0; s < kRunStateCount; ++s) {
            auto *cell = new CountCell(RunState(s), this);
            cell->setObjectName(QStringLiteral("count-%1-%2")
                                    .arg(w == 0 ? QStringLiteral("24h") : QStringLiteral("7d"), runStateName(RunState(s))));
            m_cells[size_t(w)][size_t(s)] = cell;
            grid->addWidget(cell, 1 + w, countColumn(RunState(s)), Qt::AlignCenter);
            connect(cell, &CountCell::clicked, this, [this, w, s] {
                emit countClicked(m_overview.workflowId, RunState(s), w);
            });
        }
        auto *rate = new QLabel(this);
        rate->setObjectName(w == 0 ? QStringLiteral("rate24h") : QStringLiteral("rate7d"));
        rate->setAlignment(Qt::AlignCenter);
        rate->installEventFilter(this);
        m_rate[size_t(w)] = rate;
        grid->addWidget(rate, 1 + w, 2 + kRunStateCount);
    }
    updateIcons();
}

void WorkflowCard::setOverview(const WorkflowOverview &o, qint64 nowMs)
{
    m_overview = o;
    m_name->setText(o.name);
    QStringList detail;
    detail << o.projectName;
    if (!o.enabled)
        detail << tr("disabled");
    if (o.hasWebhook)
        detail << tr("webhook");
    if (!o.nextFireCron.isEmpty())
        detail << tr("cron %1").arg(o.nextFireCron);
    m_detail->setText(detail.join(QStringLiteral(" · ")));

    // Lost or crashed runs: say how many, in which window.
    if (o.needsAttention()) {
        const OverviewWindow &w = o.day.hasLostOrCrashed() ? o.day : o.week;
        QStringList parts;
        if (w.count(RunState::Lost) > 0)
            parts << tr("%n lost", nullptr, int(w.count(RunState::Lost)));
        if (w.count(RunState::Crashed) > 0)
            parts << tr("%n crashed", nullptr, int(w.count(RunState::Crashed)));
        m_attention->setText(tr("%1 in the %2").arg(parts.join(QStringLiteral(", ")),
                                                     &w == &o.day ? tr("last 24 h") : tr("last 7 days")));
        QPalette pal = m_attention->palette();
        pal.setColor(QPalette::WindowText, OverviewView::stateColor(RunState::Lost, palette().color(QPalette::Window)));
        m_attention->setPalette(pal);
        m_attention->show();
        m_attentionIcon->show();
    } else {
        m_attention->hide();
        m_attentionIcon->hide();
    }
    const QString windowWords[2] = {tr("in the last 24 h"), tr("in the last 7 days")};
    for (int w = 0; w < 2; ++w) {
        const OverviewWindow &win = w == 0 ? o.day : o.week;
        m_bars[size_t(w)]->setCounts(win.counts);
        for (int s = 0; s < kRunStateCount; ++s) {
            const RunState state = RunState(s);
            const qint64 n = win.count(state);
            const QString tip = isActiveState(state)
                                    ? tr("%1 runs %2 now. Click to show them in History.")
                                          .arg(formatCount(n), OverviewView::stateLabel(state))
                                    : tr("%1 runs ended %2 %3. Click to show them in History.")
                                          .arg(formatCount(n), OverviewView::stateLabel(state), windowWords[w]);
            m_cells[size_t(w)][size_t(s)]->setCount(n, tip);
        }
        QLabel *rate = m_rate[size_t(w)];
        const double r = win.failureRate();
        rate->setText(formatRate(r));
        rate->setToolTip(r < 0 ? tr("No run ended %1.").arg(windowWords[w])
                               : tr("%1 of %2 runs that ended %3 failed. Click to show the failures in History.")
                                     .arg(formatCount(win.failures()), formatCount(win.finished()), windowWords[w]));
        rate->setCursor(win.failures() > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        QFont f = font();
        f.setBold(r >= 0.10);
        rate->setFont(f);
    }

    m_queue->setText(o.queued + o.running == 0
                         ? tr("Queue: empty")
                         : tr("Queue: %1 waiting · %2 running").arg(formatCount(o.queued), formatCount(o.running)));
    if (o.lastSuccessMs > 0) {
        m_lastSuccess->setText(tr("Last success: %1").arg(OverviewView::ago(o.lastSuccessMs, nowMs)));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(o.lastSuccessMs, Qt::UTC);
        m_lastSuccess->setToolTip(tr("%1 UTC · %2 local")
                                      .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                           at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    } else {
        m_lastSuccess->setText(tr("Last success: never"));
        m_lastSuccess->setToolTip(QString());
    }
    if (o.nextFireMs > 0) {
        m_nextFire->setText(tr("Next fire: %1, %2").arg(fireTime(o.nextFireMs, nowMs), inDuration(o.nextFireMs - nowMs)));
        // The whole text too: in longer languages the column may cut it.
        m_nextFire->setToolTip(m_nextFire->text() + QLatin1Char('\n') + tr("Cron %1, evaluated in UTC.").arg(o.nextFireCron));
    } else if (!o.cronError.isEmpty()) {
        m_nextFire->setText(tr("Next fire: invalid cron expression"));
        m_nextFire->setToolTip(o.cronError);
    } else {
        m_nextFire->setText(o.enabled ? tr("Next fire: no cron trigger") : tr("Next fire: workflow disabled"));
        m_nextFire->setToolTip(m_nextFire->text());
    }
    m_nextFire->setForegroundRole(o.nextFireMs > 0 ? QPalette::WindowText : QPalette::PlaceholderText);
    updateIcons();
    update();
}

void WorkflowCard::updateIcons()
{
    const qreal dpr = devicePixelRatioF();
    const int size = fontMetrics().height();
    const QString icon = m_overview.hasWebhook ? QStringLiteral("webhook")
                         : m_overview.hasCron  ? QStringLiteral("cron")
                                               : QStringLiteral("workflows");
    m_icon->setPixmap(themedPixmap(icon, size, palette().color(QPalette::WindowText), dpr));
    m_attentionIcon->setPixmap(themedPixmap(QStringLiteral("warning"), size, attentionColor(), dpr));
}

void WorkflowCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    QColor fill = cardColor(pal);
    QColor border = mix(window, pal.color(QPalette::WindowText), 0.18);
    const bool attention = m_overview.needsAttention();
    if (attention) {
        const QColor accent = attentionColor();
        fill = mix(fill, accent, isDark(pal) ? 0.10 : 0.06);
        border = mix(window, accent, 0.75);
    }
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);
    if (attention) {
        p.setPen(Qt::NoPen);
        p.setBrush(attentionColor());
        p.drawRoundedRect(QRectF(r.left(), r.top(), 5, r.height()), 3, 3);
    }
    if (!m_overview.enabled) {
        // A disabled workflow's card is dimmed a little.
        p.fillRect(r, QColor(window.red(), window.green(), window.blue(), 60));
    }
}

void WorkflowCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QFrame::changeEvent(event);
}

bool WorkflowCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        if (watched == m_name) {
            emit workflowClicked(m_overview.workflowId);
            return true;
        }
        for (int w = 0; w < 2; ++w)
            if (watched == m_rate[size_t(w)] && (w == 0 ? m_overview.day : m_overview.week).failures() > 0) {
                emit failuresClicked(m_overview.workflowId, w);
                return true;
            }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sb
