#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>

namespace kairos {

// A table of the most recent items, newest first, keeping at most MaxRows:
// the signals and alerts lists. Subclasses provide the columns.
template<typename Item, int Limit>
class RecentRowsModel : public QAbstractTableModel
{
public:
    static constexpr int MaxRows = Limit;

    using QAbstractTableModel::QAbstractTableModel;

    // Adds items given oldest first; the newest ends on top.
    void prepend(const QList<Item> &items)
    {
        if (items.isEmpty())
            return;
        const int count = int(std::min<qsizetype>(items.size(), MaxRows));
        beginInsertRows({}, 0, count - 1);
        for (qsizetype i = items.size() - count; i < items.size(); ++i)
            m_rows.prepend(items[i]);
        endInsertRows();
        if (m_rows.size() > MaxRows) {
            beginRemoveRows({}, MaxRows, int(m_rows.size()) - 1);
            m_rows.resize(MaxRows);
            endRemoveRows();
        }
    }

    const Item &itemAt(int row) const { return m_rows.at(row); }
    // Every row, oldest first: what prepend() takes.
    QList<Item> items() const { return QList<Item>(m_rows.crbegin(), m_rows.crend()); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    QList<Item> m_rows;
};

} // namespace kairos
