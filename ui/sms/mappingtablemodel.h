#pragma once

// The models of the Master Mapping Table editor: the table itself (cells, problem
// highlights, undoable edits), the thin filter the grid shows (group, search) and the list
// of problems the validator found.

#include "sms/smstable.h"
#include "sms/smsvalidate.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

class QUndoStack;

namespace sb {

enum class ProblemSeverity { None = 0, Information = 1, Warning = 2, Error = 3 };

// One cell change, in source coordinates (0-based row and column).
struct CellEdit
{
    int row = 0;
    int column = 0;
    QString text;
};

class MappingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawRole = Qt::UserRole + 1, // the cell text as stored
        SeverityRole,               // int(ProblemSeverity) of the worst problem in the cell
        ProblemsRole,               // QStringList: the messages of the cell's problems
    };

    explicit MappingTableModel(QObject *parent = nullptr);

    // Replaces the table (a load); validates it. Does not touch the undo stack.
    void setTable(const sms::SmsTable &table);
    const sms::SmsTable &table() const { return m_table; }

    // Edits through setData() and editCells() become undo steps on this stack.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }

    // One undo step for several cells (a paste, a clear); cells whose text does not change
    // are left out. Returns false when nothing changed.
    bool editCells(const QList<CellEdit> &edits, const QString &description);
    // Applies texts without an undo step (the undo commands call it). Revalidates once.
    void applyTexts(const QList<CellEdit> &edits);

    const QList<sms::Finding> &findings() const { return m_findings; }
    QList<sms::Finding> findingsAt(int row, int column) const;
    // The columns kept visible while scrolling horizontally: # Alert, Name, # SMS.
    QList<int> keyColumns() const;
    bool isLanguageColumn(int column) const;
    // The groups (Name values) in the sheet's order.
    QStringList groups() const;

    static ProblemSeverity severityOf(const QString &kind);
    static QColor severityColor(ProblemSeverity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // After every validation (a load or an edit).
    void validated();

private:
    void revalidate();
    QString tooltipFor(int row, int column) const;

    sms::SmsTable m_table;
    QList<sms::Finding> m_findings;
    QHash<quint64, QList<int>> m_byCell; // (row << 32 | column) → indexes into m_findings
    QList<bool> m_languageColumn;
    QUndoStack *m_undo = nullptr;
};

// The rows the grid shows: one group (empty: all) and a search over every cell. Matching
// cells are shown in bold.
class MappingTableFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MappingTableFilter(QObject *parent = nullptr);

    void setGroup(const QString &group);
    QString group() const { return m_group; }
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    bool cellMatches(const QModelIndex &sourceIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_group;
    QString m_search;
};

// The validator's findings as a list: kind (icon and name), row, column, message; one kind
// or all.
class MappingProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Row, ColumnName, Message, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit MappingProblemsModel(QObject *parent = nullptr);

    void setFindings(const QList<sms::Finding> &findings);
    void setKindFilter(const QString &kind); // empty: every kind
    QString kindFilter() const { return m_kind; }
    const sms::Finding &finding(int row) const { return m_shown.at(row); }
    int totalCount() const { return int(m_all.size()); }
    // Kinds present, most severe first, with their counts.
    QList<QPair<QString, int>> countsByKind() const;

    static QString kindLabel(const QString &kind);
    static QString kindLabelPlural(const QString &kind, int count);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<sms::Finding> m_all;
    QList<sms::Finding> m_shown;
    QString m_kind;
};

} // namespace sb
