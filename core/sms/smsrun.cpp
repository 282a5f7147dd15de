#include "sms/smsrun.h"

#include "common/isotime.h"
#include "runtime/jobhttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>

#include <future>
#include <mutex>
#include <thread>

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsRun)
};

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString isoLocal(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

class Infobip
{
public:
    Infobip(const InfobipAccount &a) : m_account(a)
    {
        QString base = a.baseUrl.trimmed();
        if (!base.contains(QLatin1String("://")))
            base.prepend(QStringLiteral("https://"));
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        m_base = base;
    }

    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QString error; // a failed request, in words
    };

    Answer call(const QByteArray &method, const QString &path, const QString &bulkId, const QJsonObject &body = {}) const
    {
        HttpCall c;
        c.method = method;
        QUrl url(m_base + path);
        if (!bulkId.isEmpty()) {
            QUrlQuery q;
            q.addQueryItem(key("bulkId"), QString::fromLatin1(QUrl::toPercentEncoding(bulkId)));
            url.setQuery(q);
        }
        c.url = url;
        c.headers = {qMakePair(QByteArray("Authorization"), QByteArray("App ") + m_account.apiKey.toUtf8()),
                     qMakePair(QByteArray("Accept"), QByteArray("application/json"))};
        if (!body.isEmpty()) {
            c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            c.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        }
        c.timeoutMs = m_account.timeoutMs;
        c.verifyTls = m_account.verifyTls;
        const HttpOutcome o = HttpClient::run(std::move(c));
        Answer a;
        a.status = o.status;
        a.body = QJsonDocument::fromJson(o.body).object();
        if (o.status == 0) {
            a.error = Tr::tr("Infobip at %1 did not answer (%2).").arg(m_base, o.errorMessage);
        } else if (o.status == 401 || o.status == 403) {
            a.error = Tr::tr("Infobip refused the API key (HTTP %1); check the Infobip credential.").arg(o.status);
        } else if (o.status >= 400 && o.status != 404) {
            const QString text = a.body.value(key("requestError")).toObject().value(key("serviceException")).toObject().value(key("text")).toString();
            a.error = Tr::tr("Infobip answered HTTP %1 to %2 %3: %4")
                          .arg(o.status)
                          .arg(QString::fromLatin1(method), path, text.isEmpty() ? QString::fromUtf8(o.body.left(200)) : text);
        }
        return a;
    }

private:
    InfobipAccount m_account;
    QString m_base;
};

// One unit of work for the Infobip part.
struct Task
{
    enum Kind { Upsert, Cancel };
    Kind kind = Upsert;
    int contact = 0;    // index into decisions
    int message = -1;   // Upsert: index into plan.messages
    Cancellation cancel;
    bool adopted = false;  // Cancel: the store has no plan for the contact (looked up in case)
    QDateTime knownSendAt; // the sendAt the stored plan says Infobip has (Upsert)
};

struct Outcome
{
    enum Kind { None, Scheduled, Rescheduled, Unchanged, Sent, AlreadyCancelled, Cancelled, NotFound, Failed };
    Kind kind = None;
    QString detail;
    int lookups = 0;
};

Outcome runTask(const Infobip &infobip, const Task &task, const PlannedMessage *m)
{
    Outcome out;
    const QString bulkId = task.kind == Task::Upsert ? m->bulkId : task.cancel.bulkId;
    const Infobip::Answer status = infobip.call("GET", QStringLiteral("/sms/1/bulks/status"), bulkId);
    ++out.lookups;
    if (!status.error.isEmpty()) {
        out.kind = Outcome::Failed;
        out.detail = status.error;
        return out;
    }
    const bool found = status.status != 404;
    const QString state = status.body.value(key("status")).toString();
    const bool open = state == QLatin1String("PENDING") || state == QLatin1String("PAUSED");
    if (task.kind == Task::Cancel) {
        if (!found) {
            out.kind = Outcome::NotFound;
            return out;
        }
        if (!open) {
            out.kind = state == QLatin1String("CANCELED") ? Outcome::AlreadyCancelled : Outcome::Sent;
            return out;
        }
        const Infobip::Answer done =
            infobip.call("PUT", QStringLiteral("/sms/1/bulks/status"), bulkId, QJsonObject{{key("status"), key("CANCELED")}});
        if (!done.error.isEmpty()) {
            out.kind = Outcome::Failed;
            out.detail = done.error;
            return out;
        }
        out.kind = Outcome::Cancelled;
        return out;
    }

    if (!found) {
        QJsonObject message{{key("destinations"), QJsonArray{QJsonObject{{key("to"), m->to}}}},
                            {key("text"), m->text},
                            {key("sendAt"), compactIsoTimestamp(m->sendAtUtc)}};
        if (!m->from.isEmpty())
            message.insert(key("from"), m->from);
        const Infobip::Answer sent = infobip.call("POST", QStringLiteral("/sms/2/text/advanced"), {},
                                                  QJsonObject{{key("bulkId"), bulkId}, {key("messages"), QJsonArray{message}}});
        if (!sent.error.isEmpty() || sent.status == 404) {
            out.kind = Outcome::Failed;
            out.detail = sent.error.isEmpty() ? Tr::tr("Infobip has no SMS endpoint at this address.") : sent.error;
            return out;
        }
        out.kind = Outcome::Scheduled;
        return out;
    }
    if (!open) {
        out.kind = state == QLatin1String("CANCELED") ? Outcome::AlreadyCancelled : Outcome::Sent;
        return out;
    }
    QDateTime current = task.knownSendAt;
    if (!current.isValid() || current != m->sendAtUtc) {
        // What we know may be stale: ask.
        const Infobip::Answer bulk = infobip.call("GET", QStringLiteral("/sms/1/bulks"), bulkId);
        ++out.lookups;
        if (!bulk.error.isEmpty()) {
            out.kind = Outcome::Failed;
            out.detail = bulk.error;
            return out;
        }
        current = parseIsoTimestamp(bulk.body.value(key("sendAt")).toString());
    }
    if (current.isValid() && current == m->sendAtUtc) {
        out.kind = Outcome::Unchanged;
        return out;
    }
    const Infobip::Answer moved =
        infobip.call("PUT", QStringLiteral("/sms/1/bulks"), bulkId, QJsonObject{{key("sendAt"), compactIsoTimestamp(m->sendAtUtc)}});
    if (!moved.error.isEmpty()) {
        out.kind = Outcome::Failed;
        out.detail = moved.error;
        return out;
    }
    out.kind = Outcome::Rescheduled;
    out.detail = current.isValid() ? isoUtc(current) : QString();
    return out;
}

// The stored states of these contacts' messages: contact → bulkId → (state, sendAt).
struct Known
{
    MessageState state;
    QDateTime sendAtUtc;
};

// The latest generation of `bulkId` the store knows for a contact: its id and state.
struct Generation
{
    QString bulkId;
    const Known *known = nullptr; // nullptr: the store has never seen the message
    int number = 1;
};

Generation latestGeneration(const QHash<QString, Known> &k, const QString &bulkId)
{
    Generation g{bulkId, nullptr, 1};
    auto it = k.constFind(bulkId);
    if (it == k.constEnd())
        return g;
    g.known = &*it;
    for (int n = 2;; ++n) {
        const QString next = resendBulkId(bulkId, n);
        const auto found = k.constFind(next);
        if (found == k.constEnd())
            return g;
        g = Generation{next, &*found, n};
    }
}

} // namespace

QString resendBulkId(const QString &bulkId, int generation)
{
    return generation <= 1 ? bulkId : QString(bulkId + QStringLiteral("-r") + QString::number(generation));
}

Result<QList<QJsonObject>> contactsFromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QString name = fileName.isEmpty() ? Tr::tr("the contacts") : fileName;
    if (error.error != QJsonParseError::NoError)
        return makeError(Tr::tr("%1 is not valid JSON: %2 at byte %3.").arg(name, error.errorString()).arg(error.offset));
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.object().value(key("records")).isArray())
        array = doc.object().value(key("records")).toArray();
    else if (doc.object().value(key("contacts")).isArray())
        array = doc.object().value(key("contacts")).toArray();
    else
        return makeError(Tr::tr("%1 must be a JSON array of Contact objects, or an object with \"records\" (a Salesforce "
                                "query result).")
                             .arg(name));
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return makeError(Tr::tr("Contact %1 of %2 is not a JSON object.").arg(i + 1).arg(name));
        out << array.at(i).toObject();
    }
    return out;
}

namespace {

// One contact's entries of `sms plan --json`, appended to the three lists.
void appendPlanJson(const ContactDecision &d, QJsonArray &schedule, QJsonArray &cancel, QJsonArray &skipped)
{
    for (qsizetype i = 0; i < d.plan.messages.size(); ++i) {
        const PlannedMessage &m = d.plan.messages.at(i);
        if (d.due.value(i)) {
            schedule.append(QJsonObject{{key("bulkId"), m.bulkId},
                                        {key("contact"), d.plan.contactId},
                                        {key("row"), m.row},
                                        {key("to"), m.to},
                                        {key("from"), m.from},
                                        {key("language"), m.language},
                                        {key("text"), m.text},
                                        {key("sendAtUtc"), isoUtc(m.sendAtUtc)},
                                        {key("sendAtLocal"), isoLocal(m.sendAtLocal)},
                                        {key("timeZone"), m.timeZone},
                                        {key("state"), stateName(m.state)}});
        } else {
            QJsonObject s{{key("bulkId"), m.bulkId},
                          {key("contact"), d.plan.contactId},
                          {key("row"), m.row},
                          {key("reason"), m.reason},
                          {key("state"), stateName(m.state)}};
            if (m.sendAtUtc.isValid())
                s.insert(key("sendAtUtc"), isoUtc(m.sendAtUtc));
            skipped.append(s);
        }
    }
    for (const Cancellation &c : d.cancel)
        cancel.append(QJsonObject{{key("bulkId"), c.bulkId}, {key("contact"), d.plan.contactId}, {key("row"), c.row},
                                  {key("reason"), c.reason}});
}

} // namespace

QJsonObject planJson(const QList<ContactDecision> &decisions)
{
    QJsonArray schedule;
    QJsonArray cancel;
    QJsonArray skipped;
    for (const ContactDecision &d : decisions)
        appendPlanJson(d, schedule, cancel, skipped);
    return {{key("schedule"), schedule}, {key("cancel"), cancel}, {key("skipped"), skipped}};
}

QJsonObject planJson(const SmsPlanner &planner, const QList<QJsonObject> &contacts, QList<ContactDecision> &decisions)
{
    // The cancel bulkIds one contact at a time, dropped once written (a dry run over many
    // contacts would otherwise hold ~90 of them per contact at once).
    QJsonArray schedule;
    QJsonArray cancel;
    QJsonArray skipped;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        ContactDecision &d = decisions[i];
        if (i < contacts.size())
            planner.materializeCancellations(contacts.at(i), d);
        appendPlanJson(d, schedule, cancel, skipped);
        d.cancel = {};
    }
    return {{key("schedule"), schedule}, {key("cancel"), cancel}, {key("skipped"), skipped}};
}

RunReport runScheduler(const SmsPlanner &planner, const QList<QJsonObject> &contacts, const QDateTime &now,
                       const InfobipAccount &account, SmsPlanStore *store, const RunOptions &options,
                       const RunProgress &progress)
{
    RunReport report;
    QElapsedTimer timer;
    timer.start();
    // Planning is pure: contacts are planned on every core, in order.
    report.decisions.resize(contacts.size());
    {
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
        const qsizetype chunk = std::max<qsizetype>(256, (contacts.size() + threads - 1) / threads);
        std::vector<std::thread> planners;
        for (qsizetype from = chunk; from < contacts.size(); from += chunk)
            planners.emplace_back([&, from] {
                const qsizetype to = std::min(contacts.size(), from + chunk);
                for (qsizetype i = from; i < to; ++i)
                    report.decisions[i] = planner.plan(contacts.at(i), now, false);
            });
        for (qsizetype i = 0; i < std::min(contacts.size(), chunk); ++i)
            report.decisions[i] = planner.plan(contacts.at(i), now, false);
        for (auto &t : planners)
            t.join();
    }
    for (const ContactDecision &d : std::as_const(report.decisions)) {
        report.warnings << d.warnings;
        for (qsizetype i = 0; i < d.plan.messages.size(); ++i) {
            if (d.due.at(i))
                ++report.counts.due;
            else if (d.plan.messages.at(i).state == MessageState::Planned)
                ++report.counts.later;
            else
                ++report.counts.skipped;
        }
        report.counts.cancelCandidates += d.cancelCount();
    }
    report.counts.contacts = int(contacts.size());
    report.planMs = timer.restart();
    if (options.dryRun)
        return report;

    // What the store knows.
    QHash<QString, QHash<QString, Known>> known;
    QHash<QString, ContactPlan> stored;
    if (store) {
        for (const ContactDecision &d : std::as_const(report.decisions)) {
            if (d.plan.contactId.isEmpty() || stored.contains(d.plan.contactId))
                continue;
            const Result<ContactPlan> p = store->load(d.plan.contactId);
            if (!p)
                continue;
            stored.insert(d.plan.contactId, p.value());
            auto &k = known[d.plan.contactId];
            for (const PlannedMessage &m : p->messages)
                k.insert(m.bulkId, Known{m.state, m.sendAtUtc});
        }
    }

    // The work.
    QList<Task> tasks;
    for (int ci = 0; ci < report.decisions.size(); ++ci) {
        ContactDecision &d = report.decisions[ci];
        const auto k = known.value(d.plan.contactId);
        const bool firstSeen = k.isEmpty() && options.adoptExisting;
        // Messages cancelled earlier and wanted again go out under their next generation's
        // bulkId; the others under the latest generation the store knows.
        QList<const Known *> knownOf(d.plan.messages.size(), nullptr);
        if (!k.isEmpty()) {
            for (qsizetype mi = 0; mi < d.plan.messages.size(); ++mi) {
                PlannedMessage &m = d.plan.messages[mi];
                const Generation g = latestGeneration(k, m.bulkId);
                if (!g.known)
                    continue;
                if (d.due.at(mi) && g.known->state == MessageState::Cancelled) {
                    m.bulkId = resendBulkId(m.bulkId, g.number + 1);
                    m.reason = (m.reason.isEmpty() ? QString() : QString(m.reason + QStringLiteral("; ")))
                        + Tr::tr("wanted again after a cancellation: sent under a new bulkId (Infobip uses a bulkId once)");
                    continue; // a new id: unknown to the store
                }
                m.bulkId = g.bulkId;
                knownOf[mi] = g.known;
            }
        }
        // The rule cancellations' bulkIds: needed to adopt, or when a scheduled message is
        // no longer planned (is a rule cancelling it, or did the table change?).
        bool needIds = firstSeen;
        if (!needIds) {
            QSet<QString> planned;
            for (const PlannedMessage &m : std::as_const(d.plan.messages))
                planned.insert(m.bulkId);
            for (auto it = k.constBegin(); it != k.constEnd() && !needIds; ++it)
                needIds = it->state == MessageState::Scheduled && !planned.contains(it.key());
        }
        if (needIds)
            planner.materializeCancellations(contacts.at(ci), d);
        QSet<QString> inPlan;
        for (int mi = 0; mi < d.plan.messages.size(); ++mi) {
            PlannedMessage &m = d.plan.messages[mi];
            inPlan.insert(m.bulkId);
            const Known *it = knownOf.at(mi);
            if (!d.due.at(mi)) {
                // History the store knows stays: a message whose time passed was sent, one
                // cancelled stays cancelled.
                if (it && it->state == MessageState::Cancelled) {
                    m.state = MessageState::Cancelled;
                    for (const PlannedMessage &old : stored.value(d.plan.contactId).messages)
                        if (old.bulkId == m.bulkId)
                            m.reason = old.reason;
                } else if (it && (it->state == MessageState::Scheduled || it->state == MessageState::Sent)
                           && it->sendAtUtc.isValid() && it->sendAtUtc <= now) {
                    m.state = MessageState::Sent;
                    m.sendAtUtc = it->sendAtUtc;
                    m.reason = Tr::tr("sent (its time has passed)");
                }
                continue;
            }
            if (it && it->state == MessageState::Sent) {
                m.state = it->state;
                m.reason = Tr::tr("sent");
                continue;
            }
            Task t;
            t.kind = Task::Upsert;
            t.contact = ci;
            t.message = mi;
            if (it && it->state == MessageState::Scheduled) {
                t.knownSendAt = it->sendAtUtc;
                // A late message goes at "the next allowed moment", which moves with every
                // run; once Infobip has it, its time stands (a later run the same day writes
                // nothing).
                if (m.late && it->sendAtUtc.isValid() && it->sendAtUtc != m.sendAtUtc) {
                    const QTimeZone zone(m.timeZone.toUtf8());
                    m.sendAtLocal = it->sendAtUtc.toOffsetFromUtc(zone.isValid() ? zone.offsetFromUtc(it->sendAtUtc) : 0);
                    m.sendAtUtc = it->sendAtUtc;
                }
            }
            tasks << t;
        }
        for (Cancellation &c : d.cancel) {
            const Generation g = latestGeneration(k, c.bulkId);
            c.bulkId = g.bulkId;
            if (firstSeen || (g.known && g.known->state == MessageState::Scheduled)) {
                Task t;
                t.kind = Task::Cancel;
                t.contact = ci;
                t.cancel = c;
                t.adopted = firstSeen;
                tasks << t;
            }
        }
        // Scheduled before, and neither planned nor cancelled by a rule now (the table
        // changed): cancelled, so nothing is sent that the table no longer says.
        for (auto it = k.constBegin(); it != k.constEnd(); ++it) {
            if (it->state != MessageState::Scheduled || inPlan.contains(it.key()))
                continue;
            bool ruled = false;
            for (const Cancellation &c : std::as_const(d.cancel))
                ruled = ruled || c.bulkId == it.key();
            if (ruled)
                continue;
            Task t;
            t.kind = Task::Cancel;
            t.contact = ci;
            t.cancel = Cancellation{it.key(), Tr::tr("no longer in the table's plan for this contact"), 0, {}};
            for (const PlannedMessage &m : stored.value(d.plan.contactId).messages)
                if (m.bulkId == it.key()) {
                    t.cancel.row = m.row;
                    t.cancel.group = m.group;
                }
            tasks << t;
        }
    }

    auto isEducational = [](const Task &t, const ContactDecision &d) {
        if (t.kind == Task::Upsert)
            return d.plan.messages.at(t.message).educational;
        return !isReminderGroup(t.cancel.group);
    };
    if (options.preview) {
        for (const Task &t : std::as_const(tasks)) {
            const ContactDecision &d = report.decisions.at(t.contact);
            RunWrite w;
            w.contactId = d.plan.contactId;
            w.educational = isEducational(t, d);
            if (t.kind == Task::Upsert) {
                const PlannedMessage &m = d.plan.messages.at(t.message);
                if (t.knownSendAt.isValid() && t.knownSendAt == m.sendAtUtc)
                    continue; // scheduled as it is
                w.kind = t.knownSendAt.isValid() ? RunWrite::Reschedule : RunWrite::Schedule;
                w.bulkId = m.bulkId;
                w.row = m.row;
            } else {
                w.kind = RunWrite::Cancel;
                w.bulkId = t.cancel.bulkId;
                w.row = t.cancel.row;
                w.adopted = t.adopted;
            }
            report.writes << w;
        }
        report.infobipMs = timer.restart();
        return report;
    }

    const Infobip infobip(account);
    QList<Outcome> outcomes(tasks.size());
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    auto worker = [&] {
        for (;;) {
            if (options.cancel && options.cancel->load())
                return;
            const int i = next.fetch_add(1);
            if (i >= tasks.size())
                return;
            const Task &t = tasks.at(i);
            const PlannedMessage *m = t.kind == Task::Upsert ? &report.decisions.at(t.contact).plan.messages.at(t.message) : nullptr;
            outcomes[i] = runTask(infobip, t, m);
            const int n = done.fetch_add(1) + 1;
            if (progress)
                progress(n, int(tasks.size()));
        }
    };
    const int threads = std::clamp(options.concurrency, 1, 64);
    std::vector<std::thread> pool;
    for (int i = 1; i < std::min<int>(threads, int(tasks.size())); ++i)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();

    // The states after the run.
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        const Outcome &o = outcomes.at(i);
        RunCounts &n = report.counts;
        n.lookups += o.lookups;
        ContactDecision &d = report.decisions[t.contact];
        if (o.kind == Outcome::Scheduled || o.kind == Outcome::Rescheduled || o.kind == Outcome::Cancelled
            || o.kind == Outcome::Failed) {
            RunWrite w;
            w.contactId = d.plan.contactId;
            w.educational = isEducational(t, d);
            w.kind = t.kind == Task::Cancel ? RunWrite::Cancel
                : o.kind == Outcome::Rescheduled || (o.kind == Outcome::Failed && t.knownSendAt.isValid()) ? RunWrite::Reschedule
                                                                                                             : RunWrite::Schedule;
            w.bulkId = t.kind == Task::Upsert ? d.plan.messages.at(t.message).bulkId : t.cancel.bulkId;
            w.row = t.kind == Task::Upsert ? d.plan.messages.at(t.message).row : t.cancel.row;
            w.failed = o.kind == Outcome::Failed;
            w.error = w.failed ? o.detail : QString();
            report.writes << w;
        }
        if (o.kind == Outcome::Failed) {
            ++n.failed;
            if (report.errors.size() < 50)
                report.errors << QStringLiteral("%1: %2").arg(t.kind == Task::Upsert ? d.plan.messages.at(t.message).bulkId : t.cancel.bulkId, o.detail);
        }
        if (t.kind == Task::Upsert) {
            PlannedMessage &m = d.plan.messages[t.message];
            switch (o.kind) {
            case Outcome::Scheduled:
                ++n.scheduled;
                m.state = MessageState::Scheduled;
                break;
            case Outcome::Rescheduled:
                ++n.rescheduled;
                m.state = MessageState::Scheduled;
                m.reason = o.detail.isEmpty() ? Tr::tr("rescheduled") : Tr::tr("rescheduled from %1").arg(o.detail);
                break;
            case Outcome::Unchanged:
                ++n.unchanged;
                m.state = MessageState::Scheduled;
                break;
            case Outcome::Sent:
                ++n.unchanged;
                m.state = MessageState::Sent;
                m.reason = Tr::tr("sent");
                break;
            case Outcome::AlreadyCancelled:
                ++n.unchanged;
                m.state = MessageState::Cancelled;
                m.reason = Tr::tr("cancelled in Infobip (Infobip uses a bulkId once)");
                break;
            case Outcome::Failed:
                m.reason = Tr::tr("not scheduled yet: %1").arg(o.detail);
                break;
            default:
                break;
            }
            continue;
        }
        // A cancellation: recorded in the contact's plan when something was cancelled, or
        // when the stored plan had the message (its state is now known).
        const bool hadIt = known.value(d.plan.contactId).contains(t.cancel.bulkId);
        if (o.kind == Outcome::Cancelled)
            ++n.cancelled;
        else if (o.kind != Outcome::Failed)
            ++n.unchanged;
        if (o.kind == Outcome::Cancelled || (hadIt && o.kind != Outcome::Failed && o.kind != Outcome::NotFound)) {
            PlannedMessage m;
            m.bulkId = t.cancel.bulkId;
            m.row = t.cancel.row;
            m.group = t.cancel.group;
            m.state = o.kind == Outcome::Sent ? MessageState::Sent : MessageState::Cancelled;
            m.reason = o.kind == Outcome::Sent ? Tr::tr("sent") : Tr::tr("cancelled: %1").arg(t.cancel.reason);
            for (const PlannedMessage &old : stored.value(d.plan.contactId).messages)
                if (old.bulkId == m.bulkId) {
                    m.sendAtUtc = old.sendAtUtc;
                    m.sendAtLocal = old.sendAtLocal;
                    m.timeZone = old.timeZone;
                    m.language = old.language;
                    m.text = old.text;
                    m.to = old.to;
                    m.from = old.from;
                }
            // Replaces a skipped entry of the same bulkId (a blocked message).
            bool replaced = false;
            for (qsizetype mi = 0; mi < d.plan.messages.size(); ++mi)
                if (d.plan.messages.at(mi).bulkId == m.bulkId) {
                    d.plan.messages[mi].state = m.state;
                    d.plan.messages[mi].reason = m.reason;
                    replaced = true;
                }
            if (!replaced) {
                d.plan.messages << m;
                d.due << false;
            }
        } else if (o.kind == Outcome::Failed) {
            // Still scheduled as far as we know: keep the stored entry so the next run retries.
            for (const PlannedMessage &old : stored.value(d.plan.contactId).messages)
                if (old.bulkId == t.cancel.bulkId && !d.plan.messages.isEmpty()) {
                    bool present = false;
                    for (const PlannedMessage &m : std::as_const(d.plan.messages))
                        present = present || m.bulkId == old.bulkId;
                    if (!present) {
                        PlannedMessage keep = old;
                        keep.reason = Tr::tr("to be cancelled (%1); the cancellation failed: %2").arg(t.cancel.reason, o.detail);
                        d.plan.messages << keep;
                        d.due << false;
                    }
                }
        }
    }
    // Messages the stored plan had as sent or cancelled keep that state when they are no
    // longer planned (history stays).
    for (ContactDecision &d : report.decisions) {
        QSet<QString> present;
        for (const PlannedMessage &m : std::as_const(d.plan.messages))
            present.insert(m.bulkId);
        for (const PlannedMessage &old : stored.value(d.plan.contactId).messages) {
            if (present.contains(old.bulkId))
                continue;
            if (old.state == MessageState::Sent || old.state == MessageState::Cancelled) {
                d.plan.messages << old;
                d.due << false;
            }
        }
    }
    report.infobipMs = timer.restart();

    if (store) {
        // Only plans that changed are written (a second run the same day writes none).
        auto same = [](const ContactPlan &a, const ContactPlan &b) {
            if (a.messages.size() != b.messages.size() || a.contactName != b.contactName || a.clinic != b.clinic)
                return false;
            QHash<QString, const PlannedMessage *> byId;
            for (const PlannedMessage &m : b.messages)
                byId.insert(m.bulkId, &m);
            for (const PlannedMessage &m : a.messages) {
                const PlannedMessage *o = byId.value(m.bulkId);
                if (!o || o->state != m.state || o->reason != m.reason || o->sendAtUtc != m.sendAtUtc || o->text != m.text
                    || o->language != m.language || o->to != m.to || o->from != m.from || o->row != m.row
                    || o->group != m.group || o->timeZone != m.timeZone)
                    return false;
            }
            return true;
        };
        QList<ContactPlan> plans;
        plans.reserve(report.decisions.size());
        for (const ContactDecision &d : std::as_const(report.decisions)) {
            if (d.plan.contactId.isEmpty())
                continue;
            const auto it = stored.constFind(d.plan.contactId);
            if (it != stored.constEnd() && same(d.plan, *it))
                continue;
            plans << d.plan;
        }
        if (Status s = store->save(plans); !s)
            report.errors << s.error().message;
    }
    report.saveMs = timer.elapsed();
    return report;
}

} // namespace sb::sms
