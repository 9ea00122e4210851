<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertRule</name>
    <message>
        <source>any symbol</source>
        <translation>jedes Symbol</translation>
    </message>
    <message>
        <source>a signal fires on %1</source>
        <translation>ein Signal auf %1</translation>
    </message>
    <message>
        <source>%1 unrealized PnL beyond ±%2</source>
        <translation>%1: unrealisierte GuV über ±%2</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unbekannte Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unbekannter Indikator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;level&apos; must be a number</source>
        <translation>&apos;level&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>a PnL amount must be above 0</source>
        <translation>ein GuV-Betrag muss über 0 liegen</translation>
    </message>
    <message>
        <source>rises through</source>
        <translation>steigt über</translation>
    </message>
    <message>
        <source>falls through</source>
        <translation>fällt unter</translation>
    </message>
    <message>
        <source>crosses</source>
        <translation>kreuzt</translation>
    </message>
    <message>
        <source>%1 price %2 %3</source>
        <translation>%1 Kurs %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 on %3 s candles %4 %5</source>
        <translation>%1 %2 auf %3-s-Kerzen %4 %5</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos; (up, down or either)</source>
        <translation>unbekannte Richtung „%1“ (up, down oder either)</translation>
    </message>
    <message>
        <source>unknown frequency &apos;%1&apos; (once, oncePerCandle or every)</source>
        <translation>unbekannte Häufigkeit „%1“ (once, oncePerCandle oder every)</translation>
    </message>
    <message>
        <source>&apos;cooldown&apos; must be 0 to 86400 seconds</source>
        <translation>„cooldown“ muss 0 bis 86400 Sekunden betragen</translation>
    </message>
    <message>
        <source>&apos;timeframe&apos; must be a number of seconds</source>
        <translation>„timeframe“ muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>%1 price %2 a %3</source>
        <translation>%1 Preis %2 eine %3</translation>
    </message>
    <message>
        <source>&apos;line&apos;: %1</source>
        <translation>&apos;line&apos;: %1</translation>
    </message>
    <message>
        <source>&apos;line&apos; must be a horizontal line, a trend line or a ray</source>
        <translation>&apos;line&apos; muss eine horizontale Linie, eine Trendlinie oder ein Strahl sein</translation>
    </message>
    <message>
        <source>%1 price %2 a horizontal line at %3</source>
        <translation>%1 Preis %2 eine horizontale Linie bei %3</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>%1 rose through %2 (now %3)</source>
        <translation>%1 stieg über %2 (jetzt %3)</translation>
    </message>
    <message>
        <source>%1 fell through %2 (now %3)</source>
        <translation>%1 fiel unter %2 (jetzt %3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s) rose through %4 (now %5)</source>
        <translation>%1 %2 (%3 s) stieg über %4 (jetzt %5)</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s) fell through %4 (now %5)</source>
        <translation>%1 %2 (%3 s) fiel unter %4 (jetzt %5)</translation>
    </message>
    <message>
        <source>signal: %1 %2 %3</source>
        <translation>Signal: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 unrealized PnL %2 is beyond ±%3</source>
        <translation>%1: unrealisierte GuV %2 liegt über ±%3</translation>
    </message>
    <message>
        <source>%1 rose through the %2 at %3 (now %4)</source>
        <translation>%1 stieg durch die %2 bei %3 (jetzt %4)</translation>
    </message>
    <message>
        <source>%1 fell through the %2 at %3 (now %4)</source>
        <translation>%1 fiel durch die %2 bei %3 (jetzt %4)</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>the saved strategy no longer reads (%1): the standard strategy is used</source>
        <translation>die gespeicherte Strategie ist nicht mehr lesbar (%1): die Standardstrategie gilt</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the saved risk limits no longer read (%1): the kill switch is on until you check Trading → Risk limits…</source>
        <translation>die gespeicherten Risikolimits sind nicht mehr lesbar (%1): der Not-Aus bleibt an, bis Sie Handel → Risikolimits… prüfen</translation>
    </message>
    <message>
        <source>saved alert rule %1 no longer reads and is not checked: %2 (%3)</source>
        <translation>gespeicherte Alarmregel %1 ist nicht mehr lesbar und wird nicht geprüft: %2 (%3)</translation>
    </message>
    <message>
        <source>the saved paper broker settings no longer read (%1): its defaults are used until you check Trading → Paper broker…</source>
        <translation>die gespeicherten Einstellungen des Papier-Brokers lassen sich nicht mehr lesen (%1): seine Vorgaben gelten, bis Sie Handel → Papier-Broker… prüfen</translation>
    </message>
</context>
<context>
    <name>BinanceProtocol</name>
    <message>
        <source>not a trade (e = &apos;%1&apos;)</source>
        <translation>kein Trade (e = &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing field &apos;s&apos;</source>
        <translation>Feld &apos;s&apos; fehlt</translation>
    </message>
    <message>
        <source>missing field &apos;T&apos;</source>
        <translation>Feld &apos;T&apos; fehlt</translation>
    </message>
    <message>
        <source>aggTrades: an entry without trade ids</source>
        <translation>aggTrades: ein Eintrag ohne Trade-IDs</translation>
    </message>
    <message>
        <source>aggTrades: %1</source>
        <translation>aggTrades: %1</translation>
    </message>
    <message>
        <source>exchangeInfo: %1</source>
        <translation>exchangeInfo: %1</translation>
    </message>
    <message>
        <source>exchangeInfo: no &apos;symbols&apos; list</source>
        <translation>exchangeInfo: keine Liste &apos;symbols&apos;</translation>
    </message>
    <message>
        <source>exchangeInfo: %1: %2</source>
        <translation>exchangeInfo: %1: %2</translation>
    </message>
</context>
<context>
    <name>BollingerBreakoutRule</name>
    <message>
        <source>close %1 broke above the upper Bollinger band %2 (BB %3, %4)</source>
        <translation>Schlusskurs %1 durchbrach das obere Bollinger-Band %2 (BB %3, %4)</translation>
    </message>
    <message>
        <source>close %1 broke below the lower Bollinger band %2 (BB %3, %4)</source>
        <translation>Schlusskurs %1 durchbrach das untere Bollinger-Band %2 (BB %3, %4)</translation>
    </message>
</context>
<context>
    <name>BrokerConfig</name>
    <message>
        <source>slippage must be between 0 and 1000 bps, not %1</source>
        <translation>der Schlupf muss zwischen 0 und 1000 bp liegen, nicht %1</translation>
    </message>
    <message>
        <source>maker fee must be between 0 and 1000 bps, not %1</source>
        <translation>die Maker-Gebühr muss zwischen 0 und 1000 bp liegen, nicht %1</translation>
    </message>
    <message>
        <source>taker fee must be between 0 and 1000 bps, not %1</source>
        <translation>die Taker-Gebühr muss zwischen 0 und 1000 bp liegen, nicht %1</translation>
    </message>
    <message>
        <source>latency must be between 0 and 60000 ms, not %1</source>
        <translation>die Latenz muss zwischen 0 und 60000 ms liegen, nicht %1</translation>
    </message>
    <message>
        <source>participation must be between 0 and 100 %, not %1</source>
        <translation>die Beteiligung muss zwischen 0 und 100 % liegen, nicht %1</translation>
    </message>
</context>
<context>
    <name>CalendarBackfill</name>
    <message>
        <source>filling weeks and months failed: %1</source>
        <translation>Auffüllen der Wochen und Monate fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CandleCsvReader</name>
    <message>
        <source>time %1 is not after the previous candle&apos;s %2</source>
        <translation>Zeit %1 liegt nicht nach der vorigen Kerze (%2)</translation>
    </message>
    <message>
        <source>high %1 and low %2 do not enclose open %3 and close %4</source>
        <translation>Hoch %1 und Tief %2 umschließen Eröffnung %3 und Schluss %4 nicht</translation>
    </message>
    <message>
        <source>volume %1 is more than a candle can be replayed with (at most %2)</source>
        <translation>Volumen %1 ist mehr, als eine Kerze abspielen kann (höchstens %2)</translation>
    </message>
</context>
<context>
    <name>ChartReadout</name>
    <message>
        <source>%1 · %2 — waiting for trades</source>
        <translation>%1 · %2 — warte auf Trades</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 UTC%4
O %5  H %6  L %7  C %8  V %9  %10%</source>
        <translation>%1 · %2 · %3 UTC%4
E %5  H %6  T %7  S %8  V %9  %10%</translation>
    </message>
    <message>
        <source> · forming</source>
        <translation> · in Bildung</translation>
    </message>
</context>
<context>
    <name>CoinbaseProtocol</name>
    <message>
        <source>not a match (type = &apos;%1&apos;)</source>
        <translation>kein Match (type = &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing field &apos;product_id&apos;</source>
        <translation>Feld &apos;product_id&apos; fehlt</translation>
    </message>
    <message>
        <source>an entry without a trade id</source>
        <translation>ein Eintrag ohne Trade-ID</translation>
    </message>
    <message>
        <source>trades: %1</source>
        <translation>trades: %1</translation>
    </message>
    <message>
        <source>products: %1</source>
        <translation>products: %1</translation>
    </message>
    <message>
        <source>products: %1: %2</source>
        <translation>products: %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>a candles export needs a symbol</source>
        <translation>ein Kerzen-Export braucht ein Symbol</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>Schreiben in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: candles %2 ms apart are not one of the timeframes %3</source>
        <translation>%1: Kerzen im Abstand von %2 ms gehören zu keinem der Zeitrahmen %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation>Feld in Anführungszeichen nicht abgeschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>Zeile länger als %1 MiB</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: empty file, expected a header row</source>
        <translation>%1: leere Datei, Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>%1:1: header lacks the column(s) %2 (found: %3)</source>
        <translation>%1:1: der Kopfzeile fehlen die Spalten %2 (gefunden: %3)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>Feld „%1“: „%2“ %3</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>is not positive</source>
        <translation>ist nicht positiv</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>; its lines end in a bare CR: save it with LF or CRLF line ends</source>
        <translation>; ihre Zeilen enden mit einem bloßen CR: mit LF- oder CRLF-Zeilenenden speichern</translation>
    </message>
    <message>
        <source>%1:1: header: %2</source>
        <translation>%1:1: Kopfzeile: %2</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time of the years 1 to 9999</source>
        <translation>Feld „time“: „%1“ ist weder Epoch-Millisekunden noch eine ISO-8601-Zeit der Jahre 1 bis 9999</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>no folder given</source>
        <translation>kein Ordner angegeben</translation>
    </message>
    <message>
        <source>%1 cannot be made</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not writable: %2</source>
        <translation>%1 ist nicht beschreibbar: %2</translation>
    </message>
    <message>
        <source>the data folder cannot be used (%1): this session is kept in %2</source>
        <translation>der Datenordner ist nicht nutzbar (%1): diese Sitzung wird in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Kairos understands (%3): open it with a newer Kairos; it was not changed</source>
        <translation>%1 hat die Schemaversion %2, neuer als diese Kairos-Version versteht (%3): Öffnen Sie die Datei mit einem neueren Kairos; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Kairos reads version %3</source>
        <translation>%1 hat die Schemaversion %2; diese Kairos-Version liest Version %3</translation>
    </message>
    <message>
        <source>migrating to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this Kairos reads (%3): open it once for writing (the desktop app, kairos-cli run --db or import) to upgrade it</source>
        <translation>%1 hat die Schemaversion %2, älter als die, die dieses Kairos liest (%3): einmal zum Schreiben öffnen (Desktop-App, kairos-cli run --db oder import), um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 is not at schema version %2 yet</source>
        <translation>%1 hat noch nicht die Schemaversion %2</translation>
    </message>
</context>
<context>
    <name>DatabaseTickSource</name>
    <message>
        <source>%1 holds neither recorded ticks nor minute candles</source>
        <translation>%1 enthält weder aufgezeichnete Ticks noch Minutenkerzen</translation>
    </message>
    <message>
        <source>%1: the minute candle at %2 has a volume that cannot be replayed</source>
        <translation>%1: die Minutenkerze um %2 hat ein Volumen, das nicht abgespielt werden kann</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>has more than 8 decimal places</source>
        <translation>hat mehr als 8 Nachkommastellen</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>Horizontal line</source>
        <translation>Horizontale Linie</translation>
    </message>
    <message>
        <source>Vertical line</source>
        <translation>Vertikale Linie</translation>
    </message>
    <message>
        <source>Trend line</source>
        <translation>Trendlinie</translation>
    </message>
    <message>
        <source>Ray</source>
        <translation>Strahl</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Parallel channel</source>
        <translation>Paralleler Kanal</translation>
    </message>
    <message>
        <source>Fibonacci retracement</source>
        <translation>Fibonacci-Retracement</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>Textnotiz</translation>
    </message>
    <message>
        <source>unknown drawing kind &apos;%1&apos;</source>
        <translation>unbekannte Zeichnungsart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a point of a %1 is not a time and a price</source>
        <translation>ein Punkt einer %1 ist keine Zeit mit Preis</translation>
    </message>
    <message numerus="yes">
        <source>a %1 needs %n point(s), not %2</source>
        <translation>
            <numerusform>eine %1 braucht %n Punkt, nicht %2</numerusform>
            <numerusform>eine %1 braucht %n Punkte, nicht %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawingStore</name>
    <message>
        <source>drawing %1 of %2: %3</source>
        <translation>Zeichnung %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>FeedSpec</name>
    <message>
        <source>--feed replay: needs a file, e.g. replay:ticks.csv</source>
        <translation>--feed replay: braucht eine Datei, z. B. replay:ticks.csv</translation>
    </message>
    <message>
        <source>--feed: %1</source>
        <translation>--feed: %1</translation>
    </message>
    <message>
        <source>--feed %1: needs at least one pair, e.g. %1:BTC/USDT</source>
        <translation>--feed %1: braucht mindestens ein Paar, z. B. %1:BTC/USDT</translation>
    </message>
    <message>
        <source>--feed &apos;%1&apos; is not available: use sim, replay:FILE or VENUE:PAIRS with VENUE one of %2</source>
        <translation>--feed &apos;%1&apos; ist nicht verfügbar: sim, replay:DATEI oder BÖRSE:PAARE verwenden, BÖRSE eine von %2</translation>
    </message>
    <message>
        <source>--feed-url: only a venue feed has a URL to override</source>
        <translation>--feed-url: nur der Feed einer Börse hat eine URL zum Überschreiben</translation>
    </message>
    <message>
        <source>--feed-url: &apos;%1&apos; is not a ws:// or wss:// URL</source>
        <translation>--feed-url: &apos;%1&apos; ist keine ws://- oder wss://-URL</translation>
    </message>
    <message>
        <source>--rest-url: only a venue feed has a REST API</source>
        <translation>--rest-url: nur der Feed einer Börse hat eine REST-API</translation>
    </message>
    <message>
        <source>--rest-url: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--rest-url: &apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>%1: connecting to %2</source>
        <translation>%1: verbinde mit %2</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1: reconnecting in %2 s (%3)</source>
        <translation>%1: neue Verbindung in %2 s (%3)</translation>
    </message>
    <message>
        <source>%1: stale, %2</source>
        <translation>%1: keine Daten, %2</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: gestoppt</translation>
    </message>
</context>
<context>
    <name>GapMarkers</name>
    <message>
        <source>backfilled</source>
        <translation>nachgeladen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>No market data from %1 to %2
%3</source>
        <translation>Keine Marktdaten von %1 bis %2
%3</translation>
    </message>
</context>
<context>
    <name>IndicatorParams</name>
    <message>
        <source>%1 period must be between %2 and 1000, not %3</source>
        <translation>Die Periode von %1 muss zwischen %2 und 1000 liegen, nicht %3</translation>
    </message>
    <message>
        <source>MACD fast period must be shorter than the slow one</source>
        <translation>Die schnelle MACD-Periode muss kürzer als die langsame sein</translation>
    </message>
    <message>
        <source>Bollinger width must be above 0 and at most 10 deviations</source>
        <translation>Die Bollinger-Breite muss über 0 und höchstens 10 Standardabweichungen betragen</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: „%2“ %3</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1: außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation>%1: Zahl erwartet</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: Text erwartet</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unbekanntes Feld</translation>
    </message>
</context>
<context>
    <name>KrakenProtocol</name>
    <message>
        <source>not a trade (channel = &apos;%1&apos;)</source>
        <translation>kein Trade (channel = &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing field &apos;data&apos;</source>
        <translation>Feld &apos;data&apos; fehlt</translation>
    </message>
    <message>
        <source>missing field &apos;symbol&apos;</source>
        <translation>Feld &apos;symbol&apos; fehlt</translation>
    </message>
    <message>
        <source>AssetPairs: %1</source>
        <translation>AssetPairs: %1</translation>
    </message>
    <message>
        <source>AssetPairs: the venue reports: %1</source>
        <translation>AssetPairs: der Handelsplatz meldet: %1</translation>
    </message>
    <message>
        <source>AssetPairs: %1: %2</source>
        <translation>AssetPairs: %1: %2</translation>
    </message>
    <message>
        <source>AssetPairs: %1: lot_decimals %2 is not 0 to %3</source>
        <translation>AssetPairs: %1: lot_decimals %2 liegt nicht zwischen 0 und %3</translation>
    </message>
</context>
<context>
    <name>LocaleDecimal</name>
    <message>
        <source>is not a number in this language: write &apos;%1&apos; for decimals, as in %2</source>
        <translation>ist in dieser Sprache keine Zahl: Dezimalstellen mit „%1“ schreiben, wie in %2</translation>
    </message>
</context>
<context>
    <name>MacdCrossRule</name>
    <message>
        <source>MACD(%1,%2,%3) crossed above its signal line (histogram %4 → %5)</source>
        <translation>MACD(%1,%2,%3) kreuzte die Signallinie nach oben (Histogramm %4 → %5)</translation>
    </message>
    <message>
        <source>MACD(%1,%2,%3) crossed below its signal line (histogram %4 → %5)</source>
        <translation>MACD(%1,%2,%3) kreuzte die Signallinie nach unten (Histogramm %4 → %5)</translation>
    </message>
</context>
<context>
    <name>MovingAverageCrossRule</name>
    <message>
        <source>%1(%2) crossed above %1(%3) (%4 &gt; %5)</source>
        <translation>%1(%2) kreuzte %1(%3) nach oben (%4 &gt; %5)</translation>
    </message>
    <message>
        <source>%1(%2) crossed below %1(%3) (%4 &lt; %5)</source>
        <translation>%1(%2) kreuzte %1(%3) nach unten (%4 &lt; %5)</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>Take profit %1</source>
        <translation>Take-Profit %1</translation>
    </message>
    <message>
        <source>Stop loss %1</source>
        <translation>Stop-Loss %1</translation>
    </message>
    <message>
        <source>%1 %2 trailing stop</source>
        <translation>%1 %2 Trailing-Stop</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>%1 %2 stop</source>
        <translation>%1 %2 Stop</translation>
    </message>
    <message>
        <source>%1 %2 limit</source>
        <translation>%1 %2 Limit</translation>
    </message>
    <message>
        <source>%1 #%2 at %3</source>
        <translation>%1 #%2 zu %3</translation>
    </message>
    <message>
        <source> (held)</source>
        <translation> (zurückgehalten)</translation>
    </message>
    <message>
        <source>Long %1 at %2</source>
        <translation>Long %1 zu %2</translation>
    </message>
    <message>
        <source>Short %1 at %2</source>
        <translation>Short %1 zu %2</translation>
    </message>
</context>
<context>
    <name>OrderSizing</name>
    <message>
        <source>sizing value must be positive, not %1</source>
        <translation>die Positionsgröße muss positiv sein, nicht %1</translation>
    </message>
    <message>
        <source>percent of equity must be at most 100, not %1</source>
        <translation>der Anteil am Kapital darf höchstens 100 % sein, nicht %1</translation>
    </message>
    <message>
        <source>whenPositioned: &apos;%1&apos; is not flip, reduce or ignore</source>
        <translation>whenPositioned: „%1“ ist weder flip, reduce noch ignore</translation>
    </message>
    <message>
        <source>mode: &apos;%1&apos; is not quantity, notional, percentOfEquity or riskPercent</source>
        <translation>mode: &apos;%1&apos; ist nicht quantity, notional, percentOfEquity oder riskPercent</translation>
    </message>
</context>
<context>
    <name>PaperTrader</name>
    <message>
        <source>a fill of %1 %2 could not be booked: amounts out of range</source>
        <translation>eine Ausführung über %1 %2 konnte nicht gebucht werden: Beträge außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 %2 %3 denied: %4</source>
        <translation>%1 %2 %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>glattstellen</translation>
    </message>
    <message>
        <source>trading resumed by the user</source>
        <translation>Handel vom Benutzer wieder aufgenommen</translation>
    </message>
    <message>
        <source>filled %1 %2 %3 at %4 (fee %5)</source>
        <translation>%1 %2 %3 ausgeführt zu %4 (Gebühr %5)</translation>
    </message>
    <message numerus="yes">
        <source>kill switch engaged: %n working order(s) cancelled, every new order refused</source>
        <translation>
            <numerusform>Not-Aus aktiviert: %n offene Order storniert, jede neue Order abgelehnt</numerusform>
            <numerusform>Not-Aus aktiviert: %n offene Orders storniert, jede neue Order abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>kill switch released by the user: orders are accepted again</source>
        <translation>Not-Aus vom Benutzer gelöst: Orders werden wieder angenommen</translation>
    </message>
    <message>
        <source>client order id %1 was already used: the first order stands</source>
        <translation>Client-Order-ID %1 wurde schon verwendet: die erste Order gilt</translation>
    </message>
    <message>
        <source>no such instrument</source>
        <translation>kein solches Instrument</translation>
    </message>
    <message>
        <source>the quantity must be above 0</source>
        <translation>die Menge muss über 0 liegen</translation>
    </message>
    <message>
        <source>the limit price must be above 0</source>
        <translation>der Limitpreis muss über 0 liegen</translation>
    </message>
    <message>
        <source>the broker refused the order</source>
        <translation>der Broker hat die Order abgelehnt</translation>
    </message>
    <message>
        <source>starting cash set to %1 (%2 paid in)</source>
        <translation>Startkapital auf %1 gesetzt (%2 eingezahlt)</translation>
    </message>
    <message>
        <source>starting cash set to %1 (%2 paid out)</source>
        <translation>Startkapital auf %1 gesetzt (%2 ausgezahlt)</translation>
    </message>
    <message>
        <source>the stop price must be above 0</source>
        <translation>der Stopppreis muss über 0 liegen</translation>
    </message>
    <message>
        <source>a post-only order needs a limit price</source>
        <translation>eine Post-only-Order braucht einen Limitpreis</translation>
    </message>
    <message>
        <source>a post-only order at %1 would take liquidity at the last price %2</source>
        <translation>eine Post-only-Order zu %1 würde zum letzten Preis %2 Liquidität nehmen</translation>
    </message>
    <message>
        <source>a reduce-only order of %1 would not reduce the position of %2</source>
        <translation>eine Reduce-only-Order über %1 würde die Position von %2 nicht verkleinern</translation>
    </message>
    <message>
        <source>%1 %2 %3: stop %4 reached by a trade at %5</source>
        <translation>%1 %2 %3: Stopp %4 durch einen Trade zu %5 erreicht</translation>
    </message>
    <message>
        <source>the trailing distance must be above 0 % and below 100 %</source>
        <translation>der Trailing-Abstand muss über 0 % und unter 100 % liegen</translation>
    </message>
    <message>
        <source>the trailing distance must be above 0</source>
        <translation>der Trailing-Abstand muss über 0 liegen</translation>
    </message>
    <message>
        <source>order %1 is no longer working: it was not modified</source>
        <translation>Order %1 ist nicht mehr aktiv: sie wurde nicht geändert</translation>
    </message>
    <message>
        <source>%1 %2 %3: modification of order %4 refused, it stays as it was: %5</source>
        <translation>%1 %2 %3: Änderung von Order %4 abgelehnt, sie bleibt unverändert: %5</translation>
    </message>
    <message>
        <source>filled %1 %2 of %3 %4 at %5 (fee %6): %7 still working</source>
        <translation>%1 %2 von %3 %4 zu %5 ausgeführt (Gebühr %6): %7 noch offen</translation>
    </message>
    <message>
        <source>order %1 was not modified: its new quantity %2 is not above the %3 already filled</source>
        <translation>Order %1 wurde nicht geändert: die neue Menge %2 liegt nicht über den bereits ausgeführten %3</translation>
    </message>
    <message>
        <source>order %1 cancelled: order %2, one-cancels-other with it, filled</source>
        <translation>Order %1 storniert: die mit ihr verknüpfte Order %2 (One-Cancels-Other) wurde ausgeführt</translation>
    </message>
    <message>
        <source>take profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>stop loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>the take-profit %1 of a long position must be above %2</source>
        <translation>der Take-Profit %1 einer Long-Position muss über %2 liegen</translation>
    </message>
    <message>
        <source>the take-profit %1 of a short position must be below %2</source>
        <translation>der Take-Profit %1 einer Short-Position muss unter %2 liegen</translation>
    </message>
    <message>
        <source>the stop-loss %1 of a long position must be below %2</source>
        <translation>der Stop-Loss %1 einer Long-Position muss unter %2 liegen</translation>
    </message>
    <message>
        <source>the stop-loss %1 of a short position must be above %2</source>
        <translation>der Stop-Loss %1 einer Short-Position muss über %2 liegen</translation>
    </message>
    <message>
        <source>%1: no position to protect</source>
        <translation>%1: keine Position zum Absichern</translation>
    </message>
    <message>
        <source>%1: protection refused: %2</source>
        <translation>%1: Absicherung abgelehnt: %2</translation>
    </message>
    <message>
        <source>order %1 was not modified: the quantity of a linked order follows the order it is linked to</source>
        <translation>Order %1 wurde nicht geändert: die Menge einer verknüpften Order folgt der Order, mit der sie verknüpft ist</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <source>both must be working orders</source>
        <translation>beide müssen offene Orders sein</translation>
    </message>
    <message>
        <source>they are orders of different symbols</source>
        <translation>es sind Orders verschiedener Symbole</translation>
    </message>
    <message>
        <source>order %1 is already one-cancels-other with order %2</source>
        <translation>Order %1 ist bereits One-Cancels-Other mit Order %2</translation>
    </message>
    <message>
        <source>order %1 is a bracket&apos;s exit waiting for its entry</source>
        <translation>Order %1 ist ein Bracket-Ausstieg, der auf seinen Einstieg wartet</translation>
    </message>
    <message>
        <source>orders %1 and %2 were not linked one-cancels-other: %3</source>
        <translation>Orders %1 und %2 wurden nicht One-Cancels-Other verknüpft: %3</translation>
    </message>
    <message>
        <source>orders %1 and %2 linked one-cancels-other: a fill of either takes as much off the other</source>
        <translation>Orders %1 und %2 One-Cancels-Other verknüpft: eine Ausführung der einen nimmt der anderen ebenso viel ab</translation>
    </message>
    <message>
        <source>orders %1 and %2 are no longer one-cancels-other</source>
        <translation>Orders %1 und %2 sind nicht mehr One-Cancels-Other</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 %2 %3: its time limit %4 UTC came, it closes at market at %5</source>
        <translation>%1 %2 %3: sein Zeitlimit %4 UTC ist erreicht, es schließt bestens zu %5</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RedisUrl</name>
    <message>
        <source>&apos;%1&apos; is not a Redis URL: %2</source>
        <translation>&apos;%1&apos; ist keine Redis-URL: %2</translation>
    </message>
    <message>
        <source>the scheme must be redis:// or rediss://</source>
        <translation>das Schema muss redis:// oder rediss:// sein</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>the port must be 1 to 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the database must be a number, not &apos;%1&apos;</source>
        <translation>die Datenbank muss eine Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReplayInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has nothing to replay</source>
        <translation>%1 enthält nichts zum Abspielen</translation>
    </message>
</context>
<context>
    <name>RiskEngine</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>the kill switch is on: no orders</source>
        <translation>der Not-Aus ist an: keine Orders</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>trading is halted by the circuit breaker until resumed</source>
        <translation>der Handel ist durch die Notbremse angehalten, bis er wieder aufgenommen wird</translation>
    </message>
    <message>
        <source>reduce only</source>
        <translation>nur reduzieren</translation>
    </message>
    <message>
        <source>only orders that reduce a position are allowed (position %1 would become %2)</source>
        <translation>nur Orders, die eine Position verkleinern, sind erlaubt (Position %1 würde %2)</translation>
    </message>
    <message>
        <source>cooling down after a losing trade: %1 s left</source>
        <translation>Abkühlphase nach einem Verlusttrade: noch %1 s</translation>
    </message>
    <message>
        <source>order quantity %1 exceeds the limit %2 by %3</source>
        <translation>Ordermenge %1 überschreitet das Limit %2 um %3</translation>
    </message>
    <message>
        <source>order notional %1 exceeds the limit %2 by %3</source>
        <translation>Orderwert %1 überschreitet das Limit %2 um %3</translation>
    </message>
    <message>
        <source>position %1 would exceed the limit %2</source>
        <translation>Position %1 würde das Limit %2 überschreiten</translation>
    </message>
    <message>
        <source>position value %1 would exceed the limit %2</source>
        <translation>Positionswert %1 würde das Limit %2 überschreiten</translation>
    </message>
    <message>
        <source>gross exposure %1 would exceed the limit %2</source>
        <translation>Bruttoengagement %1 würde das Limit %2 überschreiten</translation>
    </message>
    <message>
        <source>%1 open orders would exceed the limit %2</source>
        <translation>%1 offene Orders würden das Limit %2 überschreiten</translation>
    </message>
    <message>
        <source>%1 orders within a minute would exceed the limit %2</source>
        <translation>%1 Orders innerhalb einer Minute würden das Limit %2 überschreiten</translation>
    </message>
    <message>
        <source>daily loss %1 passed the limit %2: trading halted</source>
        <translation>Tagesverlust %1 überschritt das Limit %2: Handel angehalten</translation>
    </message>
    <message>
        <source>drawdown %1% from the peak %2 passed the limit %3%: trading halted</source>
        <translation>Drawdown %1 % vom Höchststand %2 überschritt das Limit %3 %: Handel angehalten</translation>
    </message>
</context>
<context>
    <name>RiskLimits</name>
    <message>
        <source>%1 must not be negative (is %2)</source>
        <translation>%1 darf nicht negativ sein (ist %2)</translation>
    </message>
    <message>
        <source>maxOpenOrders must be between 0 and 100000 (is %1)</source>
        <translation>maxOpenOrders muss zwischen 0 und 100000 liegen (ist %1)</translation>
    </message>
    <message>
        <source>maxOrdersPerMinute must be between 0 and 100000 (is %1)</source>
        <translation>maxOrdersPerMinute muss zwischen 0 und 100000 liegen (ist %1)</translation>
    </message>
    <message>
        <source>maxDrawdownPercent must be between 0 and 100 (is %1)</source>
        <translation>maxDrawdownPercent muss zwischen 0 und 100 liegen (ist %1)</translation>
    </message>
    <message>
        <source>cooldownAfterLossSeconds must be between 0 and 86400 (is %1)</source>
        <translation>cooldownAfterLossSeconds muss zwischen 0 und 86400 liegen (ist %1)</translation>
    </message>
    <message>
        <source>dayTimeZone &apos;%1&apos; is not a known time zone</source>
        <translation>dayTimeZone „%1“ ist keine bekannte Zeitzone</translation>
    </message>
</context>
<context>
    <name>RsiExitRule</name>
    <message>
        <source>RSI(%1) rose above %2 (%3 → %4)</source>
        <translation>RSI(%1) stieg über %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>RSI(%1) fell below %2 (%3 → %4)</source>
        <translation>RSI(%1) fiel unter %2 (%3 → %4)</translation>
    </message>
</context>
<context>
    <name>RuleConfig</name>
    <message>
        <source>Moving average cross</source>
        <translation>Kreuzung gleitender Durchschnitte</translation>
    </message>
    <message>
        <source>RSI leaves oversold/overbought</source>
        <translation>RSI verlässt überverkauft/überkauft</translation>
    </message>
    <message>
        <source>MACD crosses its signal line</source>
        <translation>MACD kreuzt seine Signallinie</translation>
    </message>
    <message>
        <source>Close breaks out of a Bollinger band</source>
        <translation>Schlusskurs bricht aus einem Bollinger-Band aus</translation>
    </message>
    <message>
        <source>Fast period</source>
        <translation>Schnelle Periode</translation>
    </message>
    <message>
        <source>Slow period</source>
        <translation>Langsame Periode</translation>
    </message>
    <message>
        <source>Exponential (1) or simple (0)</source>
        <translation>Exponentiell (1) oder einfach (0)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Oversold level</source>
        <translation>Überverkauft-Schwelle</translation>
    </message>
    <message>
        <source>Overbought level</source>
        <translation>Überkauft-Schwelle</translation>
    </message>
    <message>
        <source>Signal period</source>
        <translation>Signalperiode</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Standardabweichungen</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1: %2 fehlt</translation>
    </message>
    <message>
        <source>%1: %2 must be between %3 and %4, not %5</source>
        <translation>%1: %2 muss zwischen %3 und %4 liegen, nicht %5</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number</source>
        <translation>%1: %2 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: the fast period must be shorter than the slow one</source>
        <translation>%1: die schnelle Periode muss kürzer als die langsame sein</translation>
    </message>
    <message>
        <source>%1: the oversold level must be below the overbought level</source>
        <translation>%1: die Überverkauft-Schwelle muss unter der Überkauft-Schwelle liegen</translation>
    </message>
    <message>
        <source>unknown rule kind &apos;%1&apos;</source>
        <translation>unbekannte Regelart „%1“</translation>
    </message>
    <message>
        <source>parameters: expected an object</source>
        <translation>parameters: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>parameters.%1: unknown parameter of %2</source>
        <translation>parameters.%1: unbekannter Parameter von %2</translation>
    </message>
    <message>
        <source>parameters.%1: expected a number</source>
        <translation>parameters.%1: Zahl erwartet</translation>
    </message>
    <message>
        <source>A study crosses another or a level</source>
        <translation>Eine Studie kreuzt eine andere oder ein Niveau</translation>
    </message>
    <message>
        <source>Direction: up (1), down (-1) or both (0)</source>
        <translation>Richtung: aufwärts (1), abwärts (-1) oder beide (0)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>NAME or NAME:PARAM:… (e.g. ema:9, rsi:14, macd:12:26:9.signal); the first output of a study with several unless .part names one. Studies: %1</source>
        <translation>NAME oder NAME:PARAM:… (z. B. ema:9, rsi:14, macd:12:26:9.signal); bei mehreren Ausgaben die erste, außer .teil nennt eine. Studien: %1</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>Kreuzt</translation>
    </message>
    <message>
        <source>Another study, as above, or a level (e.g. 30)</source>
        <translation>Eine andere Studie wie oben oder ein Niveau (z. B. 30)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nor is it a level)</source>
        <translation>%1: %2 (auch kein Niveau)</translation>
    </message>
    <message>
        <source>parameters.%1: expected a string</source>
        <translation>parameters.%1: Text erwartet</translation>
    </message>
</context>
<context>
    <name>SignalMarkers</name>
    <message>
        <source>%1 %2 · confidence %3
%4</source>
        <translation>%1 %2 · Konfidenz %3
%4</translation>
    </message>
    <message>
        <source>Order denied
%1</source>
        <translation>Order abgelehnt
%1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Bought %1 at %2
%3</source>
        <translation>%1 gekauft zu %2
%3</translation>
    </message>
    <message>
        <source>Sold %1 at %2
%3</source>
        <translation>%1 verkauft zu %2
%3</translation>
    </message>
</context>
<context>
    <name>SignalOrders</name>
    <message>
        <source>%1 %2 signal not traded: its size at %3 is beyond what an order can hold</source>
        <translation>%1-Signal %2 nicht gehandelt: seine Größe zu %3 übersteigt, was eine Order fassen kann</translation>
    </message>
    <message>
        <source>%1 %2 signal not traded: its size at %3 rounds to 0 at the quantity step %4</source>
        <translation>%1-Signal %2 nicht gehandelt: seine Größe zu %3 rundet bei der Mengenschrittweite %4 auf 0</translation>
    </message>
    <message>
        <source>%1 %2 signal not traded: its %3 is measured in ATR(%4), not known yet</source>
        <translation>%1-%2-Signal nicht gehandelt: sein %3 wird in ATR(%4) gemessen, die noch nicht bekannt ist</translation>
    </message>
    <message>
        <source>stop loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>take profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <source>%1 %2 signal not traded: its stop loss %3 below %4 would be at or below zero</source>
        <translation>%1-%2-Signal nicht gehandelt: sein Stop-Loss %3 unter %4 läge bei oder unter null</translation>
    </message>
</context>
<context>
    <name>SimulatorConfig</name>
    <message>
        <source>no symbols to simulate</source>
        <translation>keine Symbole zum Simulieren</translation>
    </message>
    <message>
        <source>tick rate must be positive</source>
        <translation>die Tickrate muss positiv sein</translation>
    </message>
    <message>
        <source>history length must not be negative</source>
        <translation>die Historienlänge darf nicht negativ sein</translation>
    </message>
    <message>
        <source>history tick rate must be positive</source>
        <translation>die Tickrate der Historie muss positiv sein</translation>
    </message>
    <message>
        <source>a symbol has no name</source>
        <translation>ein Symbol hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: start price must be positive</source>
        <translation>%1: der Startpreis muss positiv sein</translation>
    </message>
    <message>
        <source>%1: volatility must not be negative</source>
        <translation>%1: die Volatilität darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: price and quantity increments must be positive</source>
        <translation>%1: Preis- und Mengenschritte müssen positiv sein</translation>
    </message>
    <message>
        <source>%1: mean quantity must be positive</source>
        <translation>%1: die mittlere Menge muss positiv sein</translation>
    </message>
</context>
<context>
    <name>StorageReader</name>
    <message>
        <source>reading the database failed: %1</source>
        <translation>Lesen der Datenbank fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>StrategyConfig</name>
    <message>
        <source>Standard signals</source>
        <translation>Standardsignale</translation>
    </message>
    <message>
        <source>the strategy needs a name</source>
        <translation>die Strategie braucht einen Namen</translation>
    </message>
    <message>
        <source>the strategy needs a timeframe</source>
        <translation>die Strategie braucht einen Zeitrahmen</translation>
    </message>
    <message>
        <source>timeframe: %1 s is not one Kairos builds (1, 60, 300, 900, 3600, 14400, 86400)</source>
        <translation>timeframe: %1 s ist keiner, den Kairos bildet (1, 60, 300, 900, 3600, 14400, 86400)</translation>
    </message>
    <message>
        <source>rules: expected an array</source>
        <translation>rules: eine Liste erwartet</translation>
    </message>
    <message>
        <source>rules[%1]: %2</source>
        <translation>rules[%1]: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>sizing: expected an object</source>
        <translation>sizing: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>sizing.%1</source>
        <translation>sizing.%1</translation>
    </message>
    <message>
        <source>exits.%1</source>
        <translation>exits.%1</translation>
    </message>
    <message>
        <source>sizing by risk needs a stopLoss or trailingStop exit to measure the risk at</source>
        <translation>die Größe nach Risiko braucht einen stopLoss- oder trailingStop-Ausstieg, an dem das Risiko gemessen wird</translation>
    </message>
    <message>
        <source>exits: expected an object</source>
        <translation>exits: ein Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>StrategyExits</name>
    <message>
        <source>%1: the distance must be positive, not %2</source>
        <translation>%1: der Abstand muss positiv sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: a percent below 100, not %2</source>
        <translation>%1: ein Prozentsatz unter 100, nicht %2</translation>
    </message>
    <message>
        <source>%1: at most 100 ATR, not %2</source>
        <translation>%1: höchstens 100 ATR, nicht %2</translation>
    </message>
    <message>
        <source>%1: expected an object of one of percent, price or atr</source>
        <translation>%1: ein Objekt mit genau einem von percent, price oder atr erwartet</translation>
    </message>
    <message>
        <source>%1.%2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>timeLimit: 1 to %1 candles, not %2</source>
        <translation>timeLimit: 1 bis %1 Kerzen, nicht %2</translation>
    </message>
    <message>
        <source>timeLimit: expected an object with candles</source>
        <translation>timeLimit: ein Objekt mit candles erwartet</translation>
    </message>
    <message>
        <source>timeLimit.%1</source>
        <translation>timeLimit.%1</translation>
    </message>
</context>
<context>
    <name>StudyCrossRule</name>
    <message>
        <source>%1 crossed above %2 (%3 → %4)</source>
        <translation>%1 kreuzte %2 nach oben (%3 → %4)</translation>
    </message>
    <message>
        <source>%1 crossed below %2 (%3 → %4)</source>
        <translation>%1 kreuzte %2 nach unten (%3 → %4)</translation>
    </message>
</context>
<context>
    <name>StudyRegistry</name>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>Simple moving average</source>
        <translation>Einfacher gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Exponential moving average</source>
        <translation>Exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Weighted moving average</source>
        <translation>Gewichteter gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Double exponential moving average</source>
        <translation>Doppelter exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Triple exponential moving average</source>
        <translation>Dreifacher exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Kaufman adaptive moving average</source>
        <translation>Adaptiver gleitender Durchschnitt nach Kaufman</translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation>Bollinger-Bänder</translation>
    </message>
    <message>
        <source>deviations</source>
        <translation>Standardabweichungen</translation>
    </message>
    <message>
        <source>Keltner channel</source>
        <translation>Keltner-Kanal</translation>
    </message>
    <message>
        <source>ATR multiple</source>
        <translation>ATR-Vielfaches</translation>
    </message>
    <message>
        <source>ATR period</source>
        <translation>ATR-Periode</translation>
    </message>
    <message>
        <source>Donchian channel</source>
        <translation>Donchian-Kanal</translation>
    </message>
    <message>
        <source>SuperTrend</source>
        <translation>SuperTrend</translation>
    </message>
    <message>
        <source>Parabolic SAR</source>
        <translation>Parabolic SAR</translation>
    </message>
    <message>
        <source>acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>the acceleration must not exceed the maximum</source>
        <translation>die Beschleunigung darf das Maximum nicht übersteigen</translation>
    </message>
    <message>
        <source>Volume-weighted average price (daily)</source>
        <translation>Volumengewichteter Durchschnittspreis (täglich)</translation>
    </message>
    <message>
        <source>Relative strength index</source>
        <translation>Relative-Stärke-Index</translation>
    </message>
    <message>
        <source>Stochastic RSI</source>
        <translation>Stochastischer RSI</translation>
    </message>
    <message>
        <source>%K period</source>
        <translation>%K-Periode</translation>
    </message>
    <message>
        <source>%D period</source>
        <translation>%D-Periode</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>Stochastik</translation>
    </message>
    <message>
        <source>%K smoothing</source>
        <translation>%K-Glättung</translation>
    </message>
    <message>
        <source>Williams %R</source>
        <translation>Williams %R</translation>
    </message>
    <message>
        <source>Money flow index</source>
        <translation>Money-Flow-Index</translation>
    </message>
    <message>
        <source>Average directional index</source>
        <translation>Average Directional Index</translation>
    </message>
    <message>
        <source>Plus directional indicator</source>
        <translation>Plus Directional Indicator</translation>
    </message>
    <message>
        <source>Minus directional indicator</source>
        <translation>Minus Directional Indicator</translation>
    </message>
    <message>
        <source>Aroon</source>
        <translation>Aroon</translation>
    </message>
    <message>
        <source>Aroon oscillator</source>
        <translation>Aroon-Oszillator</translation>
    </message>
    <message>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <source>fast period</source>
        <translation>schnelle Periode</translation>
    </message>
    <message>
        <source>slow period</source>
        <translation>langsame Periode</translation>
    </message>
    <message>
        <source>signal period</source>
        <translation>Signalperiode</translation>
    </message>
    <message>
        <source>the fast period must be shorter than the slow one</source>
        <translation>die schnelle Periode muss kürzer als die langsame sein</translation>
    </message>
    <message>
        <source>Average true range</source>
        <translation>Average True Range</translation>
    </message>
    <message>
        <source>Normalized average true range</source>
        <translation>Normalisierte Average True Range</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Änderungsrate</translation>
    </message>
    <message>
        <source>Commodity channel index</source>
        <translation>Commodity Channel Index</translation>
    </message>
    <message>
        <source>On-balance volume</source>
        <translation>On-Balance-Volumen</translation>
    </message>
</context>
<context>
    <name>StudySpec</name>
    <message>
        <source>study &apos;%1&apos;: %2</source>
        <translation>Studie &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no study is named &apos;%1&apos; (known: %2)</source>
        <translation>keine Studie heißt &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n parameter(s)</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Parameter</numerusform>
            <numerusform>%1 nimmt höchstens %n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>%1 has no output &apos;%2&apos; (outputs: %3)</source>
        <translation>%1 hat keine Ausgabe &apos;%2&apos; (Ausgaben: %3)</translation>
    </message>
    <message>
        <source>%1 has a single output; leave out &apos;.%2&apos;</source>
        <translation>%1 hat nur eine Ausgabe; &apos;.%2&apos; weglassen</translation>
    </message>
</context>
<context>
    <name>TickCsvReader</name>
    <message>
        <source>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</source>
        <translation>Feld „side“: „%1“ ist weder buy noch sell</translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: &apos;%1&apos; is not positive</source>
        <translation>Feld &apos;quantity&apos;: &apos;%1&apos; ist nicht positiv</translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: %1 is more than Kairos takes in one trade</source>
        <translation>Feld &apos;quantity&apos;: %1 ist mehr, als Kairos in einem Trade annimmt</translation>
    </message>
</context>
<context>
    <name>TickCsvSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>reading %1 was cancelled</source>
        <translation>das Lesen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 has nothing to replay</source>
        <translation>%1 enthält nichts zum Abspielen</translation>
    </message>
</context>
<context>
    <name>VenueFields</name>
    <message>
        <source>field &apos;%1&apos; is missing or not a decimal string</source>
        <translation>Feld &apos;%1&apos; fehlt oder ist keine Dezimalzahl als Text</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a decimal number</source>
        <translation>Feld &apos;%1&apos;: &apos;%2&apos; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or not a number</source>
        <translation>Feld &apos;%1&apos; fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 does not fit a decimal of 8 places</source>
        <translation>Feld &apos;%1&apos;: %2 passt in keine Dezimalzahl mit 8 Stellen</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not an RFC 3339 time</source>
        <translation>Feld &apos;%1&apos;: &apos;%2&apos; ist keine Zeit nach RFC 3339</translation>
    </message>
    <message>
        <source>price %1 is not positive</source>
        <translation>Preis %1 ist nicht positiv</translation>
    </message>
    <message>
        <source>quantity %1 is not positive</source>
        <translation>Menge %1 ist nicht positiv</translation>
    </message>
    <message>
        <source>timestamp %1 is absurd</source>
        <translation>Zeitstempel %1 ist unsinnig</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON array: %1</source>
        <translation>kein JSON-Array: %1</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is neither buy nor sell</source>
        <translation>Feld &apos;%1&apos;: &apos;%2&apos; ist weder buy noch sell</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 is not a trade id (a whole number from 0 to 2^53)</source>
        <translation>Feld „%1“: %2 ist keine Trade-ID (eine ganze Zahl von 0 bis 2^53)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a quantity</source>
        <translation>Feld &apos;%1&apos;: &apos;%2&apos; ist keine Menge</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 is not a quantity of at most 8 places</source>
        <translation>Feld &apos;%1&apos;: %2 ist keine Menge mit höchstens 8 Nachkommastellen</translation>
    </message>
</context>
<context>
    <name>VenueInstruments</name>
    <message>
        <source>no venue &apos;%1&apos;</source>
        <translation>kein Handelsplatz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the venue lists no %1</source>
        <translation>der Handelsplatz führt kein %1</translation>
    </message>
    <message>
        <source>the venue gives %1 a step of 0 or below</source>
        <translation>der Handelsplatz gibt %1 einen Schritt von 0 oder weniger</translation>
    </message>
</context>
<context>
    <name>VenueRules</name>
    <message>
        <source>%1&apos;s instrument rules could not be read (%2): prices and quantities are taken exact to 1e-8 and no minimums are checked</source>
        <translation>Die Instrumentregeln von %1 konnten nicht gelesen werden (%2): Preise und Mengen gelten auf 1e-8 genau, Mindestwerte werden nicht geprüft</translation>
    </message>
    <message>
        <source>%1&apos;s instrument rules could not be read (%2): using the ones %3 kept</source>
        <translation>Die Instrumentregeln von %1 konnten nicht gelesen werden (%2): es gelten die in %3 gespeicherten</translation>
    </message>
</context>
<context>
    <name>VenueSymbol</name>
    <message>
        <source>&apos;%1&apos;: write it as BASE/QUOTE, e.g. BTC/USD</source>
        <translation>&apos;%1&apos;: als BASIS/KURS schreiben, z. B. BTC/USD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency pair (BASE/QUOTE, letters and digits)</source>
        <translation>&apos;%1&apos; ist kein Währungspaar (BASIS/KURS, Buchstaben und Ziffern)</translation>
    </message>
</context>
<context>
    <name>kairos::AboutDialog</name>
    <message>
        <source>About Kairos</source>
        <translation>Über Kairos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kairos %1&lt;/h2&gt;&lt;p&gt;A desktop trading terminal: live charts, indicators, signals, risk checks and paper trading.&lt;/p&gt;&lt;p&gt;Copyright © the Kairos authors. Kairos is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later); see the LICENSE file. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 or GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %3 (GPL-3.0-or-later), which is why Kairos is GPL too&lt;/li&gt;&lt;li&gt;hiredis (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;SQLite, through Qt SQL (public domain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Kairos %1&lt;/h2&gt;&lt;p&gt;Ein Handelsterminal für den Desktop: Live-Charts, Indikatoren, Signale, Risikoprüfung und Papierhandel.&lt;/p&gt;&lt;p&gt;Copyright © die Kairos-Autoren. Kairos ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later); siehe die Datei LICENSE. Es gibt keine Gewährleistung.&lt;/p&gt;&lt;p&gt;Gebaut mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 oder GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %3 (GPL-3.0-or-later), weshalb auch Kairos unter der GPL steht&lt;/li&gt;&lt;li&gt;hiredis (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;SQLite, über Qt SQL (gemeinfrei)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>kairos::AlertNotifier</name>
    <message>
        <source>Kairos</source>
        <translation>Kairos</translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) in the Alerts panel</source>
        <translation>
            <numerusform>%n weitere Meldung in der Meldungsliste</numerusform>
            <numerusform>%n weitere Meldungen in der Meldungsliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (repeated %n more time(s))</source>
        <translation>
            <numerusform>%1 (%n weiteres Mal)</numerusform>
            <numerusform>%1 (%n weitere Male)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kairos::AlertRulesDialog</name>
    <message>
        <source>Alert rules</source>
        <translation>Meldungsregeln</translation>
    </message>
    <message>
        <source>Each rule raises an alert when its condition is met: in the Alerts panel, and as a notification for the severities chosen in Preferences.</source>
        <translation>Jede Regel löst eine Meldung aus, wenn ihre Bedingung eintritt: in der Meldungsliste und als Benachrichtigung für die in den Einstellungen gewählten Schweregrade.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>price crosses</source>
        <translation>Preis kreuzt</translation>
    </message>
    <message>
        <source>indicator crosses</source>
        <translation>Indikator kreuzt</translation>
    </message>
    <message>
        <source>a signal fires</source>
        <translation>ein Signal kommt</translation>
    </message>
    <message>
        <source>position PnL beyond ±</source>
        <translation>Positions-GuV über ±</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Rule %1: the PnL amount must be above 0</source>
        <translation>Regel %1: der GuV-Betrag muss über 0 liegen</translation>
    </message>
    <message>
        <source>Rule %1: a price level needs a symbol</source>
        <translation>Regel %1: eine Preisschwelle braucht ein Symbol</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>either way</source>
        <translation>beide Richtungen</translation>
    </message>
    <message>
        <source>upwards</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <source>downwards</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>once per candle</source>
        <translation>einmal je Kerze</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <source>Once: until the rules are changed. Once per candle: of the rule&apos;s timeframe. Every time: with the cooldown between.</source>
        <translation>Einmal: bis die Regeln geändert werden. Einmal je Kerze: im Zeitrahmen der Regel. Jedes Mal: mit der Pause dazwischen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rule %1: level &apos;%2&apos; %3</source>
        <translation>Regel %1: Schwelle „%2“ %3</translation>
    </message>
    <message>
        <source>price crosses a drawn line</source>
        <translation>Preis kreuzt eine gezeichnete Linie</translation>
    </message>
</context>
<context>
    <name>kairos::AlertsModel</name>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>Datenfeed</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
</context>
<context>
    <name>kairos::BrokerDialog</name>
    <message>
        <source>Paper broker</source>
        <translation>Papier-Broker</translation>
    </message>
    <message>
        <source>How paper orders fill. A basis point (bp) is 0.01 % of an order&apos;s value. Changes apply to the next fill.</source>
        <translation>Wie Papierorders ausgeführt werden. Ein Basispunkt (bp) ist 0,01 % des Orderwerts. Änderungen gelten ab der nächsten Ausführung.</translation>
    </message>
    <message>
        <source>Slippage against a taker</source>
        <translation>Schlupf gegen einen Taker</translation>
    </message>
    <message>
        <source>Maker fee (resting orders)</source>
        <translation>Maker-Gebühr (ruhende Orders)</translation>
    </message>
    <message>
        <source>Taker fee (market and crossing orders)</source>
        <translation>Taker-Gebühr (Market- und kreuzende Orders)</translation>
    </message>
    <message>
        <source>Participation cap of a market order</source>
        <translation>Beteiligungsgrenze einer Market-Order</translation>
    </message>
    <message>
        <source>% of each trade, 0 is off</source>
        <translation>% jedes Trades, 0 ist aus</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency before an order can fill</source>
        <translation>Latenz, bevor eine Order ausgeführt werden kann</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>bps</source>
        <translation>bps</translation>
    </message>
</context>
<context>
    <name>kairos::CandleChart</name>
    <message>
        <source>: triggers at once at %1</source>
        <translation>: löst sofort bei %1 aus</translation>
    </message>
    <message>
        <source>: trades at once at %1</source>
        <translation>: handelt sofort bei %1</translation>
    </message>
    <message>
        <source>Buy limit at %1</source>
        <translation>Kauf-Limit bei %1</translation>
    </message>
    <message>
        <source>Sell stop at %1</source>
        <translation>Verkaufs-Stop bei %1</translation>
    </message>
    <message>
        <source>Sell limit at %1</source>
        <translation>Verkaufs-Limit bei %1</translation>
    </message>
    <message>
        <source>Buy stop at %1</source>
        <translation>Kauf-Stop bei %1</translation>
    </message>
    <message>
        <source>Flatten %1</source>
        <translation>%1 glattstellen</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>%1 umkehren</translation>
    </message>
    <message>
        <source> — checking…</source>
        <translation> — wird geprüft…</translation>
    </message>
    <message>
        <source> — risk check passes</source>
        <translation> — Risikoprüfung bestanden</translation>
    </message>
    <message>
        <source> — refused: %1</source>
        <translation> — abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>kairos::ChartDrawings</name>
    <message>
        <source>Text note</source>
        <translation>Textnotiz</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%1%2 (%3%4) · %5 · %n bar(s)</source>
        <translation>
            <numerusform>%1%2 (%3%4) · %5 · %n Kerze</numerusform>
            <numerusform>%1%2 (%3%4) · %5 · %n Kerzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert when the price crosses this line</source>
        <translation>Alarm, wenn der Preis diese Linie kreuzt</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Drawing colour</source>
        <translation>Farbe der Zeichnung</translation>
    </message>
    <message>
        <source>Text…</source>
        <translation>Text…</translation>
    </message>
    <message>
        <source>Drawing text</source>
        <translation>Text der Zeichnung</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
</context>
<context>
    <name>kairos::ChartLayoutMenu</name>
    <message>
        <source>New chart &amp;tab</source>
        <translation>Neuer &amp;Chart-Tab</translation>
    </message>
    <message>
        <source>Split &amp;right</source>
        <translation>Rechts &amp;teilen</translation>
    </message>
    <message>
        <source>Split &amp;down</source>
        <translation>&amp;Unten teilen</translation>
    </message>
    <message>
        <source>&amp;Layout of this tab</source>
        <translation>&amp;Aufteilung dieses Tabs</translation>
    </message>
    <message>
        <source>&amp;One chart</source>
        <translation>&amp;Ein Chart</translation>
    </message>
    <message>
        <source>&amp;Two side by side</source>
        <translation>&amp;Zwei nebeneinander</translation>
    </message>
    <message>
        <source>Two &amp;stacked</source>
        <translation>Zwei &amp;übereinander</translation>
    </message>
    <message>
        <source>&amp;Four (2 × 2)</source>
        <translation>&amp;Vier (2 × 2)</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>Chart &amp;schließen</translation>
    </message>
    <message>
        <source>Link &amp;symbol across the tab&apos;s charts</source>
        <translation>&amp;Symbol über die Charts des Tabs koppeln</translation>
    </message>
    <message>
        <source>Link cross&amp;hair across the tab&apos;s charts</source>
        <translation>&amp;Fadenkreuz über die Charts des Tabs koppeln</translation>
    </message>
</context>
<context>
    <name>kairos::ChartStyleMenus</name>
    <message>
        <source>Chart &amp;type</source>
        <translation>Chart&amp;typ</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>&amp;Kerzen</translation>
    </message>
    <message>
        <source>&amp;Bars (OHLC)</source>
        <translation>&amp;Balken (OHLC)</translation>
    </message>
    <message>
        <source>&amp;Line (close)</source>
        <translation>&amp;Linie (Schlusskurs)</translation>
    </message>
    <message>
        <source>&amp;Heikin-Ashi</source>
        <translation>&amp;Heikin-Ashi</translation>
    </message>
    <message>
        <source>Price &amp;scale</source>
        <translation>Preis&amp;skala</translation>
    </message>
    <message>
        <source>&amp;Linear</source>
        <translation>&amp;Linear</translation>
    </message>
    <message>
        <source>L&amp;ogarithmic</source>
        <translation>L&amp;ogarithmisch</translation>
    </message>
    <message>
        <source>&amp;Percent from the first candle in view</source>
        <translation>&amp;Prozent ab der ersten sichtbaren Kerze</translation>
    </message>
</context>
<context>
    <name>kairos::ChartWorkspace</name>
    <message>
        <source>New chart tab (Ctrl+T)</source>
        <translation>Neuer Chart-Tab (Strg+T)</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <translation>
            <numerusform>%1 +%n</numerusform>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>the saved chart of %1 shows %2: this session does not trade it</source>
        <translation>der gespeicherte Chart von %1 zeigt %2: diese Sitzung handelt es nicht</translation>
    </message>
    <message>
        <source>the saved chart layout does not read: one chart is shown</source>
        <translation>die gespeicherte Chart-Aufteilung ist nicht lesbar: ein Chart wird gezeigt</translation>
    </message>
    <message>
        <source>a saved chart&apos;s study was left out: %1</source>
        <translation>eine Studie eines gespeicherten Charts wurde ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>kairos::DatabaseActions</name>
    <message>
        <source>&amp;Record ticks</source>
        <translation>Ticks &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Keep &amp;1-second candles</source>
        <translation>&amp;1-Sekunden-Kerzen speichern</translation>
    </message>
    <message>
        <source>&amp;Import candles or ticks…</source>
        <translation>Kerzen oder Ticks &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a candles or ticks CSV into the database</source>
        <translation>Eine CSV-Datei mit Kerzen oder Ticks in die Datenbank einlesen</translation>
    </message>
    <message>
        <source>Keep every tick in the database, for an exact replay</source>
        <translation>Jeden Tick in der Datenbank speichern, für eine exakte Wiedergabe</translation>
    </message>
    <message>
        <source>Keep 1-second candles too (coarser ones are always kept)</source>
        <translation>Auch 1-Sekunden-Kerzen speichern (gröbere werden immer gespeichert)</translation>
    </message>
    <message>
        <source>DB %1 · %2 rows saved</source>
        <translation>DB %1 · %2 Zeilen gespeichert</translation>
    </message>
    <message>
        <source> · %1 ticks not recorded</source>
        <translation> · %1 Ticks nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>DB FAILED: trading halted</source>
        <translation>DB-FEHLER: Handel gestoppt</translation>
    </message>
    <message>
        <source>Export trades</source>
        <translation>Trades exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Import candles or ticks</source>
        <translation>Kerzen oder Ticks importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Candles (time,open,high,low,close,volume)</source>
        <translation>Kerzen (time,open,high,low,close,volume)</translation>
    </message>
    <message>
        <source>Ticks (time,price,quantity[,symbol][,side])</source>
        <translation>Ticks (time,price,quantity[,symbol][,side])</translation>
    </message>
    <message>
        <source>Candles go to this symbol; ticks without a symbol column too</source>
        <translation>Kerzen werden diesem Symbol zugeordnet, Ticks ohne Symbolspalte ebenfalls</translation>
    </message>
    <message>
        <source>File holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing more could be imported: %1</source>
        <translation>Weiterer Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 candles of %2 imported.</source>
        <translation>%1 Kerzen von %2 importiert.</translation>
    </message>
    <message>
        <source>%1 ticks of %2 imported, making %3 candles.</source>
        <translation>%1 Ticks von %2 importiert, daraus %3 Kerzen gebildet.</translation>
    </message>
    <message>
        <source>Cancelled. What was read until then is kept: %1 candle rows.</source>
        <translation>Abgebrochen. Das bis dahin Gelesene bleibt erhalten: %1 Kerzenzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) were skipped; see the details.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile wurde übersprungen; siehe Details.</numerusform>
            <numerusform>%n fehlerhafte Zeilen wurden übersprungen; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scratch file, removed when Kairos ends (--no-db): %1</source>
        <translation>Eine Arbeitsdatei, die beim Beenden von Kairos gelöscht wird (--no-db): %1</translation>
    </message>
    <message>
        <source>DB not kept · %1 rows for this session</source>
        <translation>DB wird nicht behalten · %1 Zeilen für diese Sitzung</translation>
    </message>
    <message>
        <source>They are available to exports and backtests now, and an open chart of these symbols shows those older than its candles as you scroll back (all of them from the next start).</source>
        <translation>Sie stehen ab sofort für Exporte und Backtests bereit, und ein offener Chart dieser Symbole zeigt die, die älter als seine Kerzen sind, beim Zurückscrollen (alle ab dem nächsten Start).</translation>
    </message>
</context>
<context>
    <name>kairos::DrawingActions</name>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>&amp;Magnet to open, high, low, close</source>
        <translation>&amp;Magnet an Eröffnung, Hoch, Tief, Schluss</translation>
    </message>
    <message>
        <source>&amp;Objects on this symbol…</source>
        <translation>&amp;Objekte dieses Symbols…</translation>
    </message>
    <message>
        <source>the drawing was not kept: %1</source>
        <translation>die Zeichnung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the drawing was not deleted: %1</source>
        <translation>die Zeichnung wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Drawings on %1</source>
        <translation>Zeichnungen auf %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Alert on crossing</source>
        <translation>Alarm beim Kreuzen</translation>
    </message>
</context>
<context>
    <name>kairos::Engine</name>
    <message>
        <source>auto-trading on: signals become paper orders</source>
        <translation>Auto-Trading an: Signale werden zu Papierorders</translation>
    </message>
    <message>
        <source>auto-trading off</source>
        <translation>Auto-Trading aus</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>the stored risk state was unreadable; risk starts fresh</source>
        <translation>der gespeicherte Risikozustand war unlesbar; das Risikomanagement beginnt neu</translation>
    </message>
    <message numerus="yes">
        <source>%n stored fill(s) of instruments this session does not trade are not shown</source>
        <translation>
            <numerusform>%n gespeicherte Ausführung eines Instruments, das diese Sitzung nicht handelt, wird nicht angezeigt</numerusform>
            <numerusform>%n gespeicherte Ausführungen von Instrumenten, die diese Sitzung nicht handelt, werden nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>storage failed, trading halted so nothing goes unrecorded: %1</source>
        <translation>Speicherung fehlgeschlagen, Handel gestoppt, damit nichts unaufgezeichnet bleibt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fill(s) could not be saved and are not acknowledged</source>
        <translation>
            <numerusform>%n Ausführung konnte nicht gespeichert werden und ist nicht bestätigt</numerusform>
            <numerusform>%n Ausführungen konnten nicht gespeichert werden und sind nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>any pair</source>
        <translation>alle Paare</translation>
    </message>
    <message>
        <source>market data for %1 from %2 to %3 recovered: %4</source>
        <translation>Marktdaten für %1 von %2 bis %3 nachgeladen: %4</translation>
    </message>
    <message>
        <source>no market data for %1 from %2 to %3: %4</source>
        <translation>keine Marktdaten für %1 von %2 bis %3: %4</translation>
    </message>
    <message>
        <source>history is still loading (%1% done): orders are accepted once live data begins</source>
        <translation>die Historie lädt noch (%1 % erledigt): Orders werden angenommen, sobald Live-Daten beginnen</translation>
    </message>
    <message>
        <source>the feed is replaying history: orders are accepted once live data begins</source>
        <translation>der Feed spielt Historie ab: Orders werden angenommen, sobald Live-Daten beginnen</translation>
    </message>
    <message>
        <source>resume refused: storage failed (%1); trading stays halted so nothing goes unrecorded. Free the disk or fix the file, then restart Kairos.</source>
        <translation>Fortsetzen abgelehnt: die Speicherung ist fehlgeschlagen (%1); der Handel bleibt angehalten, damit nichts unaufgezeichnet bleibt. Platz schaffen oder die Datei reparieren, dann Kairos neu starten.</translation>
    </message>
    <message>
        <source>the database already holds this session up to %1: ticks at or before it are skipped, not made again</source>
        <translation>die Datenbank enthält diese Sitzung schon bis %1: Ticks bis dahin werden übersprungen, nicht noch einmal verarbeitet</translation>
    </message>
    <message>
        <source>warm start: %1 candles in %2 series, %3 positions, %4 open orders restored</source>
        <translation>Warmstart: %1 Kerzen in %2 Reihen, %3 Positionen, %4 offene Orders wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>kairos::EventPublisher</name>
    <message>
        <source>%1 already holds events up to %2, at or after this session&apos;s %3: Redis refuses what is not newer (counted as refused)</source>
        <translation>%1 enthält schon Ereignisse bis %2, ab oder nach %3 dieser Sitzung: Redis weist zurück, was nicht neuer ist (als zurückgewiesen gezählt)</translation>
    </message>
</context>
<context>
    <name>kairos::FeedDialog</name>
    <message>
        <source>Market data feed</source>
        <translation>Marktdaten-Feed</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Replay a file or a recorded session</source>
        <translation>Eine Datei oder aufgezeichnete Sitzung abspielen</translation>
    </message>
    <message>
        <source>%1 public trades</source>
        <translation>Öffentliche Trades von %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>BTC/USDT, ETH/USDT</source>
        <translation>BTC/USDT, ETH/USDT</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket-URL</translation>
    </message>
    <message>
        <source>REST URL (gap backfill)</source>
        <translation>REST-URL (Lücken nachladen)</translation>
    </message>
    <message>
        <source>ticks or candles CSV, or a Kairos database</source>
        <translation>Ticks- oder Kerzen-CSV oder eine Kairos-Datenbank</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>×1</source>
        <translation>×1</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×100</source>
        <translation>×100</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Record the session&apos;s raw ticks in the database</source>
        <translation>Die Roh-Ticks der Sitzung in der Datenbank aufzeichnen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Ticks, candles or Kairos database (*.csv *.db);;All files (*)</source>
        <translation>Ticks, Kerzen oder Kairos-Datenbank (*.csv *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>this venue has no trade history by id</source>
        <translation>diese Börse hat keine Trade-Historie nach ID</translation>
    </message>
    <message>
        <source>Choose a file to replay.</source>
        <translation>Eine Datei zum Abspielen wählen.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Paare: %1</translation>
    </message>
    <message>
        <source>Name at least one pair, e.g. BTC/USDT.</source>
        <translation>Mindestens ein Paar nennen, z. B. BTC/USDT.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a %3 URL</source>
        <translation>%1: &apos;%2&apos; ist keine %3-URL</translation>
    </message>
    <message>
        <source>REST URL</source>
        <translation>REST-URL</translation>
    </message>
</context>
<context>
    <name>kairos::FeedHealthDialog</name>
    <message>
        <source>Feed health</source>
        <translation>Zustand des Feeds</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Malformed frames</source>
        <translation>Fehlerhafte Frames</translation>
    </message>
    <message>
        <source>Errors sent by the venue</source>
        <translation>Fehlermeldungen der Börse</translation>
    </message>
    <message>
        <source>Repeated trades dropped</source>
        <translation>Verworfene Wiederholungen</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neue Verbindungen</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Backfilled trades</source>
        <translation>Nachgeladene Trades</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>Oversized messages refused</source>
        <translation>Zu große Nachrichten abgewiesen</translation>
    </message>
</context>
<context>
    <name>kairos::FeedStatusLabel</name>
    <message>
        <source>○ %1 · connecting…</source>
        <translation>○ %1 · verbinde…</translation>
    </message>
    <message>
        <source>● %1 · connected</source>
        <translation>● %1 · verbunden</translation>
    </message>
    <message>
        <source>● %1 · reconnecting in %2 s</source>
        <translation>● %1 · neue Verbindung in %2 s</translation>
    </message>
    <message>
        <source>● %1 · stale</source>
        <translation>● %1 · keine Daten</translation>
    </message>
    <message>
        <source>○ %1 · stopped</source>
        <translation>○ %1 · gestoppt</translation>
    </message>
    <message>
        <source>%1 trades · %2 malformed · %3 reconnects · %4 gaps</source>
        <translation>%1 Trades · %2 fehlerhaft · %3 neue Verbindungen · %4 Lücken</translation>
    </message>
    <message>
        <source>Click for the feed&apos;s health.</source>
        <translation>Klicken für den Zustand des Feeds.</translation>
    </message>
</context>
<context>
    <name>kairos::FillsModel</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Realized PnL</source>
        <translation>Realisierter GuV</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>kairos::HistoryProgress</name>
    <message>
        <source>The market&apos;s recent history is replayed first, so charts and indicators open warm. Orders are refused until live data begins.</source>
        <translation>Die jüngste Historie des Markts wird zuerst abgespielt, damit Charts und Indikatoren warm starten. Orders werden abgelehnt, bis Live-Daten beginnen.</translation>
    </message>
    <message>
        <source>Loading history %1% · %2 of %3 h · orders refused until live</source>
        <translation>Historie lädt %1 % · %2 von %3 h · Orders bis Live abgelehnt</translation>
    </message>
</context>
<context>
    <name>kairos::IndicatorDialog</name>
    <message>
        <source>Indicator periods</source>
        <translation>Indikatorperioden</translation>
    </message>
    <message>
        <source>SMA period</source>
        <translation>SMA-Periode</translation>
    </message>
    <message>
        <source>Fast EMA period</source>
        <translation>Schnelle EMA-Periode</translation>
    </message>
    <message>
        <source>Slow EMA period</source>
        <translation>Langsame EMA-Periode</translation>
    </message>
    <message>
        <source>RSI period</source>
        <translation>RSI-Periode</translation>
    </message>
    <message>
        <source>MACD fast period</source>
        <translation>Schnelle MACD-Periode</translation>
    </message>
    <message>
        <source>MACD slow period</source>
        <translation>Langsame MACD-Periode</translation>
    </message>
    <message>
        <source>MACD signal period</source>
        <translation>MACD-Signalperiode</translation>
    </message>
    <message>
        <source>Bollinger period</source>
        <translation>Bollinger-Periode</translation>
    </message>
    <message>
        <source>Bollinger width (σ)</source>
        <translation>Bollinger-Breite (σ)</translation>
    </message>
    <message>
        <source>ATR period</source>
        <translation>ATR-Periode</translation>
    </message>
    <message>
        <source>Stochastic period</source>
        <translation>Stochastik-Periode</translation>
    </message>
    <message>
        <source>Stochastic %K smoothing</source>
        <translation>Stochastik-%K-Glättung</translation>
    </message>
    <message>
        <source>Stochastic %D period</source>
        <translation>Stochastik-%D-Periode</translation>
    </message>
</context>
<context>
    <name>kairos::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>Show %1 candles</source>
        <translation>%1-Kerzen anzeigen</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>Neueste verfolgen</translation>
    </message>
    <message>
        <source>Keep the latest candle in view (End). Panning or zooming turns this off.</source>
        <translation>Die neueste Kerze im Blick behalten (Ende). Verschieben oder Zoomen schaltet dies ab.</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Datenquelle: %1</translation>
    </message>
    <message>
        <source>Late ticks are older than the forming candle and are dropped; dropped ticks name an unknown symbol or would overflow a candle&apos;s volume.</source>
        <translation>Verspätete Ticks sind älter als die sich bildende Kerze und werden verworfen; verworfene Ticks nennen ein unbekanntes Symbol oder würden das Volumen einer Kerze überlaufen lassen.</translation>
    </message>
    <message>
        <source>Kairos — %1 · %2</source>
        <translation>Kairos — %1 · %2</translation>
    </message>
    <message>
        <source>%1 ticks/s</source>
        <translation>%1 Ticks/s</translation>
    </message>
    <message>
        <source>Event time %1 UTC</source>
        <translation>Ereigniszeit %1 UTC</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indikatoren</translation>
    </message>
    <message>
        <source>&amp;Periods…</source>
        <translation>&amp;Perioden…</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <source>&amp;Edit strategy…</source>
        <translation>Strategie &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Ticks %1 · late %2 · dropped %3 · signals %4</source>
        <translation>Ticks %1 · verspätet %2 · verworfen %3 · Signale %4</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>&amp;Trading</source>
        <translation>&amp;Handel</translation>
    </message>
    <message>
        <source>&amp;Risk limits…</source>
        <translation>&amp;Risikolimits…</translation>
    </message>
    <message>
        <source>Cancel &amp;all orders</source>
        <translation>&amp;Alle Orders stornieren</translation>
    </message>
    <message>
        <source>Re&amp;sume after a halt</source>
        <translation>Nach einem Halt &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Export trades…</source>
        <translation>Trades &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export trades</source>
        <translation>Trades exportieren</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Orders are placed by the node this window follows</source>
        <translation>Orders gibt der Knoten auf, dem dieses Fenster folgt</translation>
    </message>
    <message>
        <source>Kairos — %1 · %2 — following %3</source>
        <translation>Kairos — %1 · %2 — folgt %3</translation>
    </message>
    <message>
        <source>Redis · %1 sent</source>
        <translation>Redis · %1 gesendet</translation>
    </message>
    <message>
        <source>Redis DOWN · retrying</source>
        <translation>Redis NICHT ERREICHBAR · neuer Versuch</translation>
    </message>
    <message>
        <source> · %1 dropped</source>
        <translation> · %1 verworfen</translation>
    </message>
    <message>
        <source>Redis · connecting</source>
        <translation>Redis · verbinde</translation>
    </message>
    <message>
        <source>Redis · following</source>
        <translation>Redis · folgt</translation>
    </message>
    <message>
        <source>Market data &amp;feed…</source>
        <translation>Marktdaten-&amp;Feed…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Kairos</source>
        <translation>Über &amp;Kairos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>&amp;Notify for</source>
        <translation>&amp;Benachrichtigen bei</translation>
    </message>
    <message>
        <source>&amp;Sound for</source>
        <translation>&amp;Ton bei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>Meldungs&amp;regeln…</translation>
    </message>
    <message>
        <source>Starting &amp;cash…</source>
        <translation>Start&amp;kapital…</translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation>Startkapital</translation>
    </message>
    <message>
        <source>The paper account&apos;s starting cash. A change pays the difference in or out; profit and loss stay as they are.</source>
        <translation>Das Startkapital des Papierkontos. Eine Änderung zahlt die Differenz ein oder aus; Gewinn und Verlust bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount.</source>
        <translation>„%1“ ist kein positiver Betrag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount: %2</source>
        <translation>„%1“ ist kein positiver Betrag: %2</translation>
    </message>
    <message>
        <source>placed on the chart</source>
        <translation>im Chart platziert</translation>
    </message>
    <message>
        <source>&amp;Orders and trading</source>
        <translation>&amp;Orders und Handel</translation>
    </message>
    <message>
        <source>Paper &amp;broker…</source>
        <translation>Papier-&amp;Broker…</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <source>Alert added: %1</source>
        <translation>Alarm hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>kairos::OrderHistoryModel</name>
    <message>
        <source>Submitted</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Changed by its link</source>
        <translation>Durch Verknüpfung geändert</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>kairos::OrderTicket</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Good till cancel</source>
        <translation>Gültig bis Widerruf</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>Sofort oder stornieren</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>limit orders only</source>
        <translation>nur für Limit-Orders</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limitpreis</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Glattstellen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle stornieren</translation>
    </message>
    <message>
        <source>manual order</source>
        <translation>manuelle Order</translation>
    </message>
    <message>
        <source>Quantity &apos;%1&apos; %2</source>
        <translation>Menge „%1“ %2</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>Limit price &apos;%1&apos; %2</source>
        <translation>Limitpreis „%1“ %2</translation>
    </message>
    <message>
        <source>Buy at the ticket&apos;s quantity</source>
        <translation>Kaufen mit der Menge des Tickets</translation>
    </message>
    <message>
        <source>Sell at the ticket&apos;s quantity</source>
        <translation>Verkaufen mit der Menge des Tickets</translation>
    </message>
    <message>
        <source>Order ticket: enter a quantity</source>
        <translation>Order-Ticket: Menge eingeben</translation>
    </message>
    <message>
        <source>%1: lot step %2, price tick %3</source>
        <translation>%1: Mengenschritt %2, Preisschritt %3</translation>
    </message>
    <message>
        <source>, minimum quantity %1</source>
        <translation>, Mindestmenge %1</translation>
    </message>
    <message>
        <source>, minimum value %1</source>
        <translation>, Mindestwert %1</translation>
    </message>
    <message>
        <source>Quantity %1 is not a multiple of %2&apos;s lot step %3</source>
        <translation>Menge %1 ist kein Vielfaches des Mengenschritts %3 von %2</translation>
    </message>
    <message>
        <source>Limit price %1 is not on %2&apos;s price tick %3</source>
        <translation>Limitpreis %1 liegt nicht auf dem Preisschritt %3 von %2</translation>
    </message>
    <message>
        <source>Quantity %1 is below %2&apos;s minimum %3</source>
        <translation>Menge %1 liegt unter dem Minimum %3 von %2</translation>
    </message>
    <message>
        <source>The order&apos;s value %1 is below %2&apos;s minimum %3</source>
        <translation>Der Auftragswert %1 liegt unter dem Minimum %3 von %2</translation>
    </message>
    <message>
        <source>Stop market</source>
        <translation>Stop-Market</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Market if touched</source>
        <translation>Market-if-touched</translation>
    </message>
    <message>
        <source>Limit if touched</source>
        <translation>Limit-if-touched</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <source>Day (until the risk day ends)</source>
        <translation>Tag (bis der Risikotag endet)</translation>
    </message>
    <message>
        <source>stop and if-touched orders only</source>
        <translation>nur für Stop- und If-touched-Orders</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Stopppreis</translation>
    </message>
    <message>
        <source>Reduce only</source>
        <translation>Nur reduzieren</translation>
    </message>
    <message>
        <source>Only ever makes the position smaller; cancelled once it no longer would.</source>
        <translation>Verkleinert die Position nur; wird storniert, sobald sie das nicht mehr täte.</translation>
    </message>
    <message>
        <source>Post only</source>
        <translation>Nur Post</translation>
    </message>
    <message>
        <source>Only ever rests in the book: refused when it would trade at once.</source>
        <translation>Liegt nur im Orderbuch: abgelehnt, wenn sie sofort handeln würde.</translation>
    </message>
    <message>
        <source>Stop price &apos;%1&apos; %2</source>
        <translation>Stopppreis „%1“ %2</translation>
    </message>
    <message>
        <source>Stop price %1 is not on %2&apos;s price tick %3</source>
        <translation>Stopppreis %1 liegt nicht auf dem Preisschritt %3 von %2</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <source>Stop orders wait for a trade at or beyond the stop price against you (a buy stop above the market), if-touched orders for one in your favour (a buy below it); then they trade at market or at the limit price. A trailing stop&apos;s stop follows the best price at a distance and never moves back.</source>
        <translation>Stop-Orders warten auf einen Trade auf oder jenseits des Stopppreises gegen Sie (ein Kauf-Stopp über dem Markt), If-touched-Orders auf einen zu Ihren Gunsten (ein Kauf darunter); dann handeln sie zum Markt oder zum Limitpreis. Der Stopp eines Trailing-Stops folgt dem besten Preis im Abstand und geht nie zurück.</translation>
    </message>
    <message>
        <source>trailing stops only</source>
        <translation>nur Trailing-Stops</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Trail by</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>optional: trail from this price on</source>
        <translation>optional: erst ab diesem Preis nachziehen</translation>
    </message>
    <message>
        <source>Activation price</source>
        <translation>Aktivierungspreis</translation>
    </message>
    <message>
        <source>Trailing distance &apos;%1&apos; %2</source>
        <translation>Trailing-Abstand „%1“ %2</translation>
    </message>
    <message>
        <source>must be above 0 % and below 100 %</source>
        <translation>muss über 0 % und unter 100 % liegen</translation>
    </message>
    <message>
        <source>Activation price &apos;%1&apos; %2</source>
        <translation>Aktivierungspreis „%1“ %2</translation>
    </message>
    <message>
        <source>Activation price %1 is not on %2&apos;s price tick %3</source>
        <translation>Aktivierungspreis %1 liegt nicht auf dem Preisschritt %3 von %2</translation>
    </message>
    <message>
        <source>Sent with the order as a bracket: a take-profit limit and a stop-loss stop on the other side, reduce-only and one-cancels-other, held until the order fills and then protecting what has filled. Protect puts them on the position held.</source>
        <translation>Wird mit der Order als Bracket gesendet: ein Take-Profit-Limit und ein Stop-Loss-Stop auf der Gegenseite, nur reduzierend und One-Cancels-Other, zurückgehalten bis die Order ausgeführt wird und dann das Ausgeführte absichernd. Absichern setzt sie auf die gehaltene Position.</translation>
    </message>
    <message>
        <source>optional: a limit that takes the profit</source>
        <translation>optional: ein Limit, das den Gewinn mitnimmt</translation>
    </message>
    <message>
        <source>Take profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>optional: a stop that limits the loss</source>
        <translation>optional: ein Stop, der den Verlust begrenzt</translation>
    </message>
    <message>
        <source>Stop loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Absichern</translation>
    </message>
    <message>
        <source>Close the whole position of the selected symbol at market</source>
        <translation>Die ganze Position des gewählten Symbols zum Marktpreis schließen</translation>
    </message>
    <message>
        <source>Turn the position of the selected symbol round at market</source>
        <translation>Die Position des gewählten Symbols zum Marktpreis umkehren</translation>
    </message>
    <message>
        <source>Put the ticket&apos;s take-profit and stop-loss on the position held</source>
        <translation>Take-Profit und Stop-Loss des Tickets auf die gehaltene Position setzen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; %3</source>
        <translation>%1 &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>Protect needs a take-profit or a stop-loss price</source>
        <translation>Absichern braucht einen Take-Profit- oder Stop-Loss-Preis</translation>
    </message>
    <message>
        <source>A reduce-only order closes a position: it takes no take-profit or stop-loss of its own</source>
        <translation>Eine nur reduzierende Order schließt eine Position: sie nimmt keinen eigenen Take-Profit oder Stop-Loss</translation>
    </message>
    <message>
        <source>%1 %2 is not on %3&apos;s price tick %4</source>
        <translation>%1 %2 liegt nicht auf dem Preisschritt %4 von %3</translation>
    </message>
    <message>
        <source>Take profit %1 must be above %2 for a buy</source>
        <translation>Take-Profit %1 muss bei einem Kauf über %2 liegen</translation>
    </message>
    <message>
        <source>Take profit %1 must be below %2 for a sell</source>
        <translation>Take-Profit %1 muss bei einem Verkauf unter %2 liegen</translation>
    </message>
    <message>
        <source>Stop loss %1 must be below %2 for a buy</source>
        <translation>Stop-Loss %1 muss bei einem Kauf unter %2 liegen</translation>
    </message>
    <message>
        <source>Stop loss %1 must be above %2 for a sell</source>
        <translation>Stop-Loss %1 muss bei einem Verkauf über %2 liegen</translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>Gewinn %1</translation>
    </message>
    <message>
        <source>What the order loses at its stop-loss (in money and in percent of equity) and gains at its take-profit, from its limit or stop price, else the last price.</source>
        <translation>Was die Order an ihrem Stop-Loss verliert (in Geld und in Prozent des Eigenkapitals) und an ihrem Take-Profit gewinnt, gerechnet von ihrem Limit- oder Stop-Preis, sonst vom letzten Preis.</translation>
    </message>
    <message>
        <source>Risk %1 (%2 %)</source>
        <translation>Risiko %1 (%2 %)</translation>
    </message>
    <message>
        <source>× ATR</source>
        <translation>× ATR</translation>
    </message>
    <message>
        <source>The distance as a price, a percent of the best price, or a multiple of the chart&apos;s ATR when sent.</source>
        <translation>Der Abstand als Preis, als Prozent des besten Preises oder als Vielfaches der ATR des Charts beim Senden.</translation>
    </message>
    <message>
        <source>× ATR(%1) %2</source>
        <translation>× ATR(%1) %2</translation>
    </message>
    <message>
        <source>A trailing distance in ATR needs the chart&apos;s ATR of %1, not known yet</source>
        <translation>Ein Trailing-Abstand in ATR braucht die ATR des Charts für %1, die noch nicht bekannt ist</translation>
    </message>
</context>
<context>
    <name>kairos::OrdersHelpDialog</name>
    <message>
        <source>Orders and trading</source>
        <translation>Orders und Handel</translation>
    </message>
    <message>
        <source>Order types</source>
        <translation>Ordertypen</translation>
    </message>
    <message>
        <source>Market: fills at the next trade, moved against you by the slippage.</source>
        <translation>Market: wird beim nächsten Trade ausgeführt, um den Schlupf gegen Sie verschoben.</translation>
    </message>
    <message>
        <source>Limit: takes at once if the next trade is at or better than the limit; otherwise rests and fills at the limit when a trade prints through it.</source>
        <translation>Limit: nimmt sofort, wenn der nächste Trade zum oder besser als das Limit ist; sonst ruht sie und wird zum Limit ausgeführt, wenn ein Trade durch den Preis geht.</translation>
    </message>
    <message>
        <source>Stop market and stop limit: wait for a trade at or beyond the stop price against you (a buy stop above the market), then trade at market or at the limit. A stop the market gaps through fills at the gap&apos;s price.</source>
        <translation>Stop-Market und Stop-Limit: warten auf einen Trade am oder jenseits des Stop-Preises gegen Sie (ein Kauf-Stop über dem Markt) und handeln dann zum Markt oder zum Limit. Ein Stop, den der Markt überspringt, wird zum Preis der Lücke ausgeführt.</translation>
    </message>
    <message>
        <source>Market and limit if touched: wait for a trade at or beyond the price in your favour (a buy below the market).</source>
        <translation>Market und Limit if touched: warten auf einen Trade am oder jenseits des Preises zu Ihren Gunsten (ein Kauf unter dem Markt).</translation>
    </message>
    <message>
        <source>Trailing stop: a stop that follows the best price at a distance (a price or a percent) and never moves back; optionally only from an activation price on.</source>
        <translation>Trailing-Stop: ein Stop, der dem besten Preis in einem Abstand folgt (Preis oder Prozent) und nie zurückgeht; auf Wunsch erst ab einem Aktivierungspreis.</translation>
    </message>
    <message>
        <source>Time in force and flags</source>
        <translation>Gültigkeit und Merkmale</translation>
    </message>
    <message>
        <source>GTC works until cancelled; Day expires when the risk day ends (in the risk limits&apos; time zone).</source>
        <translation>GTC gilt bis zur Stornierung; Day verfällt mit dem Ende des Risikotags (in der Zeitzone der Risikolimits).</translation>
    </message>
    <message>
        <source>IOC trades what it can at once and cancels the rest; FOK trades its whole quantity at once or expires without trading.</source>
        <translation>IOC handelt sofort, was möglich ist, und storniert den Rest; FOK handelt die ganze Menge sofort oder verfällt ohne Handel.</translation>
    </message>
    <message>
        <source>Reduce only never makes the position larger and is cancelled once it would; post only never takes liquidity and is refused if it would.</source>
        <translation>Nur reduzierend vergrößert die Position nie und wird storniert, sobald sie es täte; Post-only nimmt nie Liquidität und wird abgelehnt, wenn sie es täte.</translation>
    </message>
    <message>
        <source>Brackets and one-cancels-other</source>
        <translation>Brackets und One-Cancels-Other</translation>
    </message>
    <message>
        <source>Give an order a take profit and/or a stop loss in the ticket: its exits are sent with it, held until it fills, and then protect what has filled, growing with each part that fills.</source>
        <translation>Geben Sie einer Order im Ticket einen Take-Profit und/oder Stop-Loss: ihre Ausstiege werden mitgesendet, bis zur Ausführung zurückgehalten und sichern dann das Ausgeführte ab, mit jedem ausgeführten Teil wachsend.</translation>
    </message>
    <message>
        <source>The two exits are one-cancels-other: a fill of one takes as much off the other, and cancels it once nothing is left of it.</source>
        <translation>Die beiden Ausstiege sind One-Cancels-Other: eine Ausführung des einen nimmt dem anderen ebenso viel ab und storniert ihn, sobald nichts mehr von ihm übrig ist.</translation>
    </message>
    <message>
        <source>Protect puts the ticket&apos;s take profit and stop loss on the position you hold; a strategy can attach exits to every position it opens (Strategy dialog).</source>
        <translation>Absichern setzt Take-Profit und Stop-Loss des Tickets auf die gehaltene Position; eine Strategie kann jeder eröffneten Position Ausstiege mitgeben (Strategie-Dialog).</translation>
    </message>
    <message>
        <source>The ticket shows what the stop loss risks, in money and in percent of equity, before you send.</source>
        <translation>Das Ticket zeigt vor dem Senden, was der Stop-Loss riskiert, in Geld und in Prozent des Eigenkapitals.</translation>
    </message>
    <message>
        <source>Partial fills</source>
        <translation>Teilausführungen</translation>
    </message>
    <message>
        <source>A resting order fills at most the size of the trade that printed through its price and rests on for the rest; the Orders table&apos;s Filled column shows what has traded and at what average price.</source>
        <translation>Eine ruhende Order wird höchstens in der Größe des Trades ausgeführt, der durch ihren Preis ging, und ruht für den Rest weiter; die Spalte Ausgeführt der Ordertabelle zeigt, was zu welchem Durchschnittspreis gehandelt wurde.</translation>
    </message>
    <message>
        <source>A market order fills whole unless the broker&apos;s participation cap spreads it over the trades to come.</source>
        <translation>Eine Market-Order wird ganz ausgeführt, außer die Beteiligungsgrenze des Brokers verteilt sie auf die folgenden Trades.</translation>
    </message>
    <message>
        <source>Changing and cancelling</source>
        <translation>Ändern und Stornieren</translation>
    </message>
    <message>
        <source>Double-click (or F2) a quantity or price in the Orders table to change the order in place; the change passes the risk checks as a new order would, or is refused and the order stays as it was.</source>
        <translation>Doppelklicken Sie (oder F2) auf Menge oder Preis in der Ordertabelle, um die Order dort zu ändern; die Änderung durchläuft die Risikoprüfungen wie eine neue Order oder wird abgelehnt, und die Order bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>The kill switch cancels every working order and refuses new ones; Cancel all cancels every working order.</source>
        <translation>Der Notaus storniert jede offene Order und lehnt neue ab; Alle stornieren storniert jede offene Order.</translation>
    </message>
    <message>
        <source>Trading from the chart</source>
        <translation>Handeln im Chart</translation>
    </message>
    <message>
        <source>Working orders, exits and the average entry of your position are lines on the price pane; fills are dots.</source>
        <translation>Offene Orders, Ausstiege und der durchschnittliche Einstieg Ihrer Position sind Linien im Preisbereich; Ausführungen sind Punkte.</translation>
    </message>
    <message>
        <source>Right-click the price pane for a limit or stop at that price (the ticket&apos;s quantity), or to flatten or reverse the position.</source>
        <translation>Rechtsklick im Preisbereich für ein Limit oder einen Stop zu diesem Preis (mit der Menge des Tickets) oder um die Position glattzustellen oder umzukehren.</translation>
    </message>
    <message>
        <source>Flatten (Ctrl+Alt+F), Reverse (Ctrl+Alt+R) and Protect (Ctrl+Alt+P) act on the ticket&apos;s symbol; Ctrl+Alt+B and Ctrl+Alt+S buy and sell.</source>
        <translation>Glattstellen (Strg+Alt+F), Umkehren (Strg+Alt+R) und Absichern (Strg+Alt+P) wirken auf das Symbol des Tickets; Strg+Alt+B und Strg+Alt+S kaufen und verkaufen.</translation>
    </message>
    <message>
        <source>Any two working orders of one symbol can be linked the same way: select both in the Orders table and choose Link (Ctrl+Alt+O) from its context menu, for example a buy stop above a range and a buy limit below it. Unlink, or cancel one of them, and the other works on alone.</source>
        <translation>Zwei beliebige offene Orders eines Symbols lassen sich ebenso verknüpfen: beide in der Ordertabelle wählen und im Kontextmenü Verknüpfen (Strg+Alt+O) wählen, etwa einen Kauf-Stop über einer Spanne und ein Kauf-Limit darunter. Nach dem Lösen oder Stornieren der einen arbeitet die andere allein weiter.</translation>
    </message>
    <message>
        <source>Trading → Paper broker… (Ctrl+Shift+B) sets the slippage, the maker and taker fees, the latency before an order can fill and the participation cap.</source>
        <translation>Handel → Papier-Broker… (Strg+Umschalt+B) stellt den Schlupf, die Maker- und Taker-Gebühren, die Latenz bis zur möglichen Ausführung und die Beteiligungsgrenze ein.</translation>
    </message>
    <message>
        <source>Drag an order&apos;s line to move the order; its label says where it would go, whether that would trade at once, and whether the risk checks would take the move or refuse it and why. Nothing is sent until you let go.</source>
        <translation>Ziehen Sie die Linie einer Order, um die Order zu verschieben; ihre Beschriftung sagt, wohin sie käme, ob sie sofort handeln würde und ob die Risikoprüfung die Verschiebung annähme oder sie ablehnte und warum. Gesendet wird erst beim Loslassen.</translation>
    </message>
</context>
<context>
    <name>kairos::OrdersModel</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Stop market</source>
        <translation>Stop-Market</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Market if touched</source>
        <translation>Market-if-touched</translation>
    </message>
    <message>
        <source>Limit if touched</source>
        <translation>Limit-if-touched</translation>
    </message>
    <message>
        <source>GTC</source>
        <translation>GTC</translation>
    </message>
    <message>
        <source>IOC</source>
        <translation>IOC</translation>
    </message>
    <message>
        <source>FOK</source>
        <translation>FOK</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>reduce only</source>
        <translation>nur reduzieren</translation>
    </message>
    <message>
        <source>post only</source>
        <translation>nur Post</translation>
    </message>
    <message>
        <source>triggered</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Trailing stop %1 %</source>
        <translation>Trailing-Stop %1 %</translation>
    </message>
    <message>
        <source>Trailing stop %1</source>
        <translation>Trailing-Stop %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>Order %1: &apos;%2&apos; %3</source>
        <translation>Order %1: „%2“ %3</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>exit of #%1, held until it fills</source>
        <translation>Ausstieg von #%1, zurückgehalten bis zur Ausführung</translation>
    </message>
    <message>
        <source>exit of #%1</source>
        <translation>Ausstieg von #%1</translation>
    </message>
    <message>
        <source>OCO with #%1</source>
        <translation>OCO mit #%1</translation>
    </message>
    <message>
        <source>TP %1</source>
        <translation>TP %1</translation>
    </message>
    <message>
        <source>SL %1</source>
        <translation>SL %1</translation>
    </message>
    <message>
        <source>time limit %1 UTC</source>
        <translation>Zeitlimit %1 UTC</translation>
    </message>
    <message>
        <source>closes at market from %1 UTC</source>
        <translation>schließt bestens ab %1 UTC</translation>
    </message>
</context>
<context>
    <name>kairos::PaperTrader</name>
    <message>
        <source>the quantity %1 is not a multiple of %2&apos;s lot step %3</source>
        <translation>die Menge %1 ist kein Vielfaches des Mengenschritts %3 von %2</translation>
    </message>
    <message>
        <source>the limit price %1 is not on %2&apos;s price tick %3</source>
        <translation>der Limitpreis %1 liegt nicht auf dem Preisschritt %3 von %2</translation>
    </message>
    <message>
        <source>the quantity %1 is below %2&apos;s minimum %3</source>
        <translation>die Menge %1 liegt unter dem Minimum %3 von %2</translation>
    </message>
    <message>
        <source>the order&apos;s value %1 is below %2&apos;s minimum %3</source>
        <translation>der Auftragswert %1 liegt unter dem Minimum %3 von %2</translation>
    </message>
    <message>
        <source>the stop price %1 is not on %2&apos;s price tick %3</source>
        <translation>der Stopppreis %1 liegt nicht auf dem Preisschritt %3 von %2</translation>
    </message>
    <message>
        <source>the activation price %1 is not on %2&apos;s price tick %3</source>
        <translation>der Aktivierungspreis %1 liegt nicht auf dem Preisschritt %3 von %2</translation>
    </message>
</context>
<context>
    <name>kairos::PositionsModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>Ø Preis</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Unrealized</source>
        <translation>Unrealisiert</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Realisiert</translation>
    </message>
</context>
<context>
    <name>kairos::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>The charts&apos; colours follow the theme.</source>
        <translation>Die Farben der Charts folgen dem Erscheinungsbild.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Repeated alerts are folded into one with a count; every alert stays in the Alerts panel.</source>
        <translation>Wiederholte Meldungen werden mit einer Anzahl zu einer zusammengefasst; jede Meldung bleibt in der Meldungsliste.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Rising candles</source>
        <translation>Steigende Kerzen</translation>
    </message>
    <message>
        <source>Falling candles</source>
        <translation>Fallende Kerzen</translation>
    </message>
    <message>
        <source>Theme colours</source>
        <translation>Farben des Erscheinungsbilds</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Rising: theme</source>
        <translation>Steigend: wie Erscheinungsbild</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Falling: theme</source>
        <translation>Fallend: wie Erscheinungsbild</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <source>Where kairos.db (the session, with every recording) lives; used from the next start. Empty: the standard folder.</source>
        <translation>Wo kairos.db (die Sitzung mit allen Aufzeichnungen) liegt; gilt ab dem nächsten Start. Leer: der Standardordner.</translation>
    </message>
    <message>
        <source>This folder cannot hold Kairos&apos;s data: %1</source>
        <translation>Dieser Ordner kann die Daten von Kairos nicht aufnehmen: %1</translation>
    </message>
</context>
<context>
    <name>kairos::RedisConnection</name>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 lehnte ab: %2</translation>
    </message>
    <message>
        <source>cannot format a command</source>
        <translation>ein Befehl lässt sich nicht formatieren</translation>
    </message>
    <message>
        <source>unreadable reply from %1</source>
        <translation>unlesbare Antwort von %1</translation>
    </message>
    <message>
        <source>no connection to %1 within %2 s</source>
        <translation>keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
</context>
<context>
    <name>kairos::RemoteEngine</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>no Kairos node publishes to %1</source>
        <translation>kein Kairos-Knoten veröffentlicht nach %1</translation>
    </message>
</context>
<context>
    <name>kairos::ReplayToolBar</name>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the replay (Space)</source>
        <translation>Wiedergabe anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>On to the end of the next candle of the chart&apos;s timeframe (.)</source>
        <translation>Bis zum Ende der nächsten Kerze im Zeitrahmen des Charts (.)</translation>
    </message>
    <message>
        <source>×1</source>
        <translation>×1</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×100</source>
        <translation>×100</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Replay speed: times real time, or as fast as possible</source>
        <translation>Wiedergabetempo: ein Vielfaches der Echtzeit oder so schnell wie möglich</translation>
    </message>
    <message>
        <source>Drag to seek; back in time replays from the start up to there</source>
        <translation>Ziehen zum Springen; zurück in der Zeit spielt vom Anfang bis dorthin ab</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>%1 of %2 – %3 UTC</source>
        <translation>%1 von %2 – %3 UTC</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Replay finished: %1 – %2 UTC</source>
        <translation>Wiedergabe beendet: %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>kairos::RiskLimitsDialog</name>
    <message>
        <source>Risk limits</source>
        <translation>Risikolimits</translation>
    </message>
    <message>
        <source>A limit of 0 is switched off. Amounts are in the account currency.</source>
        <translation>Ein Limit von 0 ist ausgeschaltet. Beträge sind in Kontowährung.</translation>
    </message>
    <message>
        <source>Max order quantity</source>
        <translation>Max. Ordermenge</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Max order notional</source>
        <translation>Max. Orderwert</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Max position per symbol</source>
        <translation>Max. Position je Symbol</translation>
    </message>
    <message>
        <source>Max position value per symbol</source>
        <translation>Max. Positionswert je Symbol</translation>
    </message>
    <message>
        <source>Max gross exposure</source>
        <translation>Max. Bruttoengagement</translation>
    </message>
    <message>
        <source>Max open orders</source>
        <translation>Max. offene Orders</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Max orders per minute</source>
        <translation>Max. Orders pro Minute</translation>
    </message>
    <message>
        <source>Daily loss limit</source>
        <translation>Tagesverlustlimit</translation>
    </message>
    <message>
        <source>Max drawdown from peak</source>
        <translation>Max. Drawdown vom Höchststand</translation>
    </message>
    <message>
        <source>Cooldown after a losing trade</source>
        <translation>Abkühlphase nach Verlusttrade</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Trading day starts at midnight in</source>
        <translation>Der Handelstag beginnt um Mitternacht in</translation>
    </message>
    <message>
        <source>Kill switch: refuse every new order</source>
        <translation>Not-Aus: jede neue Order ablehnen</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: „%2“ %3</translation>
    </message>
    <message>
        <source>%1 must not be negative (0 switches it off)</source>
        <translation>%1 darf nicht negativ sein (0 schaltet es ab)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this system knows</source>
        <translation>&apos;%1&apos; ist keine Zeitzone, die dieses System kennt</translation>
    </message>
</context>
<context>
    <name>kairos::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>kairos::Side</name>
    <message>
        <source>BUY</source>
        <translation>KAUF</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VERKAUF</translation>
    </message>
</context>
<context>
    <name>kairos::SignalsModel</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>kairos::StorageWriter</name>
    <message>
        <source>storage: writing %1 failed: %2</source>
        <translation>Speicherung: Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>a candle</source>
        <translation>einer Kerze</translation>
    </message>
    <message>
        <source>an open candle</source>
        <translation>einer offenen Kerze</translation>
    </message>
    <message>
        <source>a tick</source>
        <translation>eines Ticks</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>eines Signals</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>the fill of order %1</source>
        <translation>der Ausführung von Order %1</translation>
    </message>
    <message>
        <source>the cancellation of order %1</source>
        <translation>der Stornierung von Order %1</translation>
    </message>
    <message>
        <source>an alert</source>
        <translation>eines Alarms</translation>
    </message>
    <message>
        <source>the equity curve</source>
        <translation>der Kapitalkurve</translation>
    </message>
    <message>
        <source>a position</source>
        <translation>einer Position</translation>
    </message>
    <message>
        <source>an indicator snapshot</source>
        <translation>eines Indikator-Schnappschusses</translation>
    </message>
    <message>
        <source>the transaction</source>
        <translation>der Transaktion</translation>
    </message>
    <message>
        <source>the starting cash</source>
        <translation>das Startkapital</translation>
    </message>
    <message>
        <source>the database %1 cannot be locked</source>
        <translation>die Datenbank %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>database %1 in use by process %2 (%3)</source>
        <translation>Datenbank %1 wird von Prozess %2 (%3) benutzt</translation>
    </message>
    <message>
        <source>the trigger of order %1</source>
        <translation>des Auslösens von Order %1</translation>
    </message>
    <message>
        <source>the denial of order %1</source>
        <translation>der Ablehnung von Order %1</translation>
    </message>
    <message>
        <source>the change of order %1</source>
        <translation>die Änderung von Order %1</translation>
    </message>
    <message>
        <source>the history of order %1</source>
        <translation>den Verlauf von Order %1</translation>
    </message>
</context>
<context>
    <name>kairos::StrategyDialog</name>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Parameters of the selected rule</source>
        <translation>Parameter der gewählten Regel</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Fixed quantity</source>
        <translation>Feste Menge</translation>
    </message>
    <message>
        <source>Fixed notional</source>
        <translation>Fester Orderwert</translation>
    </message>
    <message>
        <source>Percent of equity</source>
        <translation>Prozent des Kapitals</translation>
    </message>
    <message>
        <source>Flip an opposite position</source>
        <translation>Gegenposition umkehren</translation>
    </message>
    <message>
        <source>Only close an opposite position</source>
        <translation>Gegenposition nur schließen</translation>
    </message>
    <message>
        <source>Ignore while positioned</source>
        <translation>Ignorieren, solange positioniert</translation>
    </message>
    <message>
        <source>Order size</source>
        <translation>Ordergröße</translation>
    </message>
    <message>
        <source>order size &apos;%1&apos; %2</source>
        <translation>Ordergröße „%1“ %2</translation>
    </message>
    <message>
        <source>Risk % of equity at the stop</source>
        <translation>Risiko in % des Eigenkapitals am Stop</translation>
    </message>
    <message>
        <source>Risk: the quantity whose loss at the stop-loss (or the trailing stop) is that percent of equity.</source>
        <translation>Risiko: die Menge, deren Verlust am Stop-Loss (oder Trailing-Stop) diesem Prozentsatz des Eigenkapitals entspricht.</translation>
    </message>
    <message>
        <source>Exits of every position it opens</source>
        <translation>Ausstiege jeder eröffneten Position</translation>
    </message>
    <message>
        <source>Stop loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>Take profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>% of the price</source>
        <translation>% des Preises</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>× ATR(%1)</source>
        <translation>× ATR(%1)</translation>
    </message>
    <message>
        <source>exit distance &apos;%1&apos; %2</source>
        <translation>Ausstiegsabstand &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>A take-profit limit and a stop-loss stop, one-cancels-other, each a distance from the entry price; a trailing stop makes the stop-loss trail at its distance; a time limit closes the position after a number of candles. Empty: none.</source>
        <translation>Ein Take-Profit-Limit und ein Stop-Loss-Stop, One-Cancels-Other, jeweils ein Abstand vom Einstiegspreis; ein Trailing-Stop lässt den Stop-Loss in seinem Abstand nachziehen; ein Zeitlimit schließt die Position nach einer Anzahl Kerzen. Leer: keiner.</translation>
    </message>
    <message>
        <source> candles</source>
        <translation> Kerzen</translation>
    </message>
    <message>
        <source>After this many candles of the strategy&apos;s timeframe, what is left of the position closes at market (its trades say &quot;expired&quot;).</source>
        <translation>Nach so vielen Kerzen des Zeitrahmens der Strategie wird der Rest der Position bestens geschlossen (ihre Trades sagen „abgelaufen“).</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>kairos::StudiesMenu</name>
    <message>
        <source>Simple moving average</source>
        <translation>Einfacher gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Fast exponential moving average</source>
        <translation>Schneller exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Slow exponential moving average</source>
        <translation>Langsamer exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation>Bollinger-Bänder</translation>
    </message>
    <message>
        <source>VWAP (session)</source>
        <translation>VWAP (Sitzung)</translation>
    </message>
    <message>
        <source>RSI pane</source>
        <translation>RSI-Bereich</translation>
    </message>
    <message>
        <source>MACD pane</source>
        <translation>MACD-Bereich</translation>
    </message>
    <message>
        <source>&amp;Studies on this chart…</source>
        <translation>&amp;Studien in diesem Chart…</translation>
    </message>
</context>
<context>
    <name>kairos::StudyListDialog</name>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>Studie hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>NAME or NAME:PARAM:… in TA-Lib&apos;s parameter order, e.g. rsi:14, bb:20:2, sar:0.02:0.2</source>
        <translation>NAME oder NAME:PARAM:… in der Parameterreihenfolge von TA-Lib, z. B. rsi:14, bb:20:2, sar:0.02:0.2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price: over the candles; 1, 2 …: panes below them, shared by studies of the same number</source>
        <translation>Preis: über den Kerzen; 1, 2 …: Bereiche darunter, geteilt von Studien mit derselben Nummer</translation>
    </message>
    <message>
        <source>Study colour</source>
        <translation>Farbe der Studie</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Gepunktet</translation>
    </message>
</context>
<context>
    <name>kairos::TerminalSession</name>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>Wiedergabe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) of the replay file skipped</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile der Wiedergabedatei übersprungen</numerusform>
            <numerusform>%n fehlerhafte Zeilen der Wiedergabedatei übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>reading %1 was cancelled</source>
        <translation>das Lesen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Market data feed</source>
        <translation>Marktdaten-Feed</translation>
    </message>
    <message>
        <source>Reading the instrument rules of %1…</source>
        <translation>Lese die Instrumentregeln von %1…</translation>
    </message>
</context>
<context>
    <name>kairos::TradingPanel</name>
    <message>
        <source>Flatten %1</source>
        <translation>%1 glattstellen</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Order %1 stornieren</translation>
    </message>
    <message>
        <source>Cancel all orders</source>
        <translation>Alle Orders stornieren</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>When on, signals become paper orders (through the risk checks).</source>
        <translation>Wenn an, werden Signale zu Papierorders (über die Risikoprüfung).</translation>
    </message>
    <message>
        <source>Allow only orders that make positions smaller.</source>
        <translation>Nur Orders erlauben, die Positionen verkleinern.</translation>
    </message>
    <message>
        <source>Resume trading</source>
        <translation>Handel fortsetzen</translation>
    </message>
    <message>
        <source>Trading was halted by the circuit breaker; resuming starts the loss and drawdown limits afresh.</source>
        <translation>Der Handel wurde durch die Notbremse angehalten; das Fortsetzen startet Verlust- und Drawdown-Limits neu.</translation>
    </message>
    <message>
        <source>KILL SWITCH</source>
        <translation>NOT-AUS</translation>
    </message>
    <message>
        <source>Equity &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kapital &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Day PnL &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation>Tages-GuV &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawdown &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Drawdown &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>REDUCING</source>
        <translation>REDUZIEREN</translation>
    </message>
    <message>
        <source>HALTED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <source>Trading decisions are made by the node this window follows</source>
        <translation>Handelsentscheidungen trifft der Knoten, dem dieses Fenster folgt</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Mark every alert as seen (they stop showing in bold).</source>
        <translation>Alle Meldungen als gesehen markieren (sie erscheinen nicht mehr fett).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected alerts, or all shown, as tab-separated text.</source>
        <translation>Die gewählten Meldungen, sonst alle angezeigten, als tabulatorgetrennten Text kopieren.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Empty the list (the database keeps every alert).</source>
        <translation>Die Liste leeren (die Datenbank behält jede Meldung).</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
    <message>
        <source>Auto-trade ON</source>
        <translation>Auto-Handel AN</translation>
    </message>
    <message>
        <source>Auto-trade off</source>
        <translation>Auto-Handel aus</translation>
    </message>
    <message>
        <source>Reduce only ON</source>
        <translation>Nur reduzieren AN</translation>
    </message>
    <message>
        <source>Reduce only off</source>
        <translation>Nur reduzieren aus</translation>
    </message>
    <message>
        <source>Cancel every working order and refuse every new one until released (Ctrl+K).</source>
        <translation>Jede offene Order stornieren und jede neue ablehnen, bis gelöst (Strg+K).</translation>
    </message>
    <message>
        <source>RELEASE KILL SWITCH</source>
        <translation>NOT-AUS LÖSEN</translation>
    </message>
    <message>
        <source>Accept orders again (Ctrl+K).</source>
        <translation>Orders wieder annehmen (Strg+K).</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>%1 umkehren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Link the two selected orders one-cancels-other</source>
        <translation>Die zwei gewählten Orders One-Cancels-Other verknüpfen</translation>
    </message>
    <message>
        <source>Select two working orders to link them one-cancels-other.</source>
        <translation>Zwei offene Orders wählen, um sie One-Cancels-Other zu verknüpfen.</translation>
    </message>
    <message>
        <source>Orders %1 and %2 are of different symbols: only orders of one symbol can be linked one-cancels-other.</source>
        <translation>Orders %1 und %2 gehören zu verschiedenen Symbolen: nur Orders eines Symbols lassen sich One-Cancels-Other verknüpfen.</translation>
    </message>
    <message>
        <source>Order %1 is already one-cancels-other with order %2: unlink it first.</source>
        <translation>Order %1 ist bereits One-Cancels-Other mit Order %2: zuerst lösen.</translation>
    </message>
    <message>
        <source>Order %1 is a bracket&apos;s exit waiting for its entry.</source>
        <translation>Order %1 ist ein Bracket-Ausstieg, der auf seinen Einstieg wartet.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n selected orders</source>
        <translation>
            <numerusform>Die %n gewählte Order stornieren</numerusform>
            <numerusform>Die %n gewählten Orders stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Link orders %1 and %2 one-cancels-other</source>
        <translation>Orders %1 und %2 One-Cancels-Other verknüpfen</translation>
    </message>
    <message>
        <source>Unlink order %1 from order %2</source>
        <translation>Order %1 von Order %2 lösen</translation>
    </message>
</context>
<context>
    <name>kairos::VenueBackfill</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>mehr als %1 Seiten</translation>
    </message>
</context>
<context>
    <name>kairos::VenueFeed</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>no connection after %1 s</source>
        <translation>keine Verbindung nach %1 s</translation>
    </message>
    <message>
        <source>nothing heard for %1 s</source>
        <translation>seit %1 s nichts empfangen</translation>
    </message>
    <message>
        <source>daily reconnect</source>
        <translation>tägliche neue Verbindung</translation>
    </message>
    <message>
        <source>trade id jumped from %1 to %2</source>
        <translation>Trade-ID sprang von %1 auf %2</translation>
    </message>
    <message>
        <source>heartbeat reports trade %1, last received %2</source>
        <translation>Heartbeat meldet Trade %1, zuletzt empfangen %2</translation>
    </message>
    <message numerus="yes">
        <source>; backfilled %n trade(s) from the REST API</source>
        <translation>
            <numerusform>; %n Trade über die REST-API nachgeladen</numerusform>
            <numerusform>; %n Trades über die REST-API nachgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>; backfill failed: %1</source>
        <translation>; Nachladen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>; the REST API had only part of the %n missing trade(s)</source>
        <translation>
            <numerusform>; die REST-API hatte nur einen Teil des %n fehlenden Trades</numerusform>
            <numerusform>; die REST-API hatte nur einen Teil der %n fehlenden Trades</numerusform>
        </translation>
    </message>
    <message>
        <source>a message over %1 MiB was refused</source>
        <translation>eine Nachricht über %1 MiB wurde abgewiesen</translation>
    </message>
</context>
<context>
    <name>kairos::WatchlistModel</name>
    <message>
        <source>Change since the UTC day&apos;s open</source>
        <translation>Änderung seit Tageseröffnung (UTC)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kairos — a desktop trading terminal.</source>
        <translation>Kairos — ein Trading-Terminal für den Desktop.</translation>
    </message>
    <message>
        <source>FEED</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Number of simulated symbols (1-50, default 6).</source>
        <translation>Anzahl simulierter Symbole (1–50, Standard 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Simulated ticks per second over all symbols (default 300).</source>
        <translation>Simulierte Ticks pro Sekunde über alle Symbole (Standard 300).</translation>
    </message>
    <message>
        <source>Simulator seed, for a repeatable market (default: random).</source>
        <translation>Startwert des Simulators für einen wiederholbaren Markt (Standard: zufällig).</translation>
    </message>
    <message>
        <source>Hours of simulated history to start with (default 8).</source>
        <translation>Stunden simulierter Historie zum Start (Standard 8).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a few seconds and quit.</source>
        <translation>Nach einigen Sekunden ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--symbols: expected 1 to 50, got &apos;%1&apos;</source>
        <translation>--symbols: 1 bis 50 erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>--tick-rate: expected a rate above 0 and up to 5000000, got &apos;%1&apos;</source>
        <translation>--tick-rate: eine Rate über 0 und bis 5000000 erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>--history: expected 0 to 720 hours, got &apos;%1&apos;</source>
        <translation>--history: 0 bis 720 Stunden erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number</source>
        <translation>--seed: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>SQLite database to keep the session in and warm-start from (default: kairos.db in the user&apos;s data folder).</source>
        <translation>SQLite-Datenbank, in der die Sitzung gespeichert wird und aus der sie warm startet (Standard: kairos.db im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Publish every event to Redis: redis://[user:password@]host:port[/db] or rediss://.</source>
        <translation>Jedes Ereignis in Redis veröffentlichen: redis://[Benutzer:Passwort@]Host:Port[/DB] oder rediss://.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--feed: %1</source>
        <translation>--feed: %1</translation>
    </message>
    <message>
        <source>--redis: %1</source>
        <translation>--redis: %1</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>Market data source: &apos;sim&apos;, the simulator (default); &apos;replay:FILE&apos; for a ticks or candles CSV or a recorded database; &apos;VENUE:PAIR,PAIR,…&apos; for a venue&apos;s public trades, VENUE one of binance, coinbase, kraken (e.g. kraken:BTC/USD,ETH/USD); or &apos;redis:URL&apos; to follow a headless node through Redis (read-only).</source>
        <translation>Marktdatenquelle: &apos;sim&apos;, der Simulator (Standard); &apos;replay:DATEI&apos; für eine Ticks- oder Kerzen-CSV oder eine aufgezeichnete Datenbank; &apos;BÖRSE:PAAR,PAAR,…&apos; für die öffentlichen Trades einer Börse, BÖRSE eine von binance, coinbase, kraken (z. B. kraken:BTC/USD,ETH/USD); oder &apos;redis:URL&apos;, um einem Knoten ohne Oberfläche über Redis zu folgen (nur lesend).</translation>
    </message>
    <message>
        <source>Base URL of the venue&apos;s WebSocket (a proxy, a testnet or a local server).</source>
        <translation>Basis-URL des WebSockets der Börse (ein Proxy, ein Testnetz oder ein lokaler Server).</translation>
    </message>
    <message>
        <source>Base URL of the venue&apos;s REST API, which fills gaps with the trades missed.</source>
        <translation>Basis-URL der REST-API der Börse, die Lücken mit den verpassten Trades füllt.</translation>
    </message>
    <message>
        <source>Replay speed: a multiple of real time (default 1), or max.</source>
        <translation>Wiedergabetempo: ein Vielfaches der Echtzeit (Standard 1) oder max.</translation>
    </message>
    <message>
        <source>N|max</source>
        <translation>N|max</translation>
    </message>
    <message>
        <source>Market data feed</source>
        <translation>Marktdaten-Feed</translation>
    </message>
    <message>
        <source>The feed cannot start: %1</source>
        <translation>Der Feed kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Keep nothing: the session lives in a scratch file removed at exit.</source>
        <translation>Nichts behalten: die Sitzung liegt in einer Arbeitsdatei, die beim Beenden gelöscht wird.</translation>
    </message>
    <message>
        <source>--speed: expected a number from 0.001 to 1000000, or max, got &apos;%1&apos;</source>
        <translation>--speed: eine Zahl von 0,001 bis 1000000 oder max erwartet, „%1“ erhalten</translation>
    </message>
</context>
</TS>
