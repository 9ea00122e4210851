<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>TickCsvReader</name>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>Feld „%1“: „%2“ %3</translation>
    </message>
    <message>
        <source>is not positive</source>
        <translation>ist nicht positiv</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time</source>
        <translation>Feld „time“: „%1“ ist weder Epochen-Millisekunden noch eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</source>
        <translation>Feld „side“: „%1“ ist weder buy noch sell</translation>
    </message>
    <message>
        <source>%1: empty file, expected a header row</source>
        <translation>%1: leere Datei, Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>%1:1: header lacks the column(s) %2 (found: %3)</source>
        <translation>%1:1: der Kopfzeile fehlen die Spalten %2 (gefunden: %3)</translation>
    </message>
    <message>
        <source>expected at least %1 fields, found %2</source>
        <translation>mindestens %1 Felder erwartet, %2 gefunden</translation>
    </message>
</context>
<context>
    <name>kairos::CandleChart</name>
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
        <source>Ticks %1 · late %2 · dropped %3</source>
        <translation>Ticks %1 · verspätet %2 · verworfen %3</translation>
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
        <source>Market data source; &apos;sim&apos; is the simulator (default).</source>
        <translation>Marktdatenquelle; „sim“ ist der Simulator (Standard).</translation>
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
        <source>--feed: &apos;%1&apos; is not available; this build supports &apos;sim&apos;</source>
        <translation>--feed: „%1“ ist nicht verfügbar; dieser Build unterstützt „sim“</translation>
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
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
</context>
</TS>
