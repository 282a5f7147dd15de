#pragma once

// The spreadsheet grid of the Master Mapping Table editor: the key columns (# Alert, Name,
// # SMS) in a frozen view on the left, every other column in the main view that scrolls
// horizontally; both share the model, the selection and the vertical scroll. Texts wrap;
// each row is as tall as its longest visible text, up to a few lines.

#include <QList>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QWidget>

class QTimer;

namespace sb {

// A table view that only scrolls vertically to a cell whose column it hides (the other
// view of the pair shows that column), and reports copy / paste / clear keys.
class MappingGridView final : public QTableView
{
    Q_OBJECT

public:
    explicit MappingGridView(QWidget *parent = nullptr);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    bool isEditing() const { return state() == EditingState; }

Q_SIGNALS:
    void copyRequested();
    void pasteRequested();
    void clearRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// Edits a cell in a multi-line editor: Enter commits, Shift+Enter starts a new line,
// Escape cancels.
class MappingCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MappingCellDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

class MappingTableGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit MappingTableGrid(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    // The columns of the frozen view; every other column is in the main view.
    void setKeyColumns(const QList<int> &columns);
    QList<int> keyColumns() const { return m_keyColumns; }
    // Hides the main view's columns not in `visible` (empty: all shown).
    void setVisibleColumns(const QList<int> &visible);
    bool isColumnShown(int column) const;
    // Key columns, then the main view's shown columns, in display order.
    QList<int> shownColumns() const;

    MappingGridView *mainView() const { return m_main; }
    MappingGridView *frozenView() const { return m_frozen; }
    QModelIndex currentIndex() const;
    // Makes `index` (of the model set) current and selected, and scrolls to it.
    void selectCell(const QModelIndex &index);

    void setColumnWidth(int column, int width);
    int columnWidth(int column) const;
    // Maximum height of a row, in lines of text.
    void setMaxRowLines(int lines);

    // Recomputes the row heights now (otherwise done after the next event-loop turn).
    void updateRowHeights();

protected:
    // Left / Right cross between the frozen and the scrolling columns.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRowHeights();
    void updateFrozenWidth();
    void syncHeaderHeights();

    QAbstractItemModel *m_model = nullptr;
    MappingGridView *m_frozen = nullptr;
    MappingGridView *m_main = nullptr;
    QWidget *m_frozenSpacer = nullptr;
    QTimer *m_rowTimer = nullptr;
    QList<int> m_keyColumns;
    QList<int> m_visible;
    int m_maxLines = 6;
};

} // namespace sb
