#include "credentials/headlesssecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace sb::credentials {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::HeadlessSecrets)
};

QString normalize(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s.toUpper())
        out += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ? c
                                                                                                                     : QLatin1Char('_');
    return out;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), toJson(kv.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto &item : node)
            a.append(toJson(item));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const std::string s = node.Scalar();
        if (node.Tag() != "!") { // unquoted: true/false and numbers keep their type
            if (s == "true" || s == "false")
                return s == "true";
            bool ok = false;
            const double d = QString::fromStdString(s).toDouble(&ok);
            if (ok && !s.empty() && s.find_first_not_of("0123456789.-") == std::string::npos)
                return d;
        }
        return QString::fromStdString(s);
    }
    default:
        return QJsonValue();
    }
}

Result<QJsonObject> readFile(const QString &path)
{
    struct stat st{};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return makeError(Tr::tr("The secrets file %1 cannot be read: %2.").arg(path, QString::fromLocal8Bit(strerror(errno))));
    if (st.st_uid != ::geteuid())
        return makeError(Tr::tr("The secrets file %1 belongs to another user; it must belong to the user Switchboard runs "
                                "as (chown it to that user).").arg(path));
    if ((st.st_mode & 077) != 0)
        return makeError(Tr::tr("The secrets file %1 can be read by other users (mode %2); Switchboard refuses it. Run "
                                "`chmod 600 %1`.").arg(path, QString::number(st.st_mode & 0777, 8)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The secrets file %1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (root.IsNull())
            return QJsonObject();
        if (!root.IsMap())
            return makeError(Tr::tr("The secrets file %1 must map credential keys to environments to fields.").arg(path));
        const QJsonObject o = toJson(root).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isObject())
                return makeError(Tr::tr("In the secrets file %1, “%2” must map environments to fields.").arg(path, it.key()));
            const QJsonObject envs = it.value().toObject();
            for (auto e = envs.begin(); e != envs.end(); ++e)
                if (!e.value().isObject())
                    return makeError(Tr::tr("In the secrets file %1, “%2” → “%3” must be a mapping of fields to values.")
                                         .arg(path, it.key(), e.key()));
        }
        return o;
    } catch (const YAML::Exception &e) {
        // The parser's message may quote the line; it is the administrator's own file.
        return makeError(Tr::tr("The secrets file %1 is not valid YAML (line %2, column %3).")
                             .arg(path)
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1));
    }
}

// Parsed once and kept while the file's identity, size, time stamp, owner and mode stay the
// same (steps look secrets up at every start); a change of content or permissions counts
// at the next lookup.
Result<QJsonObject> fileContent(const QString &path)
{
    struct Cached
    {
        QString path;
        struct stat st{};
        std::optional<Result<QJsonObject>> content;
    };
    static QMutex mutex;
    static Cached cached;
    QMutexLocker lock(&mutex);
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return readFile(path); // gives the error
    const bool same = cached.content && cached.path == path && cached.st.st_ino == st.st_ino
        && cached.st.st_dev == st.st_dev && cached.st.st_size == st.st_size && cached.st.st_mode == st.st_mode
        && cached.st.st_uid == st.st_uid && cached.st.st_mtim.tv_sec == st.st_mtim.tv_sec
        && cached.st.st_mtim.tv_nsec == st.st_mtim.tv_nsec && cached.st.st_ctim.tv_sec == st.st_ctim.tv_sec
        && cached.st.st_ctim.tv_nsec == st.st_ctim.tv_nsec;
    if (!same) {
        cached.path = path;
        cached.st = st;
        cached.content = readFile(path);
    }
    return *cached.content;
}

} // namespace

QString environmentVariableName(const QString &key, const QString &environment)
{
    return QStringLiteral("SWITCHBOARD_CREDENTIAL__") + normalize(key) + QStringLiteral("__") + normalize(environment);
}

QString secretsFilePath()
{
    const QString explicitPath = qEnvironmentVariable("SWITCHBOARD_SECRETS_FILE");
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("Switchboard/secrets.yaml"));
    return QFileInfo::exists(path) ? path : QString();
}

Status checkSecretsFile()
{
    const QString path = secretsFilePath();
    if (path.isEmpty())
        return Ok{};
    if (auto content = fileContent(path); !content)
        return content.error();
    return Ok{};
}

std::optional<Result<HeadlessBody>> headlessBody(const QString &projectName, const QString &key, const QString &environment)
{
    const QString var = environmentVariableName(key, environment);
    if (qEnvironmentVariableIsSet(var.toLatin1().constData())) {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(qgetenv(var.toLatin1().constData()), &e);
        if (e.error != QJsonParseError::NoError || !d.isObject())
            return Result<HeadlessBody>(makeError(
                Tr::tr("The environment variable %1 must hold the credential as a JSON object, such as "
                       "{\"username\": \"…\", \"password\": \"…\"}.").arg(var)));
        return Result<HeadlessBody>(HeadlessBody{HeadlessOrigin::EnvironmentVariable, d.object()});
    }
    const QString path = secretsFilePath();
    if (path.isEmpty())
        return std::nullopt;
    const Result<QJsonObject> content = fileContent(path);
    if (!content)
        return Result<HeadlessBody>(content.error());
    for (const QString &name : {QString(projectName + QLatin1Char('/') + key), key}) {
        const QJsonValue envs = content->value(name);
        if (envs.isObject() && envs.toObject().value(environment).isObject())
            return Result<HeadlessBody>(HeadlessBody{HeadlessOrigin::File, envs.toObject().value(environment).toObject()});
    }
    return std::nullopt;
}

} // namespace sb::credentials
