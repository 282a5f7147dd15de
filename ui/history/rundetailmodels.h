#pragma once

#include "history/historyquery.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace sb {

// The steps of one run, in the order they ran.
class StepsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Job, ExitReason, Duration, Error, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1, JobKeyRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setSteps(const QList<StepDetail> &steps);
    const QList<StepDetail> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StepDetail> m_steps;
};

// Log lines of a run (already filtered by level and text in core), paged by id.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Level, Step, Message, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void clear();
    void append(const QList<LogLineRow> &lines);
    void setStepNames(const QHash<qint64, QString> &names) { m_stepNames = names; }
    const QList<LogLineRow> &lines() const { return m_lines; }
    qint64 lastId() const { return m_lines.isEmpty() ? 0 : m_lines.constLast().id; }
    QString lineText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LogLineRow> m_lines;
    QHash<qint64, QString> m_stepNames;
};

// Paints a cell's text with every occurrence of a search term highlighted.
class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setTerm(const QString &term) { m_term = term; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_term;
};

} // namespace sb
