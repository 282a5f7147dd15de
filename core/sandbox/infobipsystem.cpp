// The Infobip SMS emulator: send and schedule (v1 and v2 advanced), scheduled bulk status,
// cancel, pause, resume and reschedule, delivery reports, logs and balance (see
// docs/sandbox.md). Scheduled bulks whose time has come are delivered when next looked at.

#include "common/isotime.h"
#include "sandbox/sandboxsystem.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <map>
#include <mutex>
#include <optional>

namespace sb::sandbox {

namespace {

// Texts inside emulated replies stay in English, as the real system sends them; only
// what the console shows (title, login hint) is translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SandboxInfobip)
};

const QString kSystem = QStringLiteral("infobip");
const QString kApiKey = QStringLiteral("sandbox-infobip-api-key");
const QString kBulks = QStringLiteral("bulks");
const QString kMessages = QStringLiteral("messages");
constexpr int kMaxScheduleDays = 180;

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

Response serviceError(int status, const QString &messageId, const QString &text, const QJsonObject &validation = {})
{
    QJsonObject exception{{key("messageId"), messageId}, {key("text"), text}};
    if (!validation.isEmpty())
        exception.insert(key("validationErrors"), validation);
    return Response::json(status, QJsonObject{{key("requestError"), QJsonObject{{key("serviceException"), exception}}}});
}

Response badRequest(const QString &text, const QString &field = {})
{
    QJsonObject validation;
    if (!field.isEmpty())
        validation.insert(field, QJsonArray{text});
    return serviceError(400, key("BAD_REQUEST"), text, validation);
}

QString infobipTime(const QDateTime &at)
{
    return compactIsoTimestamp(at);
}

// Infobip's "2024-05-01T10:00:00.000+0000" and the other ISO 8601 spellings.
QDateTime parseTime(const QString &text)
{
    return parseIsoTimestamp(text);
}

QJsonObject status(int groupId, const char *groupName, int id, const char *name, const QString &description)
{
    return {{key("groupId"), groupId},
            {key("groupName"), QLatin1String(groupName)},
            {key("id"), id},
            {key("name"), QLatin1String(name)},
            {key("description"), description}};
}

QJsonObject noError()
{
    return {{key("groupId"), 0},
            {key("groupName"), key("OK")},
            {key("id"), 0},
            {key("name"), key("NO_ERROR")},
            {key("description"), QStringLiteral("No Error")},
            {key("permanent"), false}};
}

int smsCount(const QString &text)
{
    bool unicode = false;
    for (const QChar c : text)
        unicode = unicode || c.unicode() > 0x7E;
    const int single = unicode ? 70 : 160;
    const int part = unicode ? 67 : 153;
    const int n = int(text.size());
    return n <= single ? 1 : (n + part - 1) / part;
}

QString newMessageId()
{
    QString id;
    for (int i = 0; i < 20; ++i)
        id += QChar(QLatin1Char(char('0' + QRandomGenerator::global()->bounded(10))));
    return id;
}

class InfobipSystem final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return Tr::tr("Infobip"); }

    QJsonObject configuration(const QString &baseUrl) const override
    {
        return {{key("baseUrl"), baseUrl}, {key("apiKey"), kApiKey}};
    }

    QString loginHint() const override { return Tr::tr("header \"Authorization: App %1\"").arg(kApiKey); }

    Response handle(const Request &request) override;
    void seed() override;

private:
    // Scheduled bulks by send time, so a request does not scan every bulk: a full scan
    // runs at most every two seconds (it also finds bulks put into the data directly).
    std::mutex m_dueMutex;
    std::multimap<qint64, QString> m_due;
    qint64 m_lastFullScan = 0;
    void expectDue(const QString &bulkId, const QDateTime &sendAt);
    void deliverDue();
    void deliver(QJsonObject message);
    Response send(const Request &r);
    Response bulkStatus(const Request &r);
    Response bulkSchedule(const Request &r);
    Response messagesList(const Request &r, bool reports);
};

Response InfobipSystem::handle(const Request &r)
{
    const QByteArray auth = r.header("authorization");
    if (!auth.startsWith("App ") || QString::fromUtf8(auth.mid(4).trimmed()) != kApiKey)
        return serviceError(401, key("UNAUTHORIZED"), QStringLiteral("Invalid login details"));
    deliverDue();

    const QString path = r.path.endsWith(QLatin1Char('/')) && r.path.size() > 1 ? r.path.chopped(1) : r.path;
    const bool get = r.method == "GET";
    const bool put = r.method == "PUT";
    if (path == QLatin1String("/sms/2/text/advanced") || path == QLatin1String("/sms/1/text/advanced")) {
        if (r.method != "POST")
            return Response::empty(405);
        return send(r);
    }
    if (path == QLatin1String("/sms/1/bulks/status") && (get || put))
        return bulkStatus(r);
    if (path == QLatin1String("/sms/1/bulks") && (get || put))
        return bulkSchedule(r);
    if (path == QLatin1String("/sms/1/reports") && get)
        return messagesList(r, true);
    if (path == QLatin1String("/sms/1/logs") && get)
        return messagesList(r, false);
    if (path == QLatin1String("/account/1/balance") && get)
        return Response::json(200, QJsonObject{{key("balance"), 100.0}, {key("currency"), key("EUR")}});
    return serviceError(404, key("NOT_FOUND"), QStringLiteral("Requested URL not found: %1").arg(r.path));
}

void InfobipSystem::deliver(QJsonObject message)
{
    const QString to = message.value(key("to")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    message.insert(key("sentAt"), infobipTime(now));
    message.insert(key("doneAt"), infobipTime(now));
    if (message.value(key("status")).toObject().value(key("groupName")).toString() == QLatin1String("REJECTED")) {
        data().put(kSystem, kMessages, message.value(key("messageId")).toString(), message);
        return;
    }
    // Numbers ending in 000000 stand for a subscriber the network does not know.
    if (to.endsWith(QLatin1String("000000"))) {
        message.insert(key("status"), status(2, "UNDELIVERABLE", 9, "UNDELIVERABLE_NOT_DELIVERED",
                                             QStringLiteral("Message sent not delivered")));
        message.insert(key("error"), QJsonObject{{key("groupId"), 1},
                                                 {key("groupName"), key("HANDSET_ERRORS")},
                                                 {key("id"), 1},
                                                 {key("name"), key("EC_UNKNOWN_SUBSCRIBER")},
                                                 {key("description"), QStringLiteral("Unknown Subscriber")},
                                                 {key("permanent"), true}});
    } else {
        message.insert(key("status"), status(3, "DELIVERED", 5, "DELIVERED_TO_HANDSET",
                                             QStringLiteral("Message delivered to handset")));
        message.insert(key("error"), noError());
    }
    data().put(kSystem, kMessages, message.value(key("messageId")).toString(), message);
}

void InfobipSystem::seed()
{
    std::lock_guard lock(m_dueMutex);
    m_due.clear();
    m_lastFullScan = 0;
}

void InfobipSystem::expectDue(const QString &bulkId, const QDateTime &sendAt)
{
    std::lock_guard lock(m_dueMutex);
    m_due.emplace(sendAt.toMSecsSinceEpoch(), bulkId);
}

void InfobipSystem::deliverDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QStringList candidates;
    bool fullScan = false;
    {
        std::lock_guard lock(m_dueMutex);
        if (nowMs - m_lastFullScan >= 2000) {
            fullScan = true;
            m_lastFullScan = nowMs;
            m_due.clear();
        } else {
            while (!m_due.empty() && m_due.begin()->first <= nowMs) {
                candidates << m_due.begin()->second;
                m_due.erase(m_due.begin());
            }
        }
    }
    // A pending bulk whose time has come goes out; one still ahead waits in the index.
    auto deliverIfDue = [&](const QString &bulkId, const QJsonObject &bulk) {
        if (bulk.value(key("status")).toString() != QLatin1String("PENDING"))
            return;
        const QDateTime sendAt = parseTime(bulk.value(key("sendAt")).toString());
        if (sendAt.isValid() && sendAt > now) {
            expectDue(bulkId, sendAt);
            return;
        }
        for (const QJsonValue &id : bulk.value(key("messageIds")).toArray())
            deliver(data().get(kSystem, kMessages, id.toString()));
        QJsonObject done = bulk;
        done.insert(key("status"), key("FINISHED"));
        data().put(kSystem, kBulks, bulkId, done);
    };
    if (fullScan) {
        for (const auto &[bulkId, bulk] : data().all(kSystem, kBulks))
            deliverIfDue(bulkId, bulk);
    } else {
        for (const QString &bulkId : std::as_const(candidates))
            deliverIfDue(bulkId, data().get(kSystem, kBulks, bulkId));
    }
}

Response InfobipSystem::send(const Request &r)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = doc.object();
    const QJsonArray messages = body.value(key("messages")).toArray();
    if (messages.isEmpty())
        return badRequest(QStringLiteral("messages must not be empty"), key("messages"));

    QString bulkId = body.value(key("bulkId")).toString();
    if (!bulkId.isEmpty() && data().contains(kSystem, kBulks, bulkId))
        return badRequest(QStringLiteral("bulkId %1 is already used; a bulkId can be sent only once.").arg(bulkId),
                          key("bulkId"));
    if (bulkId.isEmpty())
        bulkId = QStringLiteral("sandbox-bulk-%1").arg(newMessageId());

    // Validate everything before storing anything: a 400 sends nothing.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime bulkSendAt;
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages.at(i).toObject();
        const QString field = QStringLiteral("messages[%1]").arg(i);
        if (m.value(key("destinations")).toArray().isEmpty())
            return badRequest(QStringLiteral("destinations must not be empty"), field + QLatin1String(".destinations"));
        if (!m.contains(key("sendAt")) || m.value(key("sendAt")).isNull())
            continue;
        const QDateTime sendAt = parseTime(m.value(key("sendAt")).toString());
        if (!sendAt.isValid())
            return badRequest(QStringLiteral("sendAt \"%1\" is not a date-time such as 2024-05-01T10:00:00.000+0000.")
                                  .arg(m.value(key("sendAt")).toString()),
                              field + QLatin1String(".sendAt"));
        if (sendAt > now.addDays(kMaxScheduleDays))
            return badRequest(QStringLiteral("sendAt can be at most %1 days in the future.").arg(kMaxScheduleDays),
                              field + QLatin1String(".sendAt"));
        if (!bulkSendAt.isValid() || sendAt > bulkSendAt)
            bulkSendAt = sendAt;
    }
    const bool scheduled = bulkSendAt.isValid() && bulkSendAt > now;

    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    QJsonArray results;
    QJsonArray messageIds;
    QList<QJsonObject> stored;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        for (const QJsonValue &d : m.value(key("destinations")).toArray()) {
            const QJsonObject destination = d.toObject();
            QString to = destination.value(key("to")).toString().trimmed();
            if (to.startsWith(QLatin1Char('+')))
                to.remove(0, 1);
            QString messageId = destination.value(key("messageId")).toString();
            if (messageId.isEmpty())
                messageId = newMessageId();
            QJsonObject st;
            if (!digits.match(to).hasMatch())
                st = status(5, "REJECTED", 10, "REJECTED_DESTINATION", QStringLiteral("Invalid destination address"));
            else if (to.size() < 8 || to.startsWith(QLatin1Char('0')))
                st = status(5, "REJECTED", 8, "REJECTED_PREFIX_MISSING", QStringLiteral("Number prefix missing"));
            else if (scheduled)
                st = status(1, "PENDING", 7, "PENDING_WAITING_DELIVERY", QStringLiteral("Message sent, waiting for delivery report"));
            else
                st = status(1, "PENDING", 26, "PENDING_ACCEPTED", QStringLiteral("Message sent to next instance"));
            results.append(QJsonObject{{key("to"), to}, {key("messageId"), messageId}, {key("status"), st}});
            messageIds.append(messageId);
            const QString text = m.value(key("text")).toString();
            stored << QJsonObject{{key("bulkId"), bulkId},
                                  {key("messageId"), messageId},
                                  {key("to"), to},
                                  {key("from"), m.value(key("from")).toString(key("InfoSMS"))},
                                  {key("text"), text},
                                  {key("callbackData"), m.value(key("callbackData"))},
                                  {key("sendAt"), m.value(key("sendAt"))},
                                  {key("smsCount"), smsCount(text)},
                                  {key("price"), QJsonObject{{key("pricePerMessage"), 0.01}, {key("currency"), key("EUR")}}},
                                  {key("status"), st},
                                  {key("error"), noError()},
                                  {key("reported"), false}};
        }
    }
    data().put(kSystem, kBulks, bulkId,
               QJsonObject{{key("bulkId"), bulkId},
                           {key("sendAt"), scheduled ? infobipTime(bulkSendAt) : QJsonValue()},
                           {key("status"), scheduled ? key("PENDING") : key("FINISHED")},
                           {key("createdAt"), infobipTime(now)},
                           {key("messageIds"), messageIds}});
    if (scheduled)
        expectDue(bulkId, bulkSendAt);
    for (const QJsonObject &m : stored) {
        if (scheduled)
            data().put(kSystem, kMessages, m.value(key("messageId")).toString(), m);
        else
            deliver(m);
    }
    return Response::json(200, QJsonObject{{key("bulkId"), bulkId}, {key("messages"), results}});
}

Response InfobipSystem::bulkStatus(const Request &r)
{
    const QString bulkId = r.query.queryItemValue(key("bulkId"), QUrl::FullyDecoded);
    if (bulkId.isEmpty())
        return badRequest(QStringLiteral("bulkId is required"), key("bulkId"));
    QJsonObject bulk = data().get(kSystem, kBulks, bulkId);
    if (bulk.isEmpty())
        return serviceError(404, key("NOT_FOUND"), QStringLiteral("Bulk %1 not found.").arg(bulkId));
    const QString current = bulk.value(key("status")).toString();
    if (r.method == "GET")
        return Response::json(200, QJsonObject{{key("bulkId"), bulkId}, {key("status"), current}});

    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString wanted = body.value(key("status")).toString();
    if (wanted != QLatin1String("CANCELED") && wanted != QLatin1String("PAUSED") && wanted != QLatin1String("PROCESSING"))
        return badRequest(QStringLiteral("status must be CANCELED, PAUSED or PROCESSING."), key("status"));
    const bool open = current == QLatin1String("PENDING") || current == QLatin1String("PAUSED");
    if (!open)
        return badRequest(QStringLiteral("Bulk %1 is %2; only PENDING or PAUSED bulks can change status.").arg(bulkId, current),
                          key("status"));
    QString next = wanted;
    if (wanted == QLatin1String("PROCESSING")) {
        next = key("PENDING"); // resumed: waits for its sendAt again
        expectDue(bulkId, parseTime(bulk.value(key("sendAt")).toString()));
    }
    bulk.insert(key("status"), next);
    data().put(kSystem, kBulks, bulkId, bulk);
    if (wanted == QLatin1String("CANCELED")) {
        for (const QJsonValue &id : bulk.value(key("messageIds")).toArray()) {
            QJsonObject m = data().get(kSystem, kMessages, id.toString());
            m.insert(key("status"), status(5, "REJECTED", 0, "REJECTED_CANCELED", QStringLiteral("Message canceled")));
            data().put(kSystem, kMessages, id.toString(), m);
        }
    }
    deliverDue(); // a resumed bulk past its time goes out now
    return Response::json(200, QJsonObject{{key("bulkId"), bulkId},
                                           {key("status"), data().get(kSystem, kBulks, bulkId).value(key("status"))}});
}

Response InfobipSystem::bulkSchedule(const Request &r)
{
    const QString bulkId = r.query.queryItemValue(key("bulkId"), QUrl::FullyDecoded);
    if (bulkId.isEmpty())
        return badRequest(QStringLiteral("bulkId is required"), key("bulkId"));
    QJsonObject bulk = data().get(kSystem, kBulks, bulkId);
    if (bulk.isEmpty() || bulk.value(key("sendAt")).isNull())
        return serviceError(404, key("NOT_FOUND"), QStringLiteral("Bulk %1 not found.").arg(bulkId));
    if (r.method == "GET")
        return Response::json(200, QJsonObject{{key("bulkId"), bulkId}, {key("sendAt"), bulk.value(key("sendAt"))}});

    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QDateTime sendAt = parseTime(body.value(key("sendAt")).toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!sendAt.isValid())
        return badRequest(QStringLiteral("sendAt \"%1\" is not a date-time such as 2024-05-01T10:00:00.000+0000.")
                              .arg(body.value(key("sendAt")).toString()),
                          key("sendAt"));
    if (sendAt > now.addDays(kMaxScheduleDays))
        return badRequest(QStringLiteral("sendAt can be at most %1 days in the future.").arg(kMaxScheduleDays), key("sendAt"));
    const QString current = bulk.value(key("status")).toString();
    if (current != QLatin1String("PENDING") && current != QLatin1String("PAUSED"))
        return badRequest(QStringLiteral("Bulk %1 is %2; only PENDING or PAUSED bulks can be rescheduled.").arg(bulkId, current),
                          key("sendAt"));
    bulk.insert(key("sendAt"), infobipTime(sendAt));
    data().put(kSystem, kBulks, bulkId, bulk);
    expectDue(bulkId, sendAt);
    for (const QJsonValue &id : bulk.value(key("messageIds")).toArray()) {
        QJsonObject m = data().get(kSystem, kMessages, id.toString());
        m.insert(key("sendAt"), infobipTime(sendAt));
        data().put(kSystem, kMessages, id.toString(), m);
    }
    deliverDue();
    return Response::json(200, QJsonObject{{key("bulkId"), bulkId}, {key("sendAt"), infobipTime(sendAt)}});
}

Response InfobipSystem::messagesList(const Request &r, bool reports)
{
    const QString bulkId = r.query.queryItemValue(key("bulkId"), QUrl::FullyDecoded);
    const QString messageId = r.query.queryItemValue(key("messageId"), QUrl::FullyDecoded);
    const QString to = r.query.queryItemValue(key("to"), QUrl::FullyDecoded);
    const QString generalStatus = r.query.queryItemValue(key("generalStatus"), QUrl::FullyDecoded);
    int limit = 50;
    if (r.query.hasQueryItem(key("limit"))) {
        bool ok = false;
        limit = r.query.queryItemValue(key("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return badRequest(QStringLiteral("limit must be a positive number."), key("limit"));
        limit = std::min(limit, 1000);
    }
    QJsonArray results;
    for (const auto &[id, message] : data().all(kSystem, kMessages)) {
        if (results.size() >= limit)
            break;
        if (!bulkId.isEmpty() && message.value(key("bulkId")).toString() != bulkId)
            continue;
        if (!messageId.isEmpty() && id != messageId)
            continue;
        if (!to.isEmpty() && message.value(key("to")).toString() != to)
            continue;
        const QString group = message.value(key("status")).toObject().value(key("groupName")).toString();
        if (!generalStatus.isEmpty() && group != generalStatus)
            continue;
        // A delivery report exists once the message is done, and is handed out once.
        if (reports && (group == QLatin1String("PENDING") || message.value(key("reported")).toBool()))
            continue;
        QJsonObject out = message;
        out.remove(key("reported"));
        if (reports) {
            out.remove(key("text"));
            out.remove(key("from"));
            QJsonObject marked = message;
            marked.insert(key("reported"), true);
            data().put(kSystem, kMessages, id, marked);
        }
        results.append(out);
    }
    return Response::json(200, QJsonObject{{key("results"), results}});
}

} // namespace

std::unique_ptr<System> makeInfobip(SandboxData &data)
{
    return std::make_unique<InfobipSystem>(data);
}

} // namespace sb::sandbox
