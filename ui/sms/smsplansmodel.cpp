#include "sms/smsplansmodel.h"

#include "main/messagebanner.h"

#include <QFont>
#include <QTimeZone>

#include <cstdlib>
#include <limits>

namespace sb {

namespace {

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3").arg(sign).arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

QString machineTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

// ---- contacts

SmsPlanContactsModel::SmsPlanContactsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SmsPlanContactsModel::setRows(QList<sms::ContactPlanSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SmsPlanContactsModel::rowOfContact(const QString &contactId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).contactId == contactId)
            return i;
    return -1;
}

int SmsPlanContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SmsPlanContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SmsPlanContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sms::ContactPlanSummary &r = m_rows.at(index.row());
    const int col = index.column();
    if (col >= Planned && col <= Skipped) {
        const int n = r.counts[std::size_t(col - Planned)];
        switch (role) {
        case Qt::DisplayRole:
            return n == 0 ? QString() : QString::number(n);
        case RawRole:
            return n;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return SmsPlanMessagesModel::stateColor(sms::MessageState(col - Planned));
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole) {
        switch (col) {
        case Contact:
            return r.contactId;
        case Name:
            return r.contactName;
        case Clinic:
            return r.clinic;
        case NextSend:
            if (role == RawRole)
                return r.nextSendUtc.isValid() ? r.nextSendUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            if (role == Qt::ToolTipRole)
                return r.nextSendUtc.isValid()
                           ? tr("%1 on this computer, %2 UTC")
                                 .arg(machineTime(r.nextSendUtc), r.nextSendUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("Nothing scheduled ahead");
            return machineTime(r.nextSendUtc);
        case Updated:
            if (role == RawRole)
                return r.updatedAt.toMSecsSinceEpoch();
            return machineTime(r.updatedAt);
        default:
            return {};
        }
    }
    return {};
}

QVariant SmsPlanContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Contact:
            return tr("CommCare_Case_ID__c, else the Salesforce Id");
        case NextSend:
            return tr("The earliest scheduled message still ahead, in this computer's time");
        case Updated:
            return tr("When the scheduler last wrote this contact's plan");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Contact:
        return tr("Contact");
    case Name:
        return tr("Name");
    case Clinic:
        return tr("Clinic");
    case Planned:
        return sms::stateTitle(sms::MessageState::Planned);
    case Scheduled:
        return sms::stateTitle(sms::MessageState::Scheduled);
    case Sent:
        return sms::stateTitle(sms::MessageState::Sent);
    case Cancelled:
        return sms::stateTitle(sms::MessageState::Cancelled);
    case Skipped:
        return sms::stateTitle(sms::MessageState::Skipped);
    case NextSend:
        return tr("Next send");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

// ---- messages

SmsPlanMessagesModel::SmsPlanMessagesModel(QObject *parent) : QAbstractTableModel(parent) {}

void SmsPlanMessagesModel::setPlan(sms::ContactPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

const sms::PlannedMessage *SmsPlanMessagesModel::message(int row) const
{
    return row >= 0 && row < m_plan.messages.size() ? &m_plan.messages.at(row) : nullptr;
}

int SmsPlanMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.messages.size());
}

int SmsPlanMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor SmsPlanMessagesModel::stateColor(sms::MessageState state)
{
    switch (state) {
    case sms::MessageState::Planned:
        return QColor(0x6b, 0x72, 0x80);
    case sms::MessageState::Scheduled:
        return MessageBanner::accentColor(MessageLevel::Information);
    case sms::MessageState::Sent:
        return MessageBanner::accentColor(MessageLevel::Positive);
    case sms::MessageState::Cancelled:
        return MessageBanner::accentColor(MessageLevel::Warning);
    case sms::MessageState::Skipped:
        return MessageBanner::accentColor(MessageLevel::Error);
    }
    return {};
}

QString SmsPlanMessagesModel::localText(const sms::PlannedMessage &m)
{
    if (!m.sendAtUtc.isValid())
        return {};
    const QTimeZone zone(m.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? m.sendAtUtc.toTimeZone(zone)
                                           : (m.sendAtLocal.isValid() ? m.sendAtLocal : m.sendAtUtc);
    return QStringLiteral("%1 %2 %3")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), offsetText(local.offsetFromUtc()), m.timeZone)
        .trimmed();
}

QString SmsPlanMessagesModel::utcText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QVariant SmsPlanMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sms::PlannedMessage &m = m_plan.messages.at(index.row());
    const int col = index.column();
    if (role == Qt::ForegroundRole && col == State)
        return stateColor(m.state);
    if (role == Qt::FontRole && col == State) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && col == Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (col == Text)
            return m.text;
        if (col == Reason)
            return m.reason;
        if (col == BulkId)
            return m.bulkId;
        return {};
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (col) {
    case Group:
        return m.group;
    case Row:
        return role == RawRole ? QVariant(m.row) : QVariant(QString::number(m.row));
    case BulkId:
        return m.bulkId;
    case State:
        return role == RawRole ? QVariant(int(m.state)) : QVariant(sms::stateTitle(m.state));
    case SendLocal:
        return role == RawRole ? QVariant(m.sendAtUtc.isValid() ? m.sendAtUtc.toMSecsSinceEpoch() : 0) : QVariant(localText(m));
    case SendUtc:
        return role == RawRole ? QVariant(m.sendAtUtc.isValid() ? m.sendAtUtc.toMSecsSinceEpoch() : 0)
                               : QVariant(utcText(m.sendAtUtc));
    case Language:
        return m.language;
    case Reason:
        return oneLine(m.reason);
    case Text:
        return oneLine(m.text);
    default:
        return {};
    }
}

QVariant SmsPlanMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Row:
        return tr("Row");
    case BulkId:
        return tr("bulkId");
    case State:
        return tr("State");
    case SendLocal:
        return tr("Send at (local)");
    case SendUtc:
        return tr("Send at (UTC)");
    case Language:
        return tr("Language");
    case Reason:
        return tr("Reason");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace sb
