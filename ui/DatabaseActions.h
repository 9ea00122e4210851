#pragma once

#include "storage/CsvImport.h"
#include "storage/StorageWriter.h"

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QMainWindow;

namespace kairos {

// What the window does with the session's database: File → Import…, the
// recording switches, exports read from the database (not only the rows in
// memory) and the storage figures in the status bar. Long work runs on a
// worker thread with a progress dialog.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    // scratch: a file removed at exit (--no-db), which the status bar does
    // not name as if it were kept.
    DatabaseActions(QMainWindow *window, const QString &path, bool scratch = false);

    const QString &path() const { return m_path; }
    bool recordTicks() const;
    bool secondCandles() const;

    // Imports `csv` into the database on a worker, with a progress dialog;
    // what it added is announced by historyImported.
    CsvImport::Result importFile(const QString &csv, CsvImport::Kind kind, const QString &symbol);

    // Trades between two times (epoch ms, inclusive) into a CSV file.
    bool exportTrades(const QString &file, qint64 from, qint64 to, QString *error);

public slots:
    void importCsv();
    void setCounters(const kairos::StorageWriter::Counters &counters);
    void setFailed(const QString &error);

signals:
    void recordTicksChanged(bool on);
    void secondCandlesChanged(bool on);
    // Candles of `symbols` were added to the database, for open charts.
    void historyImported(const QStringList &symbols);

private:
    QMainWindow *m_window;
    QString m_path;
    bool m_scratch;
    QAction *m_recordTicks;
    QAction *m_secondCandles;
    QLabel *m_status;
    bool m_failed = false;
};

} // namespace kairos
