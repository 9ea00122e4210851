#pragma once

#include "Database.h"
#include "model/Drawing.h"

namespace kairos {

// The drawings of every symbol, in the session's database, so they survive
// a restart and show on each timeframe of their symbol. Opened on first use,
// once the session's writer has the file at this build's schema; a row that
// does not read is left out and said in error(), the others kept. Use it on
// one thread.
class DrawingStore
{
    Q_DECLARE_TR_FUNCTIONS(DrawingStore)

public:
    explicit DrawingStore(const QString &path);

    DrawingList load(const QString &symbol);
    // Inserts a new drawing (and sets its id) or replaces a stored one.
    bool save(Drawing &drawing);
    bool remove(std::int64_t id);
    const QString &error() const { return m_error; }

private:
    bool ensureOpen();

    QString m_path;
    Database m_db;
    QString m_error;
};

} // namespace kairos
