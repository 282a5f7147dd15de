#include "sms/mappingtablemodel.h"

#include "main/icons.h"
#include "main/messagebanner.h"

#include <QFont>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace sb {

using sms::Finding;
using sms::SmsTable;

namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

// The kinds, most severe first (the order of the counts and of the kind filter).
const QList<QString> &kindOrder()
{
    static const QList<QString> order{
        QLatin1String(sms::kUnbalancedBraces),   QLatin1String(sms::kUnknownPlaceholder),
        QLatin1String(sms::kBadBulkIdTemplate),  QLatin1String(sms::kDuplicateBulkId),
        QLatin1String(sms::kBadNumber),          QLatin1String(sms::kMissingTranslation),
        QLatin1String(sms::kMultiSegment),
    };
    return order;
}

int kindRank(const QString &kind)
{
    const int i = int(kindOrder().indexOf(kind));
    return i < 0 ? int(kindOrder().size()) : i;
}

// One undo step: the cells' texts before and after.
class CellEditCommand final : public QUndoCommand
{
public:
    CellEditCommand(MappingTableModel *model, QList<CellEdit> before, QList<CellEdit> after, const QString &text)
        : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_model->applyTexts(m_before); }
    void redo() override { m_model->applyTexts(m_after); }

private:
    MappingTableModel *m_model;
    QList<CellEdit> m_before;
    QList<CellEdit> m_after;
};

} // namespace

// --- MappingTableModel ---------------------------------------------------------------

MappingTableModel::MappingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MappingTableModel::setTable(const SmsTable &table)
{
    beginResetModel();
    m_table = table;
    m_languageColumn.clear();
    for (const QString &c : m_table.columns)
        m_languageColumn << !sms::languageColumn(c).isEmpty();
    m_findings = sms::validateTable(m_table);
    m_byCell.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        m_byCell[cellKey(f.row - 1, m_table.columnIndex(f.column))] << i;
    }
    endResetModel();
    Q_EMIT validated();
}

bool MappingTableModel::editCells(const QList<CellEdit> &edits, const QString &description)
{
    QList<CellEdit> before;
    QList<CellEdit> after;
    for (const CellEdit &e : edits) {
        if (e.row < 0 || e.row >= m_table.rows.size() || e.column < 0 || e.column >= m_table.columns.size())
            continue;
        const QString old = m_table.rows.at(e.row).value(e.column);
        if (old == e.text)
            continue;
        before << CellEdit{e.row, e.column, old};
        after << e;
    }
    if (after.isEmpty())
        return false;
    if (m_undo)
        m_undo->push(new CellEditCommand(this, before, after, description)); // push() applies it
    else
        applyTexts(after);
    return true;
}

void MappingTableModel::applyTexts(const QList<CellEdit> &edits)
{
    for (const CellEdit &e : edits) {
        if (e.row < 0 || e.row >= m_table.rows.size() || e.column < 0 || e.column >= m_table.columns.size())
            continue;
        QStringList &row = m_table.rows[e.row];
        while (row.size() < m_table.columns.size())
            row << QString();
        row[e.column] = e.text;
        const QModelIndex i = index(e.row, e.column);
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole, RawRole});
    }
    revalidate();
}

void MappingTableModel::revalidate()
{
    // The whole sheet validates in a few milliseconds: simpler and safer than tracking
    // which rows a change can affect (duplicate bulkIds span rows).
    m_findings = sms::validateTable(m_table);
    m_byCell.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        m_byCell[cellKey(f.row - 1, m_table.columnIndex(f.column))] << i;
    }
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole, ProblemsRole});
    Q_EMIT validated();
}

QList<Finding> MappingTableModel::findingsAt(int row, int column) const
{
    QList<Finding> out;
    for (int i : m_byCell.value(cellKey(row, column)))
        out << m_findings.at(i);
    return out;
}

QList<int> MappingTableModel::keyColumns() const
{
    QList<int> out;
    for (const char *name : {sms::kColumnAlert, sms::kColumnName, sms::kColumnSms}) {
        const int c = m_table.columnIndex(QLatin1String(name));
        if (c >= 0)
            out << c;
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool MappingTableModel::isLanguageColumn(int column) const
{
    return m_languageColumn.value(column, false);
}

QStringList MappingTableModel::groups() const
{
    QStringList out;
    const int c = m_table.columnIndex(QLatin1String(sms::kColumnName));
    if (c < 0)
        return out;
    for (const QStringList &row : m_table.rows) {
        const QString g = row.value(c).trimmed();
        if (!g.isEmpty() && !out.contains(g))
            out << g;
    }
    return out;
}

ProblemSeverity MappingTableModel::severityOf(const QString &kind)
{
    if (kind == QLatin1String(sms::kMultiSegment))
        return ProblemSeverity::Information;
    if (kind == QLatin1String(sms::kMissingTranslation))
        return ProblemSeverity::Warning;
    return ProblemSeverity::Error;
}

QColor MappingTableModel::severityColor(ProblemSeverity severity)
{
    switch (severity) {
    case ProblemSeverity::Error: return MessageBanner::accentColor(MessageLevel::Error);
    case ProblemSeverity::Warning: return MessageBanner::accentColor(MessageLevel::Warning);
    case ProblemSeverity::Information: return MessageBanner::accentColor(MessageLevel::Information);
    case ProblemSeverity::None: break;
    }
    return QColor();
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString MappingTableModel::tooltipFor(int row, int column) const
{
    QStringList lines;
    for (const Finding &f : findingsAt(row, column))
        lines << QStringLiteral("• ") + f.message;
    if (isLanguageColumn(column)) {
        const QString text = m_table.rows.at(row).value(column);
        if (!text.isEmpty()) {
            const sms::SegmentCount n = sms::countSegments(text);
            lines << (n.ucs2 ? tr("%n SMS (Unicode, %1 characters)", nullptr, n.segments).arg(n.units)
                             : tr("%n SMS (GSM-7, %1 characters)", nullptr, n.segments).arg(n.units));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawRole:
        return m_table.rows.at(row).value(column);
    case SeverityRole:
    case Qt::BackgroundRole: {
        ProblemSeverity worst = ProblemSeverity::None;
        for (int i : m_byCell.value(cellKey(row, column)))
            worst = std::max(worst, severityOf(m_findings.at(i).kind));
        if (role == SeverityRole)
            return int(worst);
        if (worst == ProblemSeverity::None)
            return {};
        // A tint, not a fill: the text stays readable in light and dark themes.
        QColor c = severityColor(worst);
        c.setAlpha(worst == ProblemSeverity::Information ? 34 : worst == ProblemSeverity::Warning ? 60 : 80);
        return c;
    }
    case ProblemsRole: {
        QStringList out;
        for (const Finding &f : findingsAt(row, column))
            out << f.message;
        return out;
    }
    case Qt::ToolTipRole: {
        const QString tip = tooltipFor(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1; // the sheet's data row, as the problems list numbers it
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignTop);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section);
    if (role == Qt::ToolTipRole && isLanguageColumn(section))
        return tr("Message text in %1").arg(m_table.columns.at(section));
    return {};
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool MappingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    editCells({CellEdit{index.row(), index.column(), value.toString()}},
              tr("Edit %1, row %2").arg(m_table.columns.value(index.column())).arg(index.row() + 1));
    return true;
}

// --- MappingTableFilter --------------------------------------------------------------

MappingTableFilter::MappingTableFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void MappingTableFilter::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void MappingTableFilter::setSearch(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    invalidateFilter();
    // Matching cells turn bold: repaint what stayed.
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

bool MappingTableFilter::cellMatches(const QModelIndex &sourceIndex) const
{
    return !m_search.isEmpty()
           && sourceIndex.data(MappingTableModel::RawRole).toString().contains(m_search, Qt::CaseInsensitive);
}

QVariant MappingTableFilter::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && !m_search.isEmpty() && cellMatches(mapToSource(index))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool MappingTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const MappingTableModel *>(sourceModel());
    if (!model)
        return true;
    const QStringList &row = model->table().rows.at(sourceRow);
    if (!m_group.isEmpty()) {
        const int c = model->table().columnIndex(QLatin1String(sms::kColumnName));
        if (row.value(c).trimmed() != m_group)
            return false;
    }
    if (!m_search.isEmpty()) {
        Q_UNUSED(sourceParent);
        return std::any_of(row.cbegin(), row.cend(),
                           [this](const QString &cell) { return cell.contains(m_search, Qt::CaseInsensitive); });
    }
    return true;
}

// --- MappingProblemsModel ------------------------------------------------------------

MappingProblemsModel::MappingProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void MappingProblemsModel::setFindings(const QList<Finding> &findings)
{
    m_all = findings;
    rebuild();
}

void MappingProblemsModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

void MappingProblemsModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const Finding &f : m_all)
        if (m_kind.isEmpty() || f.kind == m_kind)
            m_shown << f;
    // The worst problems first, then by place in the sheet.
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const Finding &a, const Finding &b) {
        const auto sa = MappingTableModel::severityOf(a.kind);
        const auto sb = MappingTableModel::severityOf(b.kind);
        if (sa != sb)
            return sa > sb;
        return a.row < b.row;
    });
    endResetModel();
}

QList<QPair<QString, int>> MappingProblemsModel::countsByKind() const
{
    QHash<QString, int> counts;
    for (const Finding &f : m_all)
        ++counts[f.kind];
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << qMakePair(it.key(), it.value());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return kindRank(a.first) < kindRank(b.first); });
    return out;
}

QString MappingProblemsModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String(sms::kUnknownPlaceholder))
        return tr("Unknown placeholder");
    if (kind == QLatin1String(sms::kUnbalancedBraces))
        return tr("Unbalanced braces");
    if (kind == QLatin1String(sms::kMissingTranslation))
        return tr("Missing translation");
    if (kind == QLatin1String(sms::kMultiSegment))
        return tr("More than one SMS");
    if (kind == QLatin1String(sms::kDuplicateBulkId))
        return tr("Duplicate bulkId");
    if (kind == QLatin1String(sms::kBadBulkIdTemplate))
        return tr("Bad bulkId template");
    if (kind == QLatin1String(sms::kBadNumber))
        return tr("Bad number");
    return kind;
}

QString MappingProblemsModel::kindLabelPlural(const QString &kind, int count)
{
    // English needs no catalogue: the singular is spelled out (translations use %n forms).
    const bool one = count == 1;
    if (kind == QLatin1String(sms::kUnknownPlaceholder))
        return one ? tr("1 unknown placeholder") : tr("%n unknown placeholders", nullptr, count);
    if (kind == QLatin1String(sms::kUnbalancedBraces))
        return one ? tr("1 unbalanced brace") : tr("%n unbalanced braces", nullptr, count);
    if (kind == QLatin1String(sms::kMissingTranslation))
        return one ? tr("1 missing translation") : tr("%n missing translations", nullptr, count);
    if (kind == QLatin1String(sms::kMultiSegment))
        return one ? tr("1 text longer than one SMS") : tr("%n texts longer than one SMS", nullptr, count);
    if (kind == QLatin1String(sms::kDuplicateBulkId))
        return one ? tr("1 duplicate bulkId") : tr("%n duplicate bulkIds", nullptr, count);
    if (kind == QLatin1String(sms::kBadBulkIdTemplate))
        return one ? tr("1 bad bulkId template") : tr("%n bad bulkId templates", nullptr, count);
    if (kind == QLatin1String(sms::kBadNumber))
        return one ? tr("1 bad number") : tr("%n bad numbers", nullptr, count);
    return tr("%1: %2").arg(kind).arg(count);
}

int MappingProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MappingProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_shown.at(index.row());
    if (role == KindRole)
        return f.kind;
    switch (index.column()) {
    case Kind:
        if (role == Qt::DisplayRole)
            return kindLabel(f.kind);
        if (role == Qt::DecorationRole) {
            const ProblemSeverity s = MappingTableModel::severityOf(f.kind);
            const QString icon = s == ProblemSeverity::Error     ? QStringLiteral("error")
                                 : s == ProblemSeverity::Warning ? QStringLiteral("warning")
                                                                 : QStringLiteral("info");
            return themedIcon(icon, MappingTableModel::severityColor(s));
        }
        if (role == Qt::ForegroundRole && MappingTableModel::severityOf(f.kind) == ProblemSeverity::Error)
            return MappingTableModel::severityColor(ProblemSeverity::Error);
        break;
    case Row:
        if (role == Qt::DisplayRole)
            return f.row;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ColumnName:
        if (role == Qt::DisplayRole)
            return f.column;
        break;
    case Message:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return f.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant MappingProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Problem");
    case Row: return tr("Row");
    case ColumnName: return tr("Column");
    case Message: return tr("Message");
    default: return {};
    }
}

} // namespace sb
