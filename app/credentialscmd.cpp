#include "credentialscmd.h"
#include "clitext.h"

#include "common/paths.h"
#include "credentials/connectiontest.h"
#include "credentials/credentialstore.h"
#include "credentials/credentialtypes.h"
#include "credentials/headlesssecrets.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

namespace sb::cli {

namespace {

using namespace sb::credentials;

SecretSource fromString(const QString &s)
{
    for (SecretSource v : {SecretSource::Keychain, SecretSource::File, SecretSource::EnvironmentVariable, SecretSource::Sandbox})
        if (toString(v) == s)
            return v;
    return SecretSource::Missing;
}

int usage(const QString &message)
{
    err(message);
    err(tr("Usage: switchboard [--db PATH] credentials [--project P] [--json]\n"
           "       switchboard [--db PATH] credentials set NAME --env ENV [--type T] [--project P] FIELD=VALUE…  "
           "(VALUE \"-\" reads it from stdin)\n"
           "       switchboard [--db PATH] credentials test NAME --env ENV [--project P] [--json]\n"
           "       switchboard [--db PATH] credentials delete NAME [--env ENV] [--project P]\n"
           "       switchboard [--db PATH] credentials environment [ENV] --project P"));
    return 2;
}

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

// The project a command is about: --project by name, else the only project.
Result<qint64> projectOf(Store &store, const QString &name, bool required)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    if (!name.isEmpty()) {
        if (runQuery(q, QStringLiteral("SELECT id FROM projects WHERE name = ?"), {name}) && q.next())
            return q.value(0).toLongLong();
        return makeError(tr("There is no project \"%1\".").arg(name));
    }
    if (!runQuery(q, QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 2")))
        return makeError(tr("The store could not be read."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty())
        return makeError(tr("The store has no project; import one first (switchboard import FILE, or switchboard demo)."));
    if (required)
        return makeError(tr("The store has several projects; name one with --project."));
    return qint64(0);
}

// A credential by key or name, in --project or the only project (or unique across projects).
Result<CredentialRecord> findRecord(CredentialStore &credentials, Store &store, const QString &name, const QString &projectName)
{
    const Result<qint64> pid = projectOf(store, projectName, false);
    if (!pid)
        return pid.error();
    return credentials.find(pid.value(), name);
}

// The environments worth showing for a credential: the project's active one, then every
// one it has a body for.
QStringList environmentsOf(const CredentialRecord &r)
{
    QStringList envs = {r.projectEnvironment};
    for (const EnvironmentBody &b : r.bodies)
        if (!envs.contains(b.environment))
            envs << b.environment;
    return envs;
}

int list(CredentialStore &credentials, Store &store, const QString &projectName, bool json)
{
    const Result<qint64> pid = projectOf(store, projectName, false);
    if (!pid) {
        err(pid.error().message);
        return 1;
    }
    const auto records = credentials.list(pid.value());
    if (!records) {
        err(records.error().message);
        return 1;
    }
    if (Status file = checkSecretsFile(); !file)
        err(tr("warning: %1").arg(file.error().message));
    QJsonArray rows;
    for (const CredentialRecord &r : records.value()) {
        QJsonArray envs;
        for (const QString &env : environmentsOf(r)) {
            const EnvironmentBody *b = r.body(env);
            const SecretSource source = r.source(env);
            QJsonObject e{{QStringLiteral("environment"), env},
                          {QStringLiteral("active"), env == r.projectEnvironment},
                          {QStringLiteral("source"), toString(source)},
                          {QStringLiteral("secretMissing"), source == SecretSource::Missing},
                          {QStringLiteral("missingFields"), QJsonArray::fromStringList(r.missingFields(env))}};
            if (b) {
                e.insert(QStringLiteral("fields"), QJsonArray::fromStringList(b->settings.keys() + b->secretFields));
                e.insert(QStringLiteral("changedAt"), iso(b->changedAt));
                e.insert(QStringLiteral("lastUsedAt"), iso(b->lastUsedAt));
                e.insert(QStringLiteral("lastTestedAt"), iso(b->lastTestedAt));
                if (b->lastTestedAt > 0) {
                    e.insert(QStringLiteral("lastTestOk"), b->lastTestOk);
                    e.insert(QStringLiteral("lastTestResult"), b->lastTestResult);
                }
            }
            envs.append(e);
        }
        rows.append(QJsonObject{{QStringLiteral("project"), r.projectName},
                                {QStringLiteral("key"), r.key},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("type"), r.type},
                                {QStringLiteral("owner"), r.owner},
                                {QStringLiteral("jobs"), QJsonArray::fromStringList(r.jobs)},
                                {QStringLiteral("environment"), r.projectEnvironment},
                                {QStringLiteral("environments"), envs}});
    }
    if (json) {
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (rows.isEmpty()) {
        out(tr("No credentials."));
        return 0;
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        out(QStringLiteral("%1  [%2]  %3  (%4)  %5")
                .arg(r.value(QStringLiteral("key")).toString(), r.value(QStringLiteral("type")).toString(),
                     r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("project")).toString(),
                     QCoreApplication::translate("sb::cli", "used by %n job(s)", nullptr,
                                                 int(r.value(QStringLiteral("jobs")).toArray().size()))));
        for (const QJsonValue &ev : r.value(QStringLiteral("environments")).toArray()) {
            const QJsonObject e = ev.toObject();
            QString line = QStringLiteral("    %1%2: %3")
                               .arg(e.value(QStringLiteral("active")).toBool() ? QStringLiteral("* ") : QStringLiteral("  "),
                                    e.value(QStringLiteral("environment")).toString(),
                                    describe(fromString(e.value(QStringLiteral("source")).toString())));
            const QJsonArray missing = e.value(QStringLiteral("missingFields")).toArray();
            if (!missing.isEmpty()) {
                QStringList names;
                for (const QJsonValue &m : missing)
                    names << m.toString();
                line += tr(", incomplete: %1").arg(names.join(QStringLiteral(", ")));
            }
            if (!e.value(QStringLiteral("changedAt")).toString().isEmpty())
                line += tr(", changed %1").arg(e.value(QStringLiteral("changedAt")).toString());
            if (!e.value(QStringLiteral("lastUsedAt")).toString().isEmpty())
                line += tr(", last used %1").arg(e.value(QStringLiteral("lastUsedAt")).toString());
            if (e.contains(QStringLiteral("lastTestOk")))
                line += tr(", last test: %1").arg(e.value(QStringLiteral("lastTestResult")).toString());
            out(line);
        }
    }
    return 0;
}

int set(CredentialStore &credentials, Store &store, const QStringList &args, const QString &projectName,
        const QString &env, const QString &type, const QString &displayName, const QString &owner)
{
    if (args.isEmpty())
        return usage(tr("credentials set needs the credential's name."));
    if (env.isEmpty())
        return usage(tr("credentials set needs --env (production, staging, sandbox, …)."));
    const QString name = args.first();
    const Result<qint64> pid = projectOf(store, projectName, true);
    if (!pid) {
        err(pid.error().message);
        return 1;
    }
    // The credential's type decides how values parse (true/false, JSON headers).
    QString key = name;
    QString effectiveType = type;
    if (auto existing = credentials.find(pid.value(), name)) {
        key = existing->key;
        if (effectiveType.isEmpty())
            effectiveType = existing->type;
    } else if (effectiveType.isEmpty()) {
        return usage(tr("\"%1\" is a new credential: give its type with --type (%2).").arg(name, [] {
            QStringList ids;
            for (const CredentialType &t : credentialTypes())
                ids << t.id;
            return ids.join(QStringLiteral(", "));
        }()));
    }
    QJsonObject body;
    bool stdinUsed = false;
    for (int i = 1; i < args.size(); ++i) {
        const int eq = args[i].indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(tr("\"%1\" is not FIELD=VALUE.").arg(args[i]));
        const QString field = args[i].left(eq);
        QString value = args[i].mid(eq + 1);
        if (value == QLatin1String("-")) {
            if (stdinUsed)
                return usage(tr("Only one value can be read from stdin (\"-\")."));
            stdinUsed = true;
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                err(tr("Cannot read stdin."));
                return 1;
            }
            value = QString::fromUtf8(in.readAll());
            if (value.endsWith(QLatin1Char('\n')))
                value.chop(1);
            if (value.endsWith(QLatin1Char('\r')))
                value.chop(1);
        }
        QString problem;
        if (!parseFieldValue(effectiveType, field, value, &body, &problem))
            return usage(problem);
    }
    if (body.isEmpty())
        return usage(tr("credentials set needs at least one FIELD=VALUE."));
    BodyUpdate update;
    update.projectId = pid.value();
    update.key = key;
    update.name = displayName;
    update.type = type;
    update.owner = owner;
    update.environment = env;
    update.body = body;
    const Status s = credentials.setBody(update);
    if (!s) {
        err(s.error().message);
        return 1;
    }
    QStringList names = body.keys();
    out(tr("Saved %1 for %2: %3 (secrets in the keychain).").arg(key, env, names.join(QStringLiteral(", "))));
    return 0;
}

int test(CredentialStore &credentials, Store &store, const QStringList &args, const QString &projectName,
         const QString &envOption, bool json)
{
    if (args.size() != 1)
        return usage(tr("credentials test needs the credential's name."));
    const auto record = findRecord(credentials, store, args.first(), projectName);
    if (!record) {
        err(record.error().message);
        return 1;
    }
    const QString env = envOption.isEmpty() ? record->projectEnvironment : envOption;
    const Result<QJsonObject> body = credentials.loadBody(record->projectId, record->key, env);
    if (!body) {
        err(body.error().message);
        return 1;
    }
    const ConnectionResult result = testConnectionNow(record->type, body.value());
    if (Status recorded = credentials.recordTest(record->projectId, record->key, env, result.ok(), result.message); !recorded)
        err(tr("warning: the result could not be recorded: %1").arg(recorded.error().message));
    if (json) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("credential"), record->key},
                                                        {QStringLiteral("environment"), env},
                                                        {QStringLiteral("ok"), result.ok()},
                                                        {QStringLiteral("outcome"), toString(result.outcome)},
                                                        {QStringLiteral("message"), result.message},
                                                        {QStringLiteral("httpStatus"), result.httpStatus},
                                                        {QStringLiteral("durationMs"), result.durationMs}})
                                  .toJson(QJsonDocument::Compact)));
    } else if (result.ok()) {
        out(result.message);
    } else {
        err(result.message);
    }
    return result.ok() ? 0 : 1;
}

int remove(CredentialStore &credentials, Store &store, const QStringList &args, const QString &projectName, const QString &env)
{
    if (args.size() != 1)
        return usage(tr("credentials delete needs the credential's name."));
    const auto record = findRecord(credentials, store, args.first(), projectName);
    if (!record) {
        err(record.error().message);
        return 1;
    }
    const Status s = env.isEmpty() ? credentials.remove(record->projectId, record->key)
                                   : credentials.removeEnvironment(record->projectId, record->key, env);
    if (!s) {
        err(s.error().message);
        return 1;
    }
    if (env.isEmpty()) {
        out(tr("Deleted %1.").arg(record->key));
        if (!record->jobs.isEmpty())
            err(tr("warning: these jobs bind it and will fail until a credential \"%1\" exists again: %2")
                    .arg(record->key, record->jobs.join(QStringLiteral("; "))));
    } else {
        out(tr("Deleted the %1 secret of %2.").arg(env, record->key));
    }
    return 0;
}

int environment(CredentialStore &credentials, Store &store, const QStringList &args, const QString &projectName)
{
    const Result<qint64> pid = projectOf(store, projectName, true);
    if (!pid) {
        err(pid.error().message);
        return 1;
    }
    if (args.size() > 1)
        return usage(tr("credentials environment takes at most one environment."));
    if (!args.isEmpty()) {
        if (Status s = credentials.switchEnvironment(pid.value(), args.first()); !s) {
            err(s.error().message);
            return 1;
        }
    }
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    if (runQuery(q, QStringLiteral("SELECT environment FROM projects WHERE id = ?"), {pid.value()}) && q.next())
        out(q.value(0).toString());
    return 0;
}

} // namespace

int credentialsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption projectOption(QStringLiteral("project"), tr("Project name (needed when there are several)."),
                                           tr("NAME"));
    const QCommandLineOption envOption(QStringLiteral("env"), tr("Environment (production, staging, sandbox, …)."), tr("ENV"));
    const QCommandLineOption typeOption(QStringLiteral("type"), tr("Credential type (salesforce, commcare, …, raw)."), tr("T"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Display name of a new credential."), tr("TEXT"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), tr("Owner of the credential."), tr("WHO"));
    parser.addOptions({dbOption, jsonOption, projectOption, envOption, typeOption, nameOption, ownerOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("credentials"))
        positional.removeFirst();
    const QString sub = positional.isEmpty() ? QString() : positional.takeFirst();
    static const QStringList subs = {QString(), QStringLiteral("set"), QStringLiteral("test"), QStringLiteral("delete"),
                                     QStringLiteral("environment")};
    if (!subs.contains(sub))
        return usage(tr("Unknown credentials command \"%1\".").arg(sub));

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    Result<std::unique_ptr<Store>> store = Store::open(dbPath);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    CredentialStore credentials(*store.value());
    const QString project = parser.value(projectOption);
    if (sub.isEmpty())
        return positional.isEmpty() ? list(credentials, *store.value(), project, parser.isSet(jsonOption))
                                    : usage(tr("credentials takes no arguments; did you mean credentials set?"));
    if (sub == QLatin1String("set"))
        return set(credentials, *store.value(), positional, project, parser.value(envOption), parser.value(typeOption),
                   parser.value(nameOption), parser.value(ownerOption));
    if (sub == QLatin1String("test"))
        return test(credentials, *store.value(), positional, project, parser.value(envOption), parser.isSet(jsonOption));
    if (sub == QLatin1String("delete"))
        return remove(credentials, *store.value(), positional, project, parser.value(envOption));
    return environment(credentials, *store.value(), positional, project);
}

} // namespace sb::cli
