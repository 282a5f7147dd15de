#include "rundetailmodels.h"

#include "statestyle.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace sb {

void StepsModel::setSteps(const QList<StepDetail> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const StepDetail &s = m_steps.at(index.row());
    if (role == StepIdRole)
        return s.id;
    if (role == JobKeyRole)
        return s.jobKey;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Job: return s.jobName.isEmpty() ? s.jobKey : s.jobName;
        case ExitReason: return exitReasonLabel(s.exitReason);
        case Duration: return formatDuration(s.durationMs);
        case Error: {
            if (s.errorType.isEmpty() && s.errorMessage.isEmpty())
                return QString();
            QString text = s.errorType.isEmpty() ? s.errorMessage : s.errorType + QStringLiteral(": ") + s.errorMessage;
            if (s.errorLine > 0)
                text += s.errorColumn > 0 ? tr(" (line %1, column %2)").arg(s.errorLine).arg(s.errorColumn)
                                          : tr(" (line %1)").arg(s.errorLine);
            return text;
        }
        }
    }
    if (role == Qt::DecorationRole && index.column() == ExitReason)
        return exitReasonIcon(s.exitReason);
    if (role == Qt::ForegroundRole && (index.column() == ExitReason || index.column() == Error) && !s.exitReason.isEmpty()
        && s.exitReason != QLatin1String("success"))
        return exitReasonColor(s.exitReason);
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Job: return tr("Step");
    case ExitReason: return tr("Exit reason");
    case Duration: return tr("Duration");
    case Error: return tr("Error");
    }
    return {};
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void LogModel::append(const QList<LogLineRow> &lines)
{
    if (lines.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + lines.size()) - 1);
    m_lines += lines;
    endInsertRows();
}

QString LogModel::lineText(int row) const
{
    const LogLineRow &l = m_lines.at(row);
    return QDateTime::fromMSecsSinceEpoch(l.at, Qt::UTC).toString(Qt::ISODateWithMs) + QLatin1Char(' ')
           + l.level.toUpper() + QLatin1Char(' ') + m_stepNames.value(l.stepId) + QLatin1Char(' ') + l.message;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLineRow &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(l.at, Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Level: return l.level.toUpper();
        case Step: return m_stepNames.value(l.stepId);
        case Message: return l.message;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return l.message.size() > 2000 ? l.message.left(2000) + QStringLiteral("…") : l.message;
    if (role == Qt::ForegroundRole && (index.column() == Level || index.column() == Message)) {
        if (l.level == QLatin1String("error"))
            return stateColor(QStringLiteral("failed"));
        if (l.level == QLatin1String("warn"))
            return QColor(0xb2, 0x6a, 0x00);
        if (l.level == QLatin1String("debug"))
            return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Step: return tr("Step");
    case Message: return tr("Message");
    }
    return {};
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (m_term.isEmpty() || !text.contains(m_term, Qt::CaseInsensitive)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    painter->save();
    painter->setClipRect(r);
    const QFontMetrics fm(opt.font);
    const int y = r.top() + (r.height() - fm.height()) / 2;
    QColor mark(255, 214, 0, 150);
    qsizetype from = 0;
    int x = r.left();
    const QColor textColor = index.data(Qt::ForegroundRole).canConvert<QColor>() && !(opt.state & QStyle::State_Selected)
                                 ? index.data(Qt::ForegroundRole).value<QColor>()
                                 : opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                        : QPalette::Text);
    painter->setPen(textColor);
    const QString line = text.left(2000).replace(QLatin1Char('\n'), QLatin1Char(' '));
    while (from < line.size() && x < r.right()) {
        const qsizetype hit = line.indexOf(m_term, from, Qt::CaseInsensitive);
        const QString before = line.mid(from, hit < 0 ? -1 : hit - from);
        painter->drawText(QPoint(x, y + fm.ascent()), before);
        x += fm.horizontalAdvance(before);
        if (hit < 0)
            break;
        const QString found = line.mid(hit, m_term.size());
        const int w = fm.horizontalAdvance(found);
        painter->fillRect(QRect(x, y, w, fm.height()), mark);
        painter->drawText(QPoint(x, y + fm.ascent()), found);
        x += w;
        from = hit + m_term.size();
    }
    painter->restore();
}

} // namespace sb
