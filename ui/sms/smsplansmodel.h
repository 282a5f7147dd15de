#pragma once

#include "sms/smsplan.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace sb {

// The contacts with a plan (SmsPlanStore::contacts): one row each with its counts by state.
class SmsPlanContactsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Contact, Name, Clinic, Planned, Scheduled, Sent, Cancelled, Skipped, NextSend, Updated, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1; // sortable value

    explicit SmsPlanContactsModel(QObject *parent = nullptr);

    void setRows(QList<sms::ContactPlanSummary> rows);
    const QList<sms::ContactPlanSummary> &rows() const { return m_rows; }
    int rowOfContact(const QString &contactId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sms::ContactPlanSummary> m_rows;
};

// One contact's messages (SmsPlanStore::load), in table order.
class SmsPlanMessagesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Row, BulkId, State, SendLocal, SendUtc, Language, Reason, Text, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit SmsPlanMessagesModel(QObject *parent = nullptr);

    void setPlan(sms::ContactPlan plan);
    const sms::ContactPlan &plan() const { return m_plan; }
    const sms::PlannedMessage *message(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour a state is shown in (also the detail pane's).
    static QColor stateColor(sms::MessageState state);
    // "2026-03-03 11:00 +08:00 Asia/Manila" (the message's own zone), "" when no time.
    static QString localText(const sms::PlannedMessage &m);
    static QString utcText(const QDateTime &utc);

private:
    sms::ContactPlan m_plan;
};

} // namespace sb
