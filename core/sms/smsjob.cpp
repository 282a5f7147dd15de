#include "sms/smsjob.h"

#include "sms/smsplan.h"
#include "sms/smsrun.h"
#include "sms/smsscheduler.h"
#include "sms/smstable.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsJob)
};

std::mutex g_mutex;
Store *g_store = nullptr;

QByteArray failure(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void setJobStore(Store *store)
{
    std::lock_guard lock(g_mutex);
    g_store = store;
}

Store *jobStore()
{
    std::lock_guard lock(g_mutex);
    return g_store;
}

Result<std::shared_ptr<const SmsPlanner>> publishedPlanner(Store &store, const QString &tableName, int *version)
{
    SmsTableStore tables(store);
    const Result<int> current = tables.currentVersion(tableName);
    if (!current)
        return current.error();
    if (current.value() == 0)
        return makeError(Tr::tr("The SMS table “%1” has no published version; import the sheet and publish it "
                                "(SMS page, or `switchboard sms import FILE --table \"%1\" --publish`).")
                             .arg(tableName));
    const Result<SmsTable> table = tables.load(tableName, current.value());
    if (!table)
        return table.error();
    const Result<QList<Country>> countries = SmsSettingsStore(store).countries();
    if (!countries)
        return countries.error();
    if (version)
        *version = current.value();
    return std::shared_ptr<const SmsPlanner>(std::make_shared<SmsPlanner>(table.value(), countries.value()));
}

QByteArray runForJob(const QByteArray &requestBytes, const std::atomic<bool> &cancel)
{
    const QJsonObject request = QJsonDocument::fromJson(requestBytes).object();
    Store *store = jobStore();
    if (!store)
        return failure(Tr::tr("The sms adaptor needs Switchboard's store (the published Master Mapping Table); "
                              "run the job in the engine, or with run-job --db PATH."));
    const QString tableName = request.value(QStringLiteral("table")).toString(QString::fromLatin1(kDefaultTableName));
    int version = 0;
    const Result<std::shared_ptr<const SmsPlanner>> planned = publishedPlanner(*store, tableName, &version);
    if (!planned)
        return failure(planned.error().message);

    const QJsonValue contactsValue = request.value(QStringLiteral("contacts"));
    if (!contactsValue.isArray())
        return failure(Tr::tr("scheduleSms needs a list of Salesforce contacts (an array, or a query result with records)."));
    const Result<QList<QJsonObject>> contacts =
        contactsFromJson(QJsonDocument(contactsValue.toArray()).toJson(QJsonDocument::Compact), Tr::tr("the contacts"));
    if (!contacts)
        return failure(contacts.error().message);

    QDateTime now = QDateTime::currentDateTimeUtc();
    if (const QString t = request.value(QStringLiteral("now")).toString(); !t.isEmpty()) {
        now = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!now.isValid())
            return failure(Tr::tr("now “%1” is not an ISO 8601 date-time.").arg(t));
        now = now.toUTC();
    }
    RunOptions options;
    options.dryRun = request.value(QStringLiteral("dryRun")).toBool(false);
    options.concurrency = request.value(QStringLiteral("concurrency")).toInt(8);
    options.adoptExisting = request.value(QStringLiteral("adoptExisting")).toBool(true);
    options.cancel = &cancel;
    const QJsonObject config = request.value(QStringLiteral("configuration")).toObject();
    InfobipAccount account;
    account.baseUrl = config.value(QStringLiteral("baseUrl")).toString();
    account.apiKey = config.value(QStringLiteral("apiKey")).toString();
    account.verifyTls = config.value(QStringLiteral("verifyTls")).toBool(true);
    if (!options.dryRun && (account.baseUrl.isEmpty() || account.apiKey.isEmpty()))
        return failure(Tr::tr("state.configuration needs the Infobip credential's baseUrl and apiKey; give the job "
                              "an Infobip credential (or use dryRun)."));

    const SmsPlanner &planner = *planned.value();
    SmsPlanStore plans(*store);
    RunReport report = runScheduler(planner, contacts.value(), now, account, &plans, options);
    const RunCounts &n = report.counts;
    QJsonObject answer{{QStringLiteral("ok"), true},
                       {QStringLiteral("table"), tableName},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("counts"),
                        QJsonObject{{QStringLiteral("contacts"), n.contacts},   {QStringLiteral("due"), n.due},
                                    {QStringLiteral("later"), n.later},         {QStringLiteral("skipped"), n.skipped},
                                    {QStringLiteral("cancelCandidates"), n.cancelCandidates},
                                    {QStringLiteral("lookups"), n.lookups},     {QStringLiteral("scheduled"), n.scheduled},
                                    {QStringLiteral("rescheduled"), n.rescheduled}, {QStringLiteral("cancelled"), n.cancelled},
                                    {QStringLiteral("unchanged"), n.unchanged}, {QStringLiteral("failed"), n.failed},
                                    {QStringLiteral("writes"), n.writes()}}},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings.mid(0, 100))},
                       {QStringLiteral("planMs"), report.planMs},
                       {QStringLiteral("infobipMs"), report.infobipMs}};
    if (options.dryRun)
        answer.insert(QStringLiteral("plan"), planJson(planner, contacts.value(), report.decisions));
    if (cancel.load())
        answer.insert(QStringLiteral("cancelled"), true);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace sb::sms
