#pragma once

#include "Database.h"

#include "feed/TickSource.h"

#include <QSqlQuery>

#include <memory>
#include <vector>

namespace kairos {

// A Kairos database replayed: its recorded ticks, streamed in time order
// (each instrument's ticks come in order from their index and are merged by
// time, then by insertion, so nothing is sorted and memory stays constant),
// or where it recorded none, its 1-minute candles, each as the four trades
// that rebuild it, in memory. Ticks of an instrument the file does not list
// (a damaged or foreign file) are skipped: as another instrument they would
// trade a price that is not their own.
class DatabaseTickSource : public TickSource
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTickSource)

public:
    // Null with `error` when the file cannot be opened or has nothing to replay.
    static std::unique_ptr<TickSource> open(const QString &path, QString *error);

    InstrumentList instruments() const override { return m_instruments; }
    qint64 firstTime() const override { return m_first; }
    qint64 lastTime() const override { return m_last; }
    bool read(qsizetype max, QList<Tick> &out) override;

private:
    struct Stream
    {
        std::unique_ptr<QSqlQuery> query;
        Tick head;
        qint64 rowid = 0;
        bool live = false;
    };

    explicit DatabaseTickSource(QString path);
    static std::unique_ptr<TickSource> fromCandles(Database &db, const QString &path,
        const InstrumentList &instruments, const QList<qint64> &ids, QString *error);
    void startStreams();
    static void advance(Stream &stream);

    QString m_path;
    InstrumentList m_instruments;
    QList<qint64> m_ids; // the database's id of each instrument
    qint64 m_first = 0;
    qint64 m_last = 0;
    // Opened at the first read, on the replay's thread: a connection is
    // used on the thread that made it. Streams go before their connection.
    std::unique_ptr<Database> m_db;
    std::vector<Stream> m_streams;
    bool m_started = false;
};

} // namespace kairos
