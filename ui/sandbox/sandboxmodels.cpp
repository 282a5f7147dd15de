#include "sandboxmodels.h"

#include "inbox/messagequery.h"
#include "main/messagebanner.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// Longest cell text shown; the tooltip has more, the detail pane all of it.
constexpr qsizetype kMaxCellChars = 300;
constexpr qsizetype kMaxTooltipChars = 2000;
// Longest body shown in the request detail.
constexpr qsizetype kMaxBodyChars = 512 * 1024;

QString elided(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max) + QChar(0x2026);
}

QJsonValue redactedJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSandboxSecretName(it.key()) && !it.value().isObject() && !it.value().isArray())
                it.value() = QString::fromLatin1(kSandboxRedacted);
            else
                it.value() = redactedJson(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactedJson(*it);
        return a;
    }
    return value;
}

// "a=1&password=…" decoded, secret values replaced; empty when `text` does not look like
// form parameters.
QString redactedForm(const QString &text)
{
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char(' '))
        || !text.contains(QLatin1Char('=')))
        return {};
    QStringList parts;
    for (const QString &pair : text.split(QLatin1Char('&'))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString name = pair.left(eq < 0 ? pair.size() : eq);
        QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        name.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        name = QUrl::fromPercentEncoding(name.toUtf8());
        value = QUrl::fromPercentEncoding(value.toUtf8());
        if (isSandboxSecretName(name))
            value = QString::fromLatin1(kSandboxRedacted);
        parts << (eq < 0 ? name : name + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1Char('&'));
}

bool sameRequest(const sandbox::RecordedRequest &a, const sandbox::RecordedRequest &b)
{
    return a.at == b.at && a.status == b.status && a.method == b.method && a.path == b.path && a.query == b.query
           && a.body.size() == b.body.size() && a.headers.size() == b.headers.size() && a.body == b.body;
}

} // namespace

bool isSandboxSecretName(const QString &name)
{
    const QString lower = name.toLower();
    // devise_token_auth (OSCaR) sends its token in three headers; "client" is one of them.
    return isSecretHeaderName(lower) || lower == QLatin1String("client");
}

QString redactedQuery(const QString &encodedQuery)
{
    if (encodedQuery.isEmpty())
        return {};
    const QString form = redactedForm(encodedQuery);
    return form.isEmpty() ? QUrl::fromPercentEncoding(encodedQuery.toUtf8()) : form;
}

QString readableBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue redacted = redactedJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        const QJsonDocument shown = redacted.isObject() ? QJsonDocument(redacted.toObject())
                                                        : QJsonDocument(redacted.toArray());
        return elided(QString::fromUtf8(shown.toJson(QJsonDocument::Indented)), kMaxBodyChars);
    }
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(body);
    if (decode.hasError() || text.contains(QChar(0)))
        return QCoreApplication::translate("sb::SandboxRequestsModel", "(%1 bytes of binary data)")
            .arg(QLocale().toString(body.size()));
    const QString form = redactedForm(text.trimmed());
    return elided(form.isEmpty() ? text : form, kMaxBodyChars);
}

QString faultKindLabel(sandbox::FaultKind kind)
{
    switch (kind) {
    case sandbox::FaultKind::None:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "None: answer normally");
    case sandbox::FaultKind::TooManyRequests:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "429 Too many requests");
    case sandbox::FaultKind::ServerError:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "500 Server error");
    case sandbox::FaultKind::Timeout:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "Timeout: no answer");
    }
    return {};
}

QString faultSummary(const sandbox::Fault &fault)
{
    if (fault.kind == sandbox::FaultKind::None || fault.remaining <= 0)
        return QCoreApplication::translate("sb::SandboxSystemsModel", "off");
    switch (fault.kind) {
    case sandbox::FaultKind::TooManyRequests:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "429 × %n", nullptr, fault.remaining);
    case sandbox::FaultKind::ServerError:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "500 × %n", nullptr, fault.remaining);
    case sandbox::FaultKind::Timeout:
        return QCoreApplication::translate("sb::SandboxSystemsModel", "timeout × %n", nullptr, fault.remaining);
    case sandbox::FaultKind::None:
        break;
    }
    return {};
}

// ---- Systems --------------------------------------------------------------------------

void SandboxSystemsModel::setSystems(const QList<sandbox::SystemInfo> &systems)
{
    beginResetModel();
    m_rows.clear();
    for (const sandbox::SystemInfo &info : systems) {
        Row row;
        row.info = info;
        m_rows.append(row);
    }
    endResetModel();
}

void SandboxSystemsModel::setState(const QString &id, int requests, const sandbox::Fault &fault)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    const bool faultChanged = r.fault.kind != fault.kind || r.fault.remaining != fault.remaining;
    if (r.requests == requests && !faultChanged)
        return;
    r.requests = requests;
    r.fault = fault;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SandboxSystemsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.id == id)
            return i;
    }
    return -1;
}

int SandboxSystemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SandboxSystemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxSystemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool faulty = r.fault.kind != sandbox::FaultKind::None && r.fault.remaining > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return r.info.title;
        case Url: return r.info.url;
        case Requests: return QLocale().toString(r.requests);
        case Fault: return faultSummary(r.fault);
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Title: return r.info.title;
        case Url: return r.info.url;
        case Requests: return r.requests;
        case Fault: return faulty ? r.fault.remaining : 0;
        }
        break;
    case IdRole:
        return r.info.id;
    case Qt::ToolTipRole:
        if (index.column() == Fault)
            return faulty ? tr("The next %n call(s) fail: %1", nullptr, r.fault.remaining).arg(faultKindLabel(r.fault.kind))
                          : tr("Every call is answered normally.");
        if (index.column() == Requests)
            return tr("Requests this system answered since the console started");
        return tr("%1 at %2\nLogin: %3").arg(r.info.title, r.info.url, r.info.loginHint);
    case Qt::ForegroundRole:
        if (index.column() == Fault)
            return faulty ? QVariant(MessageBanner::accentColor(MessageLevel::Warning))
                          : QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText));
        if (index.column() == Url)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Requests)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SandboxSystemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("System");
    case Url: return tr("URL");
    case Requests: return tr("Requests");
    case Fault: return tr("Fault");
    }
    return {};
}

// ---- Records --------------------------------------------------------------------------

QString SandboxRecordsModel::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Undefined: return {};
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::abs(d) < 9.0e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool SandboxRecordsModel::setRecords(const QList<QPair<QString, QJsonObject>> &records)
{
    QStringList fields;
    QStringList keys;
    QList<QJsonObject> values;
    keys.reserve(records.size());
    values.reserve(records.size());
    {
        QSet<QString> seen;
        for (const auto &[key, record] : records) {
            keys << key;
            values << record;
            for (auto it = record.begin(); it != record.end(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    fields << it.key();
                }
            }
        }
    }

    // In place when the columns only grew at the end and the rows that stay keep their
    // order (removed anywhere, new ones appended): what adds, edits and deletes do.
    const bool columnsKept = fields.size() >= m_fields.size() && fields.mid(0, m_fields.size()) == m_fields;
    const QSet<QString> keySet(keys.cbegin(), keys.cend());
    QStringList surviving;
    for (const QString &k : std::as_const(m_keys)) {
        if (keySet.contains(k))
            surviving << k;
    }
    const bool rowsKept = keys.mid(0, surviving.size()) == surviving;
    if (!columnsKept || !rowsKept) {
        beginResetModel();
        m_fields = fields;
        m_keys = keys;
        m_records = values;
        endResetModel();
        return true;
    }

    if (fields.size() > m_fields.size()) {
        beginInsertColumns({}, 1 + int(m_fields.size()), int(fields.size()));
        m_fields = fields;
        endInsertColumns();
    }
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        if (!keySet.contains(m_keys.at(row))) {
            beginRemoveRows({}, row, row);
            m_keys.removeAt(row);
            m_records.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_records.at(row) != values.at(row)) {
            m_records[row] = values.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    if (keys.size() > m_keys.size()) {
        beginInsertRows({}, int(m_keys.size()), int(keys.size()) - 1);
        m_records.append(values.mid(m_keys.size()));
        m_keys = keys;
        endInsertRows();
    }
    return false;
}

void SandboxRecordsModel::clear()
{
    beginResetModel();
    m_keys.clear();
    m_records.clear();
    m_fields.clear();
    endResetModel();
}

int SandboxRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int SandboxRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_fields.size());
}

QVariant SandboxRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QJsonValue value = index.column() == kKeyColumn ? QJsonValue(m_keys.at(row))
                                                           : m_records.at(row).value(m_fields.at(index.column() - 1));
    switch (role) {
    case Qt::DisplayRole: {
        QString text = elided(cellText(value), kMaxCellChars);
        text.replace(QLatin1Char('\n'), QChar(0x23CE));
        return text;
    }
    case Qt::ToolTipRole: {
        if (value.isUndefined())
            return tr("This record has no “%1”.").arg(m_fields.at(index.column() - 1));
        const QString text = cellText(value);
        return text.size() > kMaxCellChars || value.isObject() || value.isArray() ? elided(text, kMaxTooltipChars)
                                                                                  : QVariant();
    }
    case Qt::ForegroundRole:
        if (value.isNull() || value.isUndefined())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::TextAlignmentRole:
        if (value.isDouble())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KeyRole:
        return m_keys.at(row);
    case RawRole:
        return value.toVariant();
    default:
        break;
    }
    return {};
}

QVariant SandboxRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == kKeyColumn ? tr("Key") : m_fields.at(section - 1);
    if (role == Qt::ToolTipRole && section == kKeyColumn)
        return tr("The key the sandbox stores the record under (unique in the collection)");
    return {};
}

// ---- Requests -------------------------------------------------------------------------

QString SandboxRequestsModel::target(const sandbox::RecordedRequest &request)
{
    return request.query.isEmpty() ? request.path : request.path + QLatin1Char('?') + redactedQuery(request.query);
}

QString SandboxRequestsModel::statusText(int status)
{
    return status == 0 ? tr("no answer (timeout fault)") : QString::number(status);
}

bool SandboxRequestsModel::setRequests(const QList<sandbox::RecordedRequest> &requests)
{
    if (m_requests.isEmpty() && requests.isEmpty())
        return false;
    // The sandbox appends new requests and forgets the oldest: find where the newest one
    // shown is now.
    qsizetype at = -1;
    if (!m_requests.isEmpty()) {
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            if (sameRequest(requests.at(i), m_requests.last())) {
                at = i;
                break;
            }
        }
    }
    const qsizetype dropped = m_requests.size() - (at + 1);
    if (m_requests.isEmpty()) {
        beginInsertRows({}, 0, int(requests.size()) - 1);
        m_requests = requests;
        endInsertRows();
        Q_EMIT rowsPrepended(int(requests.size()));
        return false;
    }
    if (at < 0 || dropped < 0 || !sameRequest(requests.first(), m_requests.at(dropped))) {
        beginResetModel();
        m_requests = requests;
        endResetModel();
        return true;
    }
    if (dropped > 0) {
        // The oldest are the bottom rows.
        beginRemoveRows({}, int(m_requests.size() - dropped), int(m_requests.size()) - 1);
        m_requests.remove(0, dropped);
        endRemoveRows();
    }
    const qsizetype added = requests.size() - 1 - at;
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_requests.append(requests.mid(at + 1));
        endInsertRows();
        Q_EMIT rowsPrepended(int(added));
    }
    return false;
}

void SandboxRequestsModel::clear()
{
    beginResetModel();
    m_requests.clear();
    endResetModel();
}

int SandboxRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int SandboxRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sandbox::RecordedRequest &r = requestAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return r.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method: return QString::fromLatin1(r.method);
        case Path: return elided(target(r), kMaxCellChars);
        case Status: return statusText(r.status);
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Time: return r.at;
        case Method: return QString::fromLatin1(r.method);
        case Path: return target(r);
        case Status: return r.status;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(r.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Path)
            return elided(target(r), kMaxTooltipChars);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status && (r.status == 0 || r.status >= 500))
            return MessageBanner::accentColor(MessageLevel::Error);
        if (index.column() == Status && r.status >= 400)
            return MessageBanner::accentColor(MessageLevel::Warning);
        break;
    default:
        break;
    }
    return {};
}

QVariant SandboxRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace sb
