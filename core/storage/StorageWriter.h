#pragma once

#include "StorageBatch.h"
#include "WarmState.h"
#include "model/Instrument.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace kairos {

class Database;
class StorageStatements;

// The one connection that writes, on its own thread. The engine hands it
// batches by value; it commits them in order in transactions of at most
// `transactionRows` rows or `commitIntervalMs`, whichever comes first, and
// at once for orders and fills (with a synced commit), then reports the
// sequence committed so fills are acknowledged only once they are on disk.
//
// The queue is bounded: a full queue makes enqueue() wait (orders, fills and
// candles are never dropped), except that recorded raw ticks are dropped and
// counted instead. After a failed write (disk full, read-only file) it stops
// writing and reports failed(): the engine halts trading rather than going
// on without persistence.
class StorageWriter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString path;
        InstrumentList instruments;
        bool scratch = false; // a file removed when the app ends (--no-db)
        qsizetype queueRows = 200'000;
        int commitIntervalMs = 100;
        qsizetype transactionRows = 10'000;
        qint64 maxBytes = 0; // a size quota for the file; 0: none
        int warmCandles = 5000; // per series, read for a warm start
    };

    struct Counters
    {
        qint64 committedRows = 0;
        qint64 transactions = 0;
        qint64 droppedTicks = 0;
        qint64 queuedRows = 0;
    };

    explicit StorageWriter(const Options &options, QObject *parent = nullptr);
    ~StorageWriter() override;

    // Opens and migrates the file on the writer's thread, reads the warm
    // state, then writes. Emits opened() or failed().
    void start();
    // Thread-safe. Returns the batch's sequence number (counting from 1).
    quint64 enqueue(StorageBatch batch);
    // Blocks until everything enqueued so far is committed; false when a
    // write failed.
    bool flush();
    // Commits what is queued, closes the file and ends the thread.
    void stop();

    Counters counters() const;
    bool hasFailed() const;
    // Why another process keeps `path` (its pid), or empty when none does.
    static QString inUse(const QString &path);
    const Options &options() const { return m_options; }

signals:
    void opened(const kairos::WarmState &state);
    void committed(quint64 sequence);
    void failed(const QString &error);

private:
    struct Entry
    {
        quint64 sequence;
        StorageBatch batch;
    };

    void run();
    static QString lockPath(const QString &path);
    bool openDatabase(Database &db, WarmState &state, QString &error);
    bool write(QSqlDatabase &connection, StorageStatements &q, const std::vector<Entry> &work,
        QString &error);
    std::uint32_t instrumentId(std::uint32_t symbol) const;

    Options m_options;
    std::unique_ptr<QThread> m_thread;
    std::vector<std::uint32_t> m_instrumentIds; // engine index → database id

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // work arrived, flush asked, or stopping
    std::condition_variable m_space; // the queue shrank
    std::condition_variable m_done; // a transaction committed or failed
    std::deque<Entry> m_queue;
    quint64 m_nextSequence = 1;
    quint64 m_committedSequence = 0;
    bool m_stopping = false;
    bool m_flushing = false;
    bool m_failed = false;
    bool m_finished = false; // the thread left its loop
    Counters m_counters;
};

} // namespace kairos
