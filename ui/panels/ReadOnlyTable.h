#pragma once

class QAbstractItemModel;
class QString;
class QTableView;

namespace kairos {

// A table view for a read-only list that grows: whole-row selection, no
// grid, columns sized to their contents, the last one stretched.
QTableView *makeReadOnlyTable(QAbstractItemModel *model, const QString &objectName);

} // namespace kairos
