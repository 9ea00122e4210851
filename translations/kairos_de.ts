<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>CandleCsvReader</name>
    <message>
        <source>time %1 is not after the previous candle&apos;s %2</source>
        <translation>Zeit %1 liegt nicht nach der vorigen Kerze (%2)</translation>
    </message>
    <message>
        <source>high %1 and low %2 do not enclose open %3 and close %4</source>
        <translation>Hoch %1 und Tief %2 umschließen Eröffnung %3 und Schluss %4 nicht</translation>
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
        <source>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time</source>
        <translation>Feld „time“: „%1“ ist weder Epochen-Millisekunden noch eine ISO-8601-Zeit</translation>
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
</context>
<context>
    <name>SignalMarkers</name>
    <message>
        <source>%1 %2 · confidence %3
%4</source>
        <translation>%1 %2 · Konfidenz %3
%4</translation>
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
</context>
<context>
    <name>TickCsvReader</name>
    <message>
        <source>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</source>
        <translation>Feld „side“: „%1“ ist weder buy noch sell</translation>
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
