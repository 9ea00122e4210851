<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation>unterminated quoted field</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>text after a closing quote</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>is not a decimal number</translation>
    </message>
    <message>
        <source>has more than 8 decimal places</source>
        <translation>has more than 8 decimal places</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
</context>
<context>
    <name>SimulatorConfig</name>
    <message>
        <source>no symbols to simulate</source>
        <translation>no symbols to simulate</translation>
    </message>
    <message>
        <source>tick rate must be positive</source>
        <translation>tick rate must be positive</translation>
    </message>
    <message>
        <source>history length must not be negative</source>
        <translation>history length must not be negative</translation>
    </message>
    <message>
        <source>history tick rate must be positive</source>
        <translation>history tick rate must be positive</translation>
    </message>
    <message>
        <source>a symbol has no name</source>
        <translation>a symbol has no name</translation>
    </message>
    <message>
        <source>%1: start price must be positive</source>
        <translation>%1: start price must be positive</translation>
    </message>
    <message>
        <source>%1: volatility must not be negative</source>
        <translation>%1: volatility must not be negative</translation>
    </message>
    <message>
        <source>%1: price and quantity increments must be positive</source>
        <translation>%1: price and quantity increments must be positive</translation>
    </message>
    <message>
        <source>%1: mean quantity must be positive</source>
        <translation>%1: mean quantity must be positive</translation>
    </message>
</context>
<context>
    <name>TickCsvReader</name>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>field &apos;%1&apos;: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is not positive</source>
        <translation>is not positive</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time</source>
        <translation>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time</translation>
    </message>
    <message>
        <source>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</source>
        <translation>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</translation>
    </message>
    <message>
        <source>%1: empty file, expected a header row</source>
        <translation>%1: empty file, expected a header row</translation>
    </message>
    <message>
        <source>%1:1: header lacks the column(s) %2 (found: %3)</source>
        <translation>%1:1: header lacks the column(s) %2 (found: %3)</translation>
    </message>
    <message>
        <source>expected at least %1 fields, found %2</source>
        <translation>expected at least %1 fields, found %2</translation>
    </message>
</context>
<context>
    <name>kairos::CandleChart</name>
    <message>
        <source>%1 · %2 — waiting for trades</source>
        <translation>%1 · %2 — waiting for trades</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 UTC%4
O %5  H %6  L %7  C %8  V %9  %10%</source>
        <translation>%1 · %2 · %3 UTC%4
O %5  H %6  L %7  C %8  V %9  %10%</translation>
    </message>
    <message>
        <source> · forming</source>
        <translation> · forming</translation>
    </message>
</context>
<context>
    <name>kairos::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <translation>Show %1 candles</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>Follow latest</translation>
    </message>
    <message>
        <source>Keep the latest candle in view (End). Panning or zooming turns this off.</source>
        <translation>Keep the latest candle in view (End). Panning or zooming turns this off.</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>Late ticks are older than the forming candle and are dropped; dropped ticks name an unknown symbol or would overflow a candle&apos;s volume.</source>
        <translation>Late ticks are older than the forming candle and are dropped; dropped ticks name an unknown symbol or would overflow a candle&apos;s volume.</translation>
    </message>
    <message>
        <source>Kairos — %1 · %2</source>
        <translation>Kairos — %1 · %2</translation>
    </message>
    <message>
        <source>%1 ticks/s</source>
        <translation>%1 ticks/s</translation>
    </message>
    <message>
        <source>Event time %1 UTC</source>
        <translation>Event time %1 UTC</translation>
    </message>
    <message>
        <source>Ticks %1 · late %2 · dropped %3</source>
        <translation>Ticks %1 · late %2 · dropped %3</translation>
    </message>
</context>
<context>
    <name>kairos::WatchlistModel</name>
    <message>
        <source>Change since the UTC day&apos;s open</source>
        <translation>Change since the UTC day&apos;s open</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kairos — a desktop trading terminal.</source>
        <translation>Kairos — a desktop trading terminal.</translation>
    </message>
    <message>
        <source>Market data source; &apos;sim&apos; is the simulator (default).</source>
        <translation>Market data source; &apos;sim&apos; is the simulator (default).</translation>
    </message>
    <message>
        <source>FEED</source>
        <translation>FEED</translation>
    </message>
    <message>
        <source>Number of simulated symbols (1-50, default 6).</source>
        <translation>Number of simulated symbols (1-50, default 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Simulated ticks per second over all symbols (default 300).</source>
        <translation>Simulated ticks per second over all symbols (default 300).</translation>
    </message>
    <message>
        <source>Simulator seed, for a repeatable market (default: random).</source>
        <translation>Simulator seed, for a repeatable market (default: random).</translation>
    </message>
    <message>
        <source>Hours of simulated history to start with (default 8).</source>
        <translation>Hours of simulated history to start with (default 8).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a few seconds and quit.</source>
        <translation>Save a picture of the window to FILE after a few seconds and quit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--feed: &apos;%1&apos; is not available; this build supports &apos;sim&apos;</source>
        <translation>--feed: &apos;%1&apos; is not available; this build supports &apos;sim&apos;</translation>
    </message>
    <message>
        <source>--symbols: expected 1 to 50, got &apos;%1&apos;</source>
        <translation>--symbols: expected 1 to 50, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tick-rate: expected a rate above 0 and up to 5000000, got &apos;%1&apos;</source>
        <translation>--tick-rate: expected a rate above 0 and up to 5000000, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--history: expected 0 to 720 hours, got &apos;%1&apos;</source>
        <translation>--history: expected 0 to 720 hours, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number</source>
        <translation>--seed: &apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
</context>
</TS>
