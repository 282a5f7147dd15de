#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sb {

// The next fire times of a cron trigger, in UTC and in the computer's local time.
class NextFiresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Utc, Local, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    explicit NextFiresModel(QObject *parent = nullptr);

    void setFireTimes(const QList<QDateTime> &times);
    QList<QDateTime> fireTimes() const { return m_times; }

    // "Mon 2024-05-06 06:00 UTC" and the same instant in local time with its zone.
    static QString formatUtc(const QDateTime &time);
    static QString formatLocal(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QDateTime> m_times;
};

} // namespace sb
