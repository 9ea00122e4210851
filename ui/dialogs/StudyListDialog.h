#pragma once

#include "ValidatingDialog.h"
#include "chart/ChartStudy.h"

class QTableWidget;

namespace kairos {

// Edits the studies of one chart: add any study any number of times, its
// parameters (as a SPEC), pane, colour and line style; show or hide,
// reorder, remove. Every bad SPEC is listed and OK stays disabled until
// there are none.
class StudyListDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit StudyListDialog(const ChartStudyList &studies, QWidget *parent = nullptr);

    // Valid once OK is enabled.
    ChartStudyList studies() const;

    // As the buttons do, for tests and keyboard users.
    void addStudy(const QString &name);
    void removeStudy(int row);
    void moveStudy(int row, int offset);

private:
    struct Row
    {
        QString spec;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        int pane = 0;
        bool visible = true;
    };

    void refreshTable();
    void validate();
    int paneCount() const;

    QList<Row> m_rows;
    QTableWidget *m_table = nullptr;
};

} // namespace kairos
