#include "sms/mappingtablegrid.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

// --- MappingGridView -----------------------------------------------------------------

MappingGridView::MappingGridView(QWidget *parent) : QTableView(parent) {}

void MappingGridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || !isColumnHidden(index.column())) {
        QTableView::scrollTo(index, hint);
        return;
    }
    // The column lives in the other view of the pair: keep the rows aligned, never jump
    // sideways to a hidden section.
    const int top = rowViewportPosition(index.row());
    const int height = rowHeight(index.row());
    const int viewportHeight = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    if (hint == PositionAtCenter)
        bar->setValue(bar->value() + top - (viewportHeight - height) / 2);
    else if (hint == PositionAtTop || top < 0)
        bar->setValue(bar->value() + top);
    else if (hint == PositionAtBottom || top + height > viewportHeight)
        bar->setValue(bar->value() + top + height - viewportHeight);
}

void MappingGridView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            Q_EMIT copyRequested();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            Q_EMIT pasteRequested();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            Q_EMIT clearRequested();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

// --- MappingCellDelegate -------------------------------------------------------------

MappingCellDelegate::MappingCellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *MappingCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("mappingCellEditor"));
    editor->setTabChangesFocus(true);
    editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    editor->setToolTip(tr("Enter saves the cell, Shift+Enter starts a new line, Escape cancels"));
    return editor;
}

void MappingCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    if (!edit)
        return;
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->selectAll(); // typing replaces the cell, as in a spreadsheet
}

void MappingCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    if (!edit)
        return;
    const QString text = edit->toPlainText();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

void MappingCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), fm.lineSpacing() * 5 + 12));
    r.setWidth(std::max(r.width(), fm.averageCharWidth() * 36));
    if (QWidget *viewport = editor->parentWidget()) {
        if (r.bottom() >= viewport->height())
            r.moveBottom(viewport->height() - 1);
        if (r.right() >= viewport->width())
            r.moveRight(viewport->width() - 1);
        if (r.top() < 0)
            r.moveTop(0);
        if (r.left() < 0)
            r.moveLeft(0);
    }
    editor->setGeometry(r);
}

bool MappingCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            if (auto *editor = qobject_cast<QWidget *>(object)) {
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

// --- MappingTableGrid ----------------------------------------------------------------

namespace {

void setUpGridView(MappingGridView *view, QAbstractItemDelegate *delegate)
{
    view->setFrameShape(QFrame::NoFrame);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setItemDelegate(delegate);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setMinimumSectionSize(24);
}

} // namespace

MappingTableGrid::MappingTableGrid(QWidget *parent) : QWidget(parent), m_rowTimer(new QTimer(this))
{
    m_rowTimer->setSingleShot(true);
    m_rowTimer->setInterval(40);
    connect(m_rowTimer, &QTimer::timeout, this, &MappingTableGrid::updateRowHeights);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Sunken);
    outer->addWidget(frame);

    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(1, 1, 1, 1);
    row->setSpacing(0);


    auto *left = new QWidget(frame);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    m_frozen = new MappingGridView(left);
    m_frozen->setObjectName(QStringLiteral("mappingFrozenGrid"));
    setUpGridView(m_frozen, new MappingCellDelegate(m_frozen)); // a delegate serves one view
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->horizontalHeader()->setStretchLastSection(false);
    leftLayout->addWidget(m_frozen, 1);
    // Under the frozen columns, the height of the main view's horizontal scroll bar: both
    // viewports stay the same height, so the rows line up to the last one.
    m_frozenSpacer = new QWidget(left);
    leftLayout->addWidget(m_frozenSpacer);
    row->addWidget(left);

    auto *line = new QFrame(frame);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    row->addWidget(line);

    m_main = new MappingGridView(frame);
    m_main->setObjectName(QStringLiteral("mappingGrid"));
    setUpGridView(m_main, new MappingCellDelegate(m_main));
    m_main->verticalHeader()->hide();
    m_main->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_main->horizontalHeader()->setStretchLastSection(true);
    row->addWidget(m_main, 1);
    m_frozenSpacer->setFixedHeight(m_main->horizontalScrollBar()->sizeHint().height());

    connect(m_main->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, m_main->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        updateFrozenWidth();
        scheduleRowHeights();
    });
    connect(m_main->horizontalHeader(), &QHeaderView::sectionResized, this, &MappingTableGrid::scheduleRowHeights);
    m_frozen->installEventFilter(this);
    m_main->installEventFilter(this);
    // Copy / paste / clear from either view go to the owner through the main view's signals.
    connect(m_frozen, &MappingGridView::copyRequested, m_main, &MappingGridView::copyRequested);
    connect(m_frozen, &MappingGridView::pasteRequested, m_main, &MappingGridView::pasteRequested);
    connect(m_frozen, &MappingGridView::clearRequested, m_main, &MappingGridView::clearRequested);
}

bool MappingTableGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_frozen && watched != m_main))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Left && key->key() != Qt::Key_Right) || key->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    auto *view = static_cast<MappingGridView *>(watched);
    const QModelIndex current = currentIndex();
    if (!current.isValid() || view->isEditing())
        return QWidget::eventFilter(watched, event);
    const QList<int> shown = shownColumns();
    const int position = int(shown.indexOf(current.column()));
    const int target = position + (key->key() == Qt::Key_Right ? 1 : -1);
    if (position < 0 || target < 0 || target >= shown.size())
        return QWidget::eventFilter(watched, event);
    const bool targetIsKey = m_keyColumns.contains(shown.at(target));
    MappingGridView *targetView = targetIsKey ? m_frozen : m_main;
    if (targetView == view)
        return QWidget::eventFilter(watched, event); // within one view: its own navigation
    const QModelIndex next = m_model->index(current.row(), shown.at(target));
    targetView->setFocus(Qt::OtherFocusReason);
    m_main->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    targetView->scrollTo(next);
    return true;
}

void MappingTableGrid::setModel(QAbstractItemModel *model)
{
    m_model = model;
    m_main->setModel(model);
    QItemSelectionModel *old = m_frozen->selectionModel();
    m_frozen->setModel(model);
    QItemSelectionModel *unused = m_frozen->selectionModel();
    m_frozen->setSelectionModel(m_main->selectionModel());
    if (unused != old)
        delete unused;

    connect(model, &QAbstractItemModel::modelReset, this, [this] { setKeyColumns(m_keyColumns); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &MappingTableGrid::scheduleRowHeights);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MappingTableGrid::scheduleRowHeights);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MappingTableGrid::scheduleRowHeights);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
                    scheduleRowHeights();
            });
}

void MappingTableGrid::setKeyColumns(const QList<int> &columns)
{
    m_keyColumns = columns;
    const int count = m_model ? m_model->columnCount() : 0;
    for (int c = 0; c < count; ++c) {
        const bool key = m_keyColumns.contains(c);
        m_frozen->setColumnHidden(c, !key);
        m_main->setColumnHidden(c, key || (!m_visible.isEmpty() && !m_visible.contains(c)));
    }
    m_frozen->parentWidget()->setVisible(!m_keyColumns.isEmpty());
    updateFrozenWidth();
    syncHeaderHeights();
    scheduleRowHeights();
}

void MappingTableGrid::setVisibleColumns(const QList<int> &visible)
{
    m_visible = visible;
    setKeyColumns(m_keyColumns);
}

bool MappingTableGrid::isColumnShown(int column) const
{
    return m_keyColumns.contains(column) || !m_main->isColumnHidden(column);
}

QList<int> MappingTableGrid::shownColumns() const
{
    QList<int> out = m_keyColumns;
    std::sort(out.begin(), out.end());
    const int count = m_model ? m_model->columnCount() : 0;
    for (int c = 0; c < count; ++c)
        if (!m_keyColumns.contains(c) && !m_main->isColumnHidden(c))
            out << c;
    return out;
}

QModelIndex MappingTableGrid::currentIndex() const
{
    return m_main->selectionModel() ? m_main->selectionModel()->currentIndex() : QModelIndex();
}

void MappingTableGrid::selectCell(const QModelIndex &index)
{
    if (!index.isValid() || !m_main->selectionModel())
        return;
    m_main->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (m_keyColumns.contains(index.column()))
        m_frozen->scrollTo(index, QAbstractItemView::PositionAtCenter);
    else
        m_main->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MappingTableGrid::setColumnWidth(int column, int width)
{
    m_frozen->setColumnWidth(column, width);
    m_main->setColumnWidth(column, width);
}

int MappingTableGrid::columnWidth(int column) const
{
    return m_keyColumns.contains(column) ? m_frozen->columnWidth(column) : m_main->columnWidth(column);
}

void MappingTableGrid::setMaxRowLines(int lines)
{
    m_maxLines = std::max(1, lines);
    scheduleRowHeights();
}

void MappingTableGrid::scheduleRowHeights()
{
    m_rowTimer->start();
}

void MappingTableGrid::updateRowHeights()
{
    m_rowTimer->stop();
    if (!m_model)
        return;
    const QFontMetrics fm(m_main->font());
    const int padding = 8;
    const int minHeight = fm.height() + padding;
    const int maxHeight = fm.lineSpacing() * m_maxLines + padding;
    const QList<int> columns = shownColumns();
    QList<int> widths;
    for (int c : columns)
        widths << std::max(16, columnWidth(c) - 10); // the style's text margins
    const int rows = m_model->rowCount();
    for (int r = 0; r < rows; ++r) {
        int height = minHeight;
        for (int i = 0; i < columns.size() && height < maxHeight; ++i) {
            const QString text = m_model->index(r, columns.at(i)).data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= widths.at(i))
                continue;
            const QRect box = fm.boundingRect(QRect(0, 0, widths.at(i), maxHeight * 4),
                                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
            height = std::max(height, box.height() + padding);
        }
        height = std::min(height, maxHeight);
        m_frozen->verticalHeader()->resizeSection(r, height);
        m_main->verticalHeader()->resizeSection(r, height);
    }
}

void MappingTableGrid::updateFrozenWidth()
{
    int width = m_frozen->verticalHeader()->isHidden() ? 0 : m_frozen->verticalHeader()->sizeHint().width();
    for (int c : m_keyColumns)
        width += m_frozen->columnWidth(c);
    width += 2 * m_frozen->frameWidth();
    m_frozen->parentWidget()->setFixedWidth(width);
}

void MappingTableGrid::syncHeaderHeights()
{
    m_frozen->horizontalHeader()->setMinimumHeight(0);
    m_main->horizontalHeader()->setMinimumHeight(0);
    const int height = std::max(m_frozen->horizontalHeader()->sizeHint().height(),
                                m_main->horizontalHeader()->sizeHint().height());
    m_frozen->horizontalHeader()->setFixedHeight(height);
    m_main->horizontalHeader()->setFixedHeight(height);
}

} // namespace sb
