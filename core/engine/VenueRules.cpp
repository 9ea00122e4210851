#include "VenueRules.h"

#include "feed/VenueInstruments.h"
#include "storage/Database.h"
#include "storage/StorageReader.h"

#include <QFileInfo>

namespace kairos {

QString VenueRules::prepare(VenueFeed::Options &options, const QString &database, int timeoutMs)
{
    QString error;
    if (VenueInstruments::fetch(options, timeoutMs, &error))
        return {};
    InstrumentList stored;
    if (!database.isEmpty() && QFileInfo::exists(database)) {
        Database db;
        if (db.openReadOnly(database)) {
            StorageReader reader(db);
            stored = reader.storedInstruments();
        }
    }
    const qsizetype before = options.rules.size();
    VenueInstruments::fillFrom(options, stored);
    const auto protocol = VenueProtocol::create(options.venue);
    const QString venue = protocol ? protocol->displayName() : options.venue;
    if (options.rules.size() > before)
        return tr("%1's instrument rules could not be read (%2): using the ones %3 kept")
            .arg(venue, error, QFileInfo(database).fileName());
    if (options.rules.size() < options.symbols.size())
        return tr("%1's instrument rules could not be read (%2): prices and quantities are "
                  "taken exact to 1e-8 and no minimums are checked")
            .arg(venue, error);
    return {};
}

} // namespace kairos
