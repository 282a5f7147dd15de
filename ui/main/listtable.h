#pragma once

// The console's list tables look and behave alike: whole rows selected, no editing, one
// line per row at a fixed height, alternating colours, long text elided, no row numbers,
// the last column filling the width.

#include <QAbstractItemView>

class QTableView;

namespace sb {

void setUpListTable(QTableView *table,
                    QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

} // namespace sb
