<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AlertRule</name>
    <message>
        <source>any symbol</source>
        <translation>any symbol</translation>
    </message>
    <message>
        <source>a signal fires on %1</source>
        <translation>a signal fires on %1</translation>
    </message>
    <message>
        <source>%1 unrealized PnL beyond ±%2</source>
        <translation>%1 unrealized PnL beyond ±%2</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unknown kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unknown indicator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;level&apos; must be a number</source>
        <translation>&apos;level&apos; must be a number</translation>
    </message>
    <message>
        <source>a PnL amount must be above 0</source>
        <translation>a PnL amount must be above 0</translation>
    </message>
    <message>
        <source>rises through</source>
        <translation>rises through</translation>
    </message>
    <message>
        <source>falls through</source>
        <translation>falls through</translation>
    </message>
    <message>
        <source>crosses</source>
        <translation>crosses</translation>
    </message>
    <message>
        <source>%1 price %2 %3</source>
        <translation>%1 price %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 on %3 s candles %4 %5</source>
        <translation>%1 %2 on %3 s candles %4 %5</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos; (up, down or either)</source>
        <translation>unknown direction &apos;%1&apos; (up, down or either)</translation>
    </message>
    <message>
        <source>unknown frequency &apos;%1&apos; (once, oncePerCandle or every)</source>
        <translation>unknown frequency &apos;%1&apos; (once, oncePerCandle or every)</translation>
    </message>
    <message>
        <source>&apos;cooldown&apos; must be 0 to 86400 seconds</source>
        <translation>&apos;cooldown&apos; must be 0 to 86400 seconds</translation>
    </message>
    <message>
        <source>&apos;timeframe&apos; must be a number of seconds</source>
        <translation>&apos;timeframe&apos; must be a number of seconds</translation>
    </message>
    <message>
        <source>%1 price %2 a %3</source>
        <translation>%1 price %2 a %3</translation>
    </message>
    <message>
        <source>&apos;line&apos;: %1</source>
        <translation>&apos;line&apos;: %1</translation>
    </message>
    <message>
        <source>&apos;line&apos; must be a horizontal line, a trend line or a ray</source>
        <translation>&apos;line&apos; must be a horizontal line, a trend line or a ray</translation>
    </message>
    <message>
        <source>%1 price %2 a horizontal line at %3</source>
        <translation>%1 price %2 a horizontal line at %3</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>%1 rose through %2 (now %3)</source>
        <translation>%1 rose through %2 (now %3)</translation>
    </message>
    <message>
        <source>%1 fell through %2 (now %3)</source>
        <translation>%1 fell through %2 (now %3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s) rose through %4 (now %5)</source>
        <translation>%1 %2 (%3 s) rose through %4 (now %5)</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s) fell through %4 (now %5)</source>
        <translation>%1 %2 (%3 s) fell through %4 (now %5)</translation>
    </message>
    <message>
        <source>signal: %1 %2 %3</source>
        <translation>signal: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 unrealized PnL %2 is beyond ±%3</source>
        <translation>%1 unrealized PnL %2 is beyond ±%3</translation>
    </message>
    <message>
        <source>%1 rose through the %2 at %3 (now %4)</source>
        <translation>%1 rose through the %2 at %3 (now %4)</translation>
    </message>
    <message>
        <source>%1 fell through the %2 at %3 (now %4)</source>
        <translation>%1 fell through the %2 at %3 (now %4)</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>the saved strategy no longer reads (%1): the standard strategy is used</source>
        <translation>the saved strategy no longer reads (%1): the standard strategy is used</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>the saved risk limits no longer read (%1): the kill switch is on until you check Trading → Risk limits…</source>
        <translation>the saved risk limits no longer read (%1): the kill switch is on until you check Trading → Risk limits…</translation>
    </message>
    <message>
        <source>saved alert rule %1 no longer reads and is not checked: %2 (%3)</source>
        <translation>saved alert rule %1 no longer reads and is not checked: %2 (%3)</translation>
    </message>
    <message>
        <source>the saved paper broker settings no longer read (%1): its defaults are used until you check Trading → Paper broker…</source>
        <translation>the saved paper broker settings no longer read (%1): its defaults are used until you check Trading → Paper broker…</translation>
    </message>
</context>
<context>
    <name>BinanceProtocol</name>
    <message>
        <source>not a trade (e = &apos;%1&apos;)</source>
        <translation>not a trade (e = &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing field &apos;s&apos;</source>
        <translation>missing field &apos;s&apos;</translation>
    </message>
    <message>
        <source>missing field &apos;T&apos;</source>
        <translation>missing field &apos;T&apos;</translation>
    </message>
    <message>
        <source>aggTrades: an entry without trade ids</source>
        <translation>aggTrades: an entry without trade ids</translation>
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
        <translation>exchangeInfo: no &apos;symbols&apos; list</translation>
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
        <translation>close %1 broke above the upper Bollinger band %2 (BB %3, %4)</translation>
    </message>
    <message>
        <source>close %1 broke below the lower Bollinger band %2 (BB %3, %4)</source>
        <translation>close %1 broke below the lower Bollinger band %2 (BB %3, %4)</translation>
    </message>
</context>
<context>
    <name>BrokerConfig</name>
    <message>
        <source>slippage must be between 0 and 1000 bps, not %1</source>
        <translation>slippage must be between 0 and 1000 bps, not %1</translation>
    </message>
    <message>
        <source>maker fee must be between 0 and 1000 bps, not %1</source>
        <translation>maker fee must be between 0 and 1000 bps, not %1</translation>
    </message>
    <message>
        <source>taker fee must be between 0 and 1000 bps, not %1</source>
        <translation>taker fee must be between 0 and 1000 bps, not %1</translation>
    </message>
    <message>
        <source>latency must be between 0 and 60000 ms, not %1</source>
        <translation>latency must be between 0 and 60000 ms, not %1</translation>
    </message>
    <message>
        <source>participation must be between 0 and 100 %, not %1</source>
        <translation>participation must be between 0 and 100 %, not %1</translation>
    </message>
</context>
<context>
    <name>CalendarBackfill</name>
    <message>
        <source>filling weeks and months failed: %1</source>
        <translation>filling weeks and months failed: %1</translation>
    </message>
</context>
<context>
    <name>CandleCsvReader</name>
    <message>
        <source>time %1 is not after the previous candle&apos;s %2</source>
        <translation>time %1 is not after the previous candle&apos;s %2</translation>
    </message>
    <message>
        <source>high %1 and low %2 do not enclose open %3 and close %4</source>
        <translation>high %1 and low %2 do not enclose open %3 and close %4</translation>
    </message>
    <message>
        <source>volume %1 is more than a candle can be replayed with (at most %2)</source>
        <translation>volume %1 is more than a candle can be replayed with (at most %2)</translation>
    </message>
</context>
<context>
    <name>ChartReadout</name>
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
    <name>CoinbaseProtocol</name>
    <message>
        <source>not a match (type = &apos;%1&apos;)</source>
        <translation>not a match (type = &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing field &apos;product_id&apos;</source>
        <translation>missing field &apos;product_id&apos;</translation>
    </message>
    <message>
        <source>an entry without a trade id</source>
        <translation>an entry without a trade id</translation>
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
        <translation>a candles export needs a symbol</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>writing failed: %1</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>writing %1 failed: %2</translation>
    </message>
    <message>
        <source>%1: candles %2 ms apart are not one of the timeframes %3</source>
        <translation>%1: candles %2 ms apart are not one of the timeframes %3</translation>
    </message>
</context>
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
    <message>
        <source>line longer than %1 MiB</source>
        <translation>line longer than %1 MiB</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: empty file, expected a header row</source>
        <translation>%1: empty file, expected a header row</translation>
    </message>
    <message>
        <source>%1:1: header lacks the column(s) %2 (found: %3)</source>
        <translation>%1:1: header lacks the column(s) %2 (found: %3)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>field &apos;%1&apos;: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>is negative</translation>
    </message>
    <message>
        <source>is not positive</source>
        <translation>is not positive</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>; its lines end in a bare CR: save it with LF or CRLF line ends</source>
        <translation>; its lines end in a bare CR: save it with LF or CRLF line ends</translation>
    </message>
    <message>
        <source>%1:1: header: %2</source>
        <translation>%1:1: header: %2</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time of the years 1 to 9999</source>
        <translation>field &apos;time&apos;: &apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time of the years 1 to 9999</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>no folder given</source>
        <translation>no folder given</translation>
    </message>
    <message>
        <source>%1 cannot be made</source>
        <translation>%1 cannot be made</translation>
    </message>
    <message>
        <source>%1 is not writable: %2</source>
        <translation>%1 is not writable: %2</translation>
    </message>
    <message>
        <source>the data folder cannot be used (%1): this session is kept in %2</source>
        <translation>the data folder cannot be used (%1): this session is kept in %2</translation>
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
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Kairos understands (%3): open it with a newer Kairos; it was not changed</source>
        <translation>%1 has schema version %2, newer than this Kairos understands (%3): open it with a newer Kairos; it was not changed</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Kairos reads version %3</source>
        <translation>%1 has schema version %2; this Kairos reads version %3</translation>
    </message>
    <message>
        <source>migrating to schema version %1 failed: %2</source>
        <translation>migrating to schema version %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this Kairos reads (%3): open it once for writing (the desktop app, kairos-cli run --db or import) to upgrade it</source>
        <translation>%1 has schema version %2, older than this Kairos reads (%3): open it once for writing (the desktop app, kairos-cli run --db or import) to upgrade it</translation>
    </message>
    <message>
        <source>%1 is not at schema version %2 yet</source>
        <translation>%1 is not at schema version %2 yet</translation>
    </message>
</context>
<context>
    <name>DatabaseTickSource</name>
    <message>
        <source>%1 holds neither recorded ticks nor minute candles</source>
        <translation>%1 holds neither recorded ticks nor minute candles</translation>
    </message>
    <message>
        <source>%1: the minute candle at %2 has a volume that cannot be replayed</source>
        <translation>%1: the minute candle at %2 has a volume that cannot be replayed</translation>
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
    <name>Drawing</name>
    <message>
        <source>Horizontal line</source>
        <translation>Horizontal line</translation>
    </message>
    <message>
        <source>Vertical line</source>
        <translation>Vertical line</translation>
    </message>
    <message>
        <source>Trend line</source>
        <translation>Trend line</translation>
    </message>
    <message>
        <source>Ray</source>
        <translation>Ray</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Parallel channel</source>
        <translation>Parallel channel</translation>
    </message>
    <message>
        <source>Fibonacci retracement</source>
        <translation>Fibonacci retracement</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>Text note</translation>
    </message>
    <message>
        <source>unknown drawing kind &apos;%1&apos;</source>
        <translation>unknown drawing kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a point of a %1 is not a time and a price</source>
        <translation>a point of a %1 is not a time and a price</translation>
    </message>
    <message numerus="yes">
        <source>a %1 needs %n point(s), not %2</source>
        <translation>
            <numerusform>a %1 needs %n point, not %2</numerusform>
            <numerusform>a %1 needs %n points, not %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawingStore</name>
    <message>
        <source>drawing %1 of %2: %3</source>
        <translation>drawing %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>FeedSpec</name>
    <message>
        <source>--feed replay: needs a file, e.g. replay:ticks.csv</source>
        <translation>--feed replay: needs a file, e.g. replay:ticks.csv</translation>
    </message>
    <message>
        <source>--feed: %1</source>
        <translation>--feed: %1</translation>
    </message>
    <message>
        <source>--feed %1: needs at least one pair, e.g. %1:BTC/USDT</source>
        <translation>--feed %1: needs at least one pair, e.g. %1:BTC/USDT</translation>
    </message>
    <message>
        <source>--feed &apos;%1&apos; is not available: use sim, replay:FILE or VENUE:PAIRS with VENUE one of %2</source>
        <translation>--feed &apos;%1&apos; is not available: use sim, replay:FILE or VENUE:PAIRS with VENUE one of %2</translation>
    </message>
    <message>
        <source>--feed-url: only a venue feed has a URL to override</source>
        <translation>--feed-url: only a venue feed has a URL to override</translation>
    </message>
    <message>
        <source>--feed-url: &apos;%1&apos; is not a ws:// or wss:// URL</source>
        <translation>--feed-url: &apos;%1&apos; is not a ws:// or wss:// URL</translation>
    </message>
    <message>
        <source>--rest-url: only a venue feed has a REST API</source>
        <translation>--rest-url: only a venue feed has a REST API</translation>
    </message>
    <message>
        <source>--rest-url: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--rest-url: &apos;%1&apos; is not an http:// or https:// URL</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>%1: connecting to %2</source>
        <translation>%1: connecting to %2</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: connected</translation>
    </message>
    <message>
        <source>%1: reconnecting in %2 s (%3)</source>
        <translation>%1: reconnecting in %2 s (%3)</translation>
    </message>
    <message>
        <source>%1: stale, %2</source>
        <translation>%1: stale, %2</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: stopped</translation>
    </message>
</context>
<context>
    <name>GapMarkers</name>
    <message>
        <source>backfilled</source>
        <translation>backfilled</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>No market data from %1 to %2
%3</source>
        <translation>No market data from %1 to %2
%3</translation>
    </message>
</context>
<context>
    <name>IndicatorParams</name>
    <message>
        <source>%1 period must be between %2 and 1000, not %3</source>
        <translation>%1 period must be between %2 and 1000, not %3</translation>
    </message>
    <message>
        <source>MACD fast period must be shorter than the slow one</source>
        <translation>MACD fast period must be shorter than the slow one</translation>
    </message>
    <message>
        <source>Bollinger width must be above 0 and at most 10 deviations</source>
        <translation>Bollinger width must be above 0 and at most 10 deviations</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: expected a whole number</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1: out of range</translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation>%1: expected a number</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: expected text</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
</context>
<context>
    <name>KrakenProtocol</name>
    <message>
        <source>not a trade (channel = &apos;%1&apos;)</source>
        <translation>not a trade (channel = &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing field &apos;data&apos;</source>
        <translation>missing field &apos;data&apos;</translation>
    </message>
    <message>
        <source>missing field &apos;symbol&apos;</source>
        <translation>missing field &apos;symbol&apos;</translation>
    </message>
    <message>
        <source>AssetPairs: %1</source>
        <translation>AssetPairs: %1</translation>
    </message>
    <message>
        <source>AssetPairs: the venue reports: %1</source>
        <translation>AssetPairs: the venue reports: %1</translation>
    </message>
    <message>
        <source>AssetPairs: %1: %2</source>
        <translation>AssetPairs: %1: %2</translation>
    </message>
    <message>
        <source>AssetPairs: %1: lot_decimals %2 is not 0 to %3</source>
        <translation>AssetPairs: %1: lot_decimals %2 is not 0 to %3</translation>
    </message>
</context>
<context>
    <name>LocaleDecimal</name>
    <message>
        <source>is not a number in this language: write &apos;%1&apos; for decimals, as in %2</source>
        <translation>is not a number in this language: write &apos;%1&apos; for decimals, as in %2</translation>
    </message>
</context>
<context>
    <name>MacdCrossRule</name>
    <message>
        <source>MACD(%1,%2,%3) crossed above its signal line (histogram %4 → %5)</source>
        <translation>MACD(%1,%2,%3) crossed above its signal line (histogram %4 → %5)</translation>
    </message>
    <message>
        <source>MACD(%1,%2,%3) crossed below its signal line (histogram %4 → %5)</source>
        <translation>MACD(%1,%2,%3) crossed below its signal line (histogram %4 → %5)</translation>
    </message>
</context>
<context>
    <name>MovingAverageCrossRule</name>
    <message>
        <source>%1(%2) crossed above %1(%3) (%4 &gt; %5)</source>
        <translation>%1(%2) crossed above %1(%3) (%4 &gt; %5)</translation>
    </message>
    <message>
        <source>%1(%2) crossed below %1(%3) (%4 &lt; %5)</source>
        <translation>%1(%2) crossed below %1(%3) (%4 &lt; %5)</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>Take profit %1</source>
        <translation>Take profit %1</translation>
    </message>
    <message>
        <source>Stop loss %1</source>
        <translation>Stop loss %1</translation>
    </message>
    <message>
        <source>%1 %2 trailing stop</source>
        <translation>%1 %2 trailing stop</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>%1 %2 stop</source>
        <translation>%1 %2 stop</translation>
    </message>
    <message>
        <source>%1 %2 limit</source>
        <translation>%1 %2 limit</translation>
    </message>
    <message>
        <source>%1 #%2 at %3</source>
        <translation>%1 #%2 at %3</translation>
    </message>
    <message>
        <source> (held)</source>
        <translation> (held)</translation>
    </message>
    <message>
        <source>Long %1 at %2</source>
        <translation>Long %1 at %2</translation>
    </message>
    <message>
        <source>Short %1 at %2</source>
        <translation>Short %1 at %2</translation>
    </message>
</context>
<context>
    <name>OrderSizing</name>
    <message>
        <source>sizing value must be positive, not %1</source>
        <translation>sizing value must be positive, not %1</translation>
    </message>
    <message>
        <source>percent of equity must be at most 100, not %1</source>
        <translation>percent of equity must be at most 100, not %1</translation>
    </message>
    <message>
        <source>whenPositioned: &apos;%1&apos; is not flip, reduce or ignore</source>
        <translation>whenPositioned: &apos;%1&apos; is not flip, reduce or ignore</translation>
    </message>
    <message>
        <source>mode: &apos;%1&apos; is not quantity, notional, percentOfEquity or riskPercent</source>
        <translation>mode: &apos;%1&apos; is not quantity, notional, percentOfEquity or riskPercent</translation>
    </message>
</context>
<context>
    <name>PaperTrader</name>
    <message>
        <source>a fill of %1 %2 could not be booked: amounts out of range</source>
        <translation>a fill of %1 %2 could not be booked: amounts out of range</translation>
    </message>
    <message>
        <source>%1 %2 %3 denied: %4</source>
        <translation>%1 %2 %3 denied: %4</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>flatten</translation>
    </message>
    <message>
        <source>trading resumed by the user</source>
        <translation>trading resumed by the user</translation>
    </message>
    <message>
        <source>filled %1 %2 %3 at %4 (fee %5)</source>
        <translation>filled %1 %2 %3 at %4 (fee %5)</translation>
    </message>
    <message numerus="yes">
        <source>kill switch engaged: %n working order(s) cancelled, every new order refused</source>
        <translation>
            <numerusform>kill switch engaged: %n working order cancelled, every new order refused</numerusform>
            <numerusform>kill switch engaged: %n working orders cancelled, every new order refused</numerusform>
        </translation>
    </message>
    <message>
        <source>kill switch released by the user: orders are accepted again</source>
        <translation>kill switch released by the user: orders are accepted again</translation>
    </message>
    <message>
        <source>client order id %1 was already used: the first order stands</source>
        <translation>client order id %1 was already used: the first order stands</translation>
    </message>
    <message>
        <source>no such instrument</source>
        <translation>no such instrument</translation>
    </message>
    <message>
        <source>the quantity must be above 0</source>
        <translation>the quantity must be above 0</translation>
    </message>
    <message>
        <source>the limit price must be above 0</source>
        <translation>the limit price must be above 0</translation>
    </message>
    <message>
        <source>the broker refused the order</source>
        <translation>the broker refused the order</translation>
    </message>
    <message>
        <source>starting cash set to %1 (%2 paid in)</source>
        <translation>starting cash set to %1 (%2 paid in)</translation>
    </message>
    <message>
        <source>starting cash set to %1 (%2 paid out)</source>
        <translation>starting cash set to %1 (%2 paid out)</translation>
    </message>
    <message>
        <source>the stop price must be above 0</source>
        <translation>the stop price must be above 0</translation>
    </message>
    <message>
        <source>a post-only order needs a limit price</source>
        <translation>a post-only order needs a limit price</translation>
    </message>
    <message>
        <source>a post-only order at %1 would take liquidity at the last price %2</source>
        <translation>a post-only order at %1 would take liquidity at the last price %2</translation>
    </message>
    <message>
        <source>a reduce-only order of %1 would not reduce the position of %2</source>
        <translation>a reduce-only order of %1 would not reduce the position of %2</translation>
    </message>
    <message>
        <source>%1 %2 %3: stop %4 reached by a trade at %5</source>
        <translation>%1 %2 %3: stop %4 reached by a trade at %5</translation>
    </message>
    <message>
        <source>the trailing distance must be above 0 % and below 100 %</source>
        <translation>the trailing distance must be above 0 % and below 100 %</translation>
    </message>
    <message>
        <source>the trailing distance must be above 0</source>
        <translation>the trailing distance must be above 0</translation>
    </message>
    <message>
        <source>order %1 is no longer working: it was not modified</source>
        <translation>order %1 is no longer working: it was not modified</translation>
    </message>
    <message>
        <source>%1 %2 %3: modification of order %4 refused, it stays as it was: %5</source>
        <translation>%1 %2 %3: modification of order %4 refused, it stays as it was: %5</translation>
    </message>
    <message>
        <source>filled %1 %2 of %3 %4 at %5 (fee %6): %7 still working</source>
        <translation>filled %1 %2 of %3 %4 at %5 (fee %6): %7 still working</translation>
    </message>
    <message>
        <source>order %1 was not modified: its new quantity %2 is not above the %3 already filled</source>
        <translation>order %1 was not modified: its new quantity %2 is not above the %3 already filled</translation>
    </message>
    <message>
        <source>order %1 cancelled: order %2, one-cancels-other with it, filled</source>
        <translation>order %1 cancelled: order %2, one-cancels-other with it, filled</translation>
    </message>
    <message>
        <source>take profit</source>
        <translation>take profit</translation>
    </message>
    <message>
        <source>stop loss</source>
        <translation>stop loss</translation>
    </message>
    <message>
        <source>the take-profit %1 of a long position must be above %2</source>
        <translation>the take-profit %1 of a long position must be above %2</translation>
    </message>
    <message>
        <source>the take-profit %1 of a short position must be below %2</source>
        <translation>the take-profit %1 of a short position must be below %2</translation>
    </message>
    <message>
        <source>the stop-loss %1 of a long position must be below %2</source>
        <translation>the stop-loss %1 of a long position must be below %2</translation>
    </message>
    <message>
        <source>the stop-loss %1 of a short position must be above %2</source>
        <translation>the stop-loss %1 of a short position must be above %2</translation>
    </message>
    <message>
        <source>%1: no position to protect</source>
        <translation>%1: no position to protect</translation>
    </message>
    <message>
        <source>%1: protection refused: %2</source>
        <translation>%1: protection refused: %2</translation>
    </message>
    <message>
        <source>order %1 was not modified: the quantity of a linked order follows the order it is linked to</source>
        <translation>order %1 was not modified: the quantity of a linked order follows the order it is linked to</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>reverse</translation>
    </message>
    <message>
        <source>trailing stop</source>
        <translation>trailing stop</translation>
    </message>
    <message>
        <source>both must be working orders</source>
        <translation>both must be working orders</translation>
    </message>
    <message>
        <source>they are orders of different symbols</source>
        <translation>they are orders of different symbols</translation>
    </message>
    <message>
        <source>order %1 is already one-cancels-other with order %2</source>
        <translation>order %1 is already one-cancels-other with order %2</translation>
    </message>
    <message>
        <source>order %1 is a bracket&apos;s exit waiting for its entry</source>
        <translation>order %1 is a bracket&apos;s exit waiting for its entry</translation>
    </message>
    <message>
        <source>orders %1 and %2 were not linked one-cancels-other: %3</source>
        <translation>orders %1 and %2 were not linked one-cancels-other: %3</translation>
    </message>
    <message>
        <source>orders %1 and %2 linked one-cancels-other: a fill of either takes as much off the other</source>
        <translation>orders %1 and %2 linked one-cancels-other: a fill of either takes as much off the other</translation>
    </message>
    <message>
        <source>orders %1 and %2 are no longer one-cancels-other</source>
        <translation>orders %1 and %2 are no longer one-cancels-other</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1 %2 %3: its time limit %4 UTC came, it closes at market at %5</source>
        <translation>%1 %2 %3: its time limit %4 UTC came, it closes at market at %5</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RedisUrl</name>
    <message>
        <source>&apos;%1&apos; is not a Redis URL: %2</source>
        <translation>&apos;%1&apos; is not a Redis URL: %2</translation>
    </message>
    <message>
        <source>the scheme must be redis:// or rediss://</source>
        <translation>the scheme must be redis:// or rediss://</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>no host</translation>
    </message>
    <message>
        <source>the port must be 1 to 65535</source>
        <translation>the port must be 1 to 65535</translation>
    </message>
    <message>
        <source>the database must be a number, not &apos;%1&apos;</source>
        <translation>the database must be a number, not &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReplayInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has nothing to replay</source>
        <translation>%1 has nothing to replay</translation>
    </message>
</context>
<context>
    <name>RiskEngine</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>the kill switch is on: no orders</source>
        <translation>the kill switch is on: no orders</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>halted</translation>
    </message>
    <message>
        <source>trading is halted by the circuit breaker until resumed</source>
        <translation>trading is halted by the circuit breaker until resumed</translation>
    </message>
    <message>
        <source>reduce only</source>
        <translation>reduce only</translation>
    </message>
    <message>
        <source>only orders that reduce a position are allowed (position %1 would become %2)</source>
        <translation>only orders that reduce a position are allowed (position %1 would become %2)</translation>
    </message>
    <message>
        <source>cooling down after a losing trade: %1 s left</source>
        <translation>cooling down after a losing trade: %1 s left</translation>
    </message>
    <message>
        <source>order quantity %1 exceeds the limit %2 by %3</source>
        <translation>order quantity %1 exceeds the limit %2 by %3</translation>
    </message>
    <message>
        <source>order notional %1 exceeds the limit %2 by %3</source>
        <translation>order notional %1 exceeds the limit %2 by %3</translation>
    </message>
    <message>
        <source>position %1 would exceed the limit %2</source>
        <translation>position %1 would exceed the limit %2</translation>
    </message>
    <message>
        <source>position value %1 would exceed the limit %2</source>
        <translation>position value %1 would exceed the limit %2</translation>
    </message>
    <message>
        <source>gross exposure %1 would exceed the limit %2</source>
        <translation>gross exposure %1 would exceed the limit %2</translation>
    </message>
    <message>
        <source>%1 open orders would exceed the limit %2</source>
        <translation>%1 open orders would exceed the limit %2</translation>
    </message>
    <message>
        <source>%1 orders within a minute would exceed the limit %2</source>
        <translation>%1 orders within a minute would exceed the limit %2</translation>
    </message>
    <message>
        <source>daily loss %1 passed the limit %2: trading halted</source>
        <translation>daily loss %1 passed the limit %2: trading halted</translation>
    </message>
    <message>
        <source>drawdown %1% from the peak %2 passed the limit %3%: trading halted</source>
        <translation>drawdown %1% from the peak %2 passed the limit %3%: trading halted</translation>
    </message>
</context>
<context>
    <name>RiskLimits</name>
    <message>
        <source>%1 must not be negative (is %2)</source>
        <translation>%1 must not be negative (is %2)</translation>
    </message>
    <message>
        <source>maxOpenOrders must be between 0 and 100000 (is %1)</source>
        <translation>maxOpenOrders must be between 0 and 100000 (is %1)</translation>
    </message>
    <message>
        <source>maxOrdersPerMinute must be between 0 and 100000 (is %1)</source>
        <translation>maxOrdersPerMinute must be between 0 and 100000 (is %1)</translation>
    </message>
    <message>
        <source>maxDrawdownPercent must be between 0 and 100 (is %1)</source>
        <translation>maxDrawdownPercent must be between 0 and 100 (is %1)</translation>
    </message>
    <message>
        <source>cooldownAfterLossSeconds must be between 0 and 86400 (is %1)</source>
        <translation>cooldownAfterLossSeconds must be between 0 and 86400 (is %1)</translation>
    </message>
    <message>
        <source>dayTimeZone &apos;%1&apos; is not a known time zone</source>
        <translation>dayTimeZone &apos;%1&apos; is not a known time zone</translation>
    </message>
</context>
<context>
    <name>RsiExitRule</name>
    <message>
        <source>RSI(%1) rose above %2 (%3 → %4)</source>
        <translation>RSI(%1) rose above %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>RSI(%1) fell below %2 (%3 → %4)</source>
        <translation>RSI(%1) fell below %2 (%3 → %4)</translation>
    </message>
</context>
<context>
    <name>RuleConfig</name>
    <message>
        <source>Moving average cross</source>
        <translation>Moving average cross</translation>
    </message>
    <message>
        <source>RSI leaves oversold/overbought</source>
        <translation>RSI leaves oversold/overbought</translation>
    </message>
    <message>
        <source>MACD crosses its signal line</source>
        <translation>MACD crosses its signal line</translation>
    </message>
    <message>
        <source>Close breaks out of a Bollinger band</source>
        <translation>Close breaks out of a Bollinger band</translation>
    </message>
    <message>
        <source>Fast period</source>
        <translation>Fast period</translation>
    </message>
    <message>
        <source>Slow period</source>
        <translation>Slow period</translation>
    </message>
    <message>
        <source>Exponential (1) or simple (0)</source>
        <translation>Exponential (1) or simple (0)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Oversold level</source>
        <translation>Oversold level</translation>
    </message>
    <message>
        <source>Overbought level</source>
        <translation>Overbought level</translation>
    </message>
    <message>
        <source>Signal period</source>
        <translation>Signal period</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Standard deviations</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1: %2 is missing</translation>
    </message>
    <message>
        <source>%1: %2 must be between %3 and %4, not %5</source>
        <translation>%1: %2 must be between %3 and %4, not %5</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number</source>
        <translation>%1: %2 must be a whole number</translation>
    </message>
    <message>
        <source>%1: the fast period must be shorter than the slow one</source>
        <translation>%1: the fast period must be shorter than the slow one</translation>
    </message>
    <message>
        <source>%1: the oversold level must be below the overbought level</source>
        <translation>%1: the oversold level must be below the overbought level</translation>
    </message>
    <message>
        <source>unknown rule kind &apos;%1&apos;</source>
        <translation>unknown rule kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameters: expected an object</source>
        <translation>parameters: expected an object</translation>
    </message>
    <message>
        <source>parameters.%1: unknown parameter of %2</source>
        <translation>parameters.%1: unknown parameter of %2</translation>
    </message>
    <message>
        <source>parameters.%1: expected a number</source>
        <translation>parameters.%1: expected a number</translation>
    </message>
    <message>
        <source>A study crosses another or a level</source>
        <translation>A study crosses another or a level</translation>
    </message>
    <message>
        <source>Direction: up (1), down (-1) or both (0)</source>
        <translation>Direction: up (1), down (-1) or both (0)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>NAME or NAME:PARAM:… (e.g. ema:9, rsi:14, macd:12:26:9.signal); the first output of a study with several unless .part names one. Studies: %1</source>
        <translation>NAME or NAME:PARAM:… (e.g. ema:9, rsi:14, macd:12:26:9.signal); the first output of a study with several unless .part names one. Studies: %1</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>Crosses</translation>
    </message>
    <message>
        <source>Another study, as above, or a level (e.g. 30)</source>
        <translation>Another study, as above, or a level (e.g. 30)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nor is it a level)</source>
        <translation>%1: %2 (nor is it a level)</translation>
    </message>
    <message>
        <source>parameters.%1: expected a string</source>
        <translation>parameters.%1: expected a string</translation>
    </message>
</context>
<context>
    <name>SignalMarkers</name>
    <message>
        <source>%1 %2 · confidence %3
%4</source>
        <translation>%1 %2 · confidence %3
%4</translation>
    </message>
    <message>
        <source>Order denied
%1</source>
        <translation>Order denied
%1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Bought %1 at %2
%3</source>
        <translation>Bought %1 at %2
%3</translation>
    </message>
    <message>
        <source>Sold %1 at %2
%3</source>
        <translation>Sold %1 at %2
%3</translation>
    </message>
</context>
<context>
    <name>SignalOrders</name>
    <message>
        <source>%1 %2 signal not traded: its size at %3 is beyond what an order can hold</source>
        <translation>%1 %2 signal not traded: its size at %3 is beyond what an order can hold</translation>
    </message>
    <message>
        <source>%1 %2 signal not traded: its size at %3 rounds to 0 at the quantity step %4</source>
        <translation>%1 %2 signal not traded: its size at %3 rounds to 0 at the quantity step %4</translation>
    </message>
    <message>
        <source>%1 %2 signal not traded: its %3 is measured in ATR(%4), not known yet</source>
        <translation>%1 %2 signal not traded: its %3 is measured in ATR(%4), not known yet</translation>
    </message>
    <message>
        <source>stop loss</source>
        <translation>stop loss</translation>
    </message>
    <message>
        <source>take profit</source>
        <translation>take profit</translation>
    </message>
    <message>
        <source>trailing stop</source>
        <translation>trailing stop</translation>
    </message>
    <message>
        <source>%1 %2 signal not traded: its stop loss %3 below %4 would be at or below zero</source>
        <translation>%1 %2 signal not traded: its stop loss %3 below %4 would be at or below zero</translation>
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
    <name>StorageReader</name>
    <message>
        <source>reading the database failed: %1</source>
        <translation>reading the database failed: %1</translation>
    </message>
</context>
<context>
    <name>StrategyConfig</name>
    <message>
        <source>Standard signals</source>
        <translation>Standard signals</translation>
    </message>
    <message>
        <source>the strategy needs a name</source>
        <translation>the strategy needs a name</translation>
    </message>
    <message>
        <source>the strategy needs a timeframe</source>
        <translation>the strategy needs a timeframe</translation>
    </message>
    <message>
        <source>timeframe: %1 s is not one Kairos builds (1, 60, 300, 900, 3600, 14400, 86400)</source>
        <translation>timeframe: %1 s is not one Kairos builds (1, 60, 300, 900, 3600, 14400, 86400)</translation>
    </message>
    <message>
        <source>rules: expected an array</source>
        <translation>rules: expected an array</translation>
    </message>
    <message>
        <source>rules[%1]: %2</source>
        <translation>rules[%1]: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>sizing: expected an object</source>
        <translation>sizing: expected an object</translation>
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
        <translation>sizing by risk needs a stopLoss or trailingStop exit to measure the risk at</translation>
    </message>
    <message>
        <source>exits: expected an object</source>
        <translation>exits: expected an object</translation>
    </message>
</context>
<context>
    <name>StrategyExits</name>
    <message>
        <source>%1: the distance must be positive, not %2</source>
        <translation>%1: the distance must be positive, not %2</translation>
    </message>
    <message>
        <source>%1: a percent below 100, not %2</source>
        <translation>%1: a percent below 100, not %2</translation>
    </message>
    <message>
        <source>%1: at most 100 ATR, not %2</source>
        <translation>%1: at most 100 ATR, not %2</translation>
    </message>
    <message>
        <source>%1: expected an object of one of percent, price or atr</source>
        <translation>%1: expected an object of one of percent, price or atr</translation>
    </message>
    <message>
        <source>%1.%2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>timeLimit: 1 to %1 candles, not %2</source>
        <translation>timeLimit: 1 to %1 candles, not %2</translation>
    </message>
    <message>
        <source>timeLimit: expected an object with candles</source>
        <translation>timeLimit: expected an object with candles</translation>
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
        <translation>%1 crossed above %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>%1 crossed below %2 (%3 → %4)</source>
        <translation>%1 crossed below %2 (%3 → %4)</translation>
    </message>
</context>
<context>
    <name>StudyRegistry</name>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>upper</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lower</translation>
    </message>
    <message>
        <source>Simple moving average</source>
        <translation>Simple moving average</translation>
    </message>
    <message>
        <source>Exponential moving average</source>
        <translation>Exponential moving average</translation>
    </message>
    <message>
        <source>Weighted moving average</source>
        <translation>Weighted moving average</translation>
    </message>
    <message>
        <source>Double exponential moving average</source>
        <translation>Double exponential moving average</translation>
    </message>
    <message>
        <source>Triple exponential moving average</source>
        <translation>Triple exponential moving average</translation>
    </message>
    <message>
        <source>Kaufman adaptive moving average</source>
        <translation>Kaufman adaptive moving average</translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation>Bollinger Bands</translation>
    </message>
    <message>
        <source>deviations</source>
        <translation>deviations</translation>
    </message>
    <message>
        <source>Keltner channel</source>
        <translation>Keltner channel</translation>
    </message>
    <message>
        <source>ATR multiple</source>
        <translation>ATR multiple</translation>
    </message>
    <message>
        <source>ATR period</source>
        <translation>ATR period</translation>
    </message>
    <message>
        <source>Donchian channel</source>
        <translation>Donchian channel</translation>
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
        <translation>acceleration</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>the acceleration must not exceed the maximum</source>
        <translation>the acceleration must not exceed the maximum</translation>
    </message>
    <message>
        <source>Volume-weighted average price (daily)</source>
        <translation>Volume-weighted average price (daily)</translation>
    </message>
    <message>
        <source>Relative strength index</source>
        <translation>Relative strength index</translation>
    </message>
    <message>
        <source>Stochastic RSI</source>
        <translation>Stochastic RSI</translation>
    </message>
    <message>
        <source>%K period</source>
        <translation>%K period</translation>
    </message>
    <message>
        <source>%D period</source>
        <translation>%D period</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>Stochastic</translation>
    </message>
    <message>
        <source>%K smoothing</source>
        <translation>%K smoothing</translation>
    </message>
    <message>
        <source>Williams %R</source>
        <translation>Williams %R</translation>
    </message>
    <message>
        <source>Money flow index</source>
        <translation>Money flow index</translation>
    </message>
    <message>
        <source>Average directional index</source>
        <translation>Average directional index</translation>
    </message>
    <message>
        <source>Plus directional indicator</source>
        <translation>Plus directional indicator</translation>
    </message>
    <message>
        <source>Minus directional indicator</source>
        <translation>Minus directional indicator</translation>
    </message>
    <message>
        <source>Aroon</source>
        <translation>Aroon</translation>
    </message>
    <message>
        <source>Aroon oscillator</source>
        <translation>Aroon oscillator</translation>
    </message>
    <message>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <source>fast period</source>
        <translation>fast period</translation>
    </message>
    <message>
        <source>slow period</source>
        <translation>slow period</translation>
    </message>
    <message>
        <source>signal period</source>
        <translation>signal period</translation>
    </message>
    <message>
        <source>the fast period must be shorter than the slow one</source>
        <translation>the fast period must be shorter than the slow one</translation>
    </message>
    <message>
        <source>Average true range</source>
        <translation>Average true range</translation>
    </message>
    <message>
        <source>Normalized average true range</source>
        <translation>Normalized average true range</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Rate of change</translation>
    </message>
    <message>
        <source>Commodity channel index</source>
        <translation>Commodity channel index</translation>
    </message>
    <message>
        <source>On-balance volume</source>
        <translation>On-balance volume</translation>
    </message>
</context>
<context>
    <name>StudySpec</name>
    <message>
        <source>study &apos;%1&apos;: %2</source>
        <translation>study &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no study is named &apos;%1&apos; (known: %2)</source>
        <translation>no study is named &apos;%1&apos; (known: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n parameter(s)</source>
        <translation>
            <numerusform>%1 takes at most %n parameter</numerusform>
            <numerusform>%1 takes at most %n parameters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 must be a whole number, not %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 must be between %2 and %3, not %4</translation>
    </message>
    <message>
        <source>%1 has no output &apos;%2&apos; (outputs: %3)</source>
        <translation>%1 has no output &apos;%2&apos; (outputs: %3)</translation>
    </message>
    <message>
        <source>%1 has a single output; leave out &apos;.%2&apos;</source>
        <translation>%1 has a single output; leave out &apos;.%2&apos;</translation>
    </message>
</context>
<context>
    <name>TickCsvReader</name>
    <message>
        <source>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</source>
        <translation>field &apos;side&apos;: &apos;%1&apos; is not buy or sell</translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: &apos;%1&apos; is not positive</source>
        <translation>field &apos;quantity&apos;: &apos;%1&apos; is not positive</translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: %1 is more than Kairos takes in one trade</source>
        <translation>field &apos;quantity&apos;: %1 is more than Kairos takes in one trade</translation>
    </message>
</context>
<context>
    <name>TickCsvSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>reading %1 was cancelled</source>
        <translation>reading %1 was cancelled</translation>
    </message>
    <message>
        <source>%1 has nothing to replay</source>
        <translation>%1 has nothing to replay</translation>
    </message>
</context>
<context>
    <name>VenueFields</name>
    <message>
        <source>field &apos;%1&apos; is missing or not a decimal string</source>
        <translation>field &apos;%1&apos; is missing or not a decimal string</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a decimal number</source>
        <translation>field &apos;%1&apos;: &apos;%2&apos; is not a decimal number</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or not a number</source>
        <translation>field &apos;%1&apos; is missing or not a number</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 does not fit a decimal of 8 places</source>
        <translation>field &apos;%1&apos;: %2 does not fit a decimal of 8 places</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not an RFC 3339 time</source>
        <translation>field &apos;%1&apos;: &apos;%2&apos; is not an RFC 3339 time</translation>
    </message>
    <message>
        <source>price %1 is not positive</source>
        <translation>price %1 is not positive</translation>
    </message>
    <message>
        <source>quantity %1 is not positive</source>
        <translation>quantity %1 is not positive</translation>
    </message>
    <message>
        <source>timestamp %1 is absurd</source>
        <translation>timestamp %1 is absurd</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON array: %1</source>
        <translation>not a JSON array: %1</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>missing field &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is neither buy nor sell</source>
        <translation>field &apos;%1&apos;: &apos;%2&apos; is neither buy nor sell</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 is not a trade id (a whole number from 0 to 2^53)</source>
        <translation>field &apos;%1&apos;: %2 is not a trade id (a whole number from 0 to 2^53)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a quantity</source>
        <translation>field &apos;%1&apos;: &apos;%2&apos; is not a quantity</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 is not a quantity of at most 8 places</source>
        <translation>field &apos;%1&apos;: %2 is not a quantity of at most 8 places</translation>
    </message>
</context>
<context>
    <name>VenueInstruments</name>
    <message>
        <source>no venue &apos;%1&apos;</source>
        <translation>no venue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>no answer from %1 within %2 s</translation>
    </message>
    <message>
        <source>the venue lists no %1</source>
        <translation>the venue lists no %1</translation>
    </message>
    <message>
        <source>the venue gives %1 a step of 0 or below</source>
        <translation>the venue gives %1 a step of 0 or below</translation>
    </message>
</context>
<context>
    <name>VenueRules</name>
    <message>
        <source>%1&apos;s instrument rules could not be read (%2): prices and quantities are taken exact to 1e-8 and no minimums are checked</source>
        <translation>%1&apos;s instrument rules could not be read (%2): prices and quantities are taken exact to 1e-8 and no minimums are checked</translation>
    </message>
    <message>
        <source>%1&apos;s instrument rules could not be read (%2): using the ones %3 kept</source>
        <translation>%1&apos;s instrument rules could not be read (%2): using the ones %3 kept</translation>
    </message>
</context>
<context>
    <name>VenueSymbol</name>
    <message>
        <source>&apos;%1&apos;: write it as BASE/QUOTE, e.g. BTC/USD</source>
        <translation>&apos;%1&apos;: write it as BASE/QUOTE, e.g. BTC/USD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency pair (BASE/QUOTE, letters and digits)</source>
        <translation>&apos;%1&apos; is not a currency pair (BASE/QUOTE, letters and digits)</translation>
    </message>
</context>
<context>
    <name>kairos::AboutDialog</name>
    <message>
        <source>About Kairos</source>
        <translation>About Kairos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kairos %1&lt;/h2&gt;&lt;p&gt;A desktop trading terminal: live charts, indicators, signals, risk checks and paper trading.&lt;/p&gt;&lt;p&gt;Copyright © the Kairos authors. Kairos is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later); see the LICENSE file. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 or GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %3 (GPL-3.0-or-later), which is why Kairos is GPL too&lt;/li&gt;&lt;li&gt;hiredis (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;SQLite, through Qt SQL (public domain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Kairos %1&lt;/h2&gt;&lt;p&gt;A desktop trading terminal: live charts, indicators, signals, risk checks and paper trading.&lt;/p&gt;&lt;p&gt;Copyright © the Kairos authors. Kairos is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later); see the LICENSE file. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 or GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %3 (GPL-3.0-or-later), which is why Kairos is GPL too&lt;/li&gt;&lt;li&gt;hiredis (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;SQLite, through Qt SQL (public domain)&lt;/li&gt;&lt;/ul&gt;</translation>
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
            <numerusform>%n more alert in the Alerts panel</numerusform>
            <numerusform>%n more alerts in the Alerts panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (repeated %n more time(s))</source>
        <translation>
            <numerusform>%1 (repeated %n more time)</numerusform>
            <numerusform>%1 (repeated %n more times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kairos::AlertRulesDialog</name>
    <message>
        <source>Alert rules</source>
        <translation>Alert rules</translation>
    </message>
    <message>
        <source>Each rule raises an alert when its condition is met: in the Alerts panel, and as a notification for the severities chosen in Preferences.</source>
        <translation>Each rule raises an alert when its condition is met: in the Alerts panel, and as a notification for the severities chosen in Preferences.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>price crosses</source>
        <translation>price crosses</translation>
    </message>
    <message>
        <source>indicator crosses</source>
        <translation>indicator crosses</translation>
    </message>
    <message>
        <source>a signal fires</source>
        <translation>a signal fires</translation>
    </message>
    <message>
        <source>position PnL beyond ±</source>
        <translation>position PnL beyond ±</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Rule %1: the PnL amount must be above 0</source>
        <translation>Rule %1: the PnL amount must be above 0</translation>
    </message>
    <message>
        <source>Rule %1: a price level needs a symbol</source>
        <translation>Rule %1: a price level needs a symbol</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Cooldown</translation>
    </message>
    <message>
        <source>either way</source>
        <translation>either way</translation>
    </message>
    <message>
        <source>upwards</source>
        <translation>upwards</translation>
    </message>
    <message>
        <source>downwards</source>
        <translation>downwards</translation>
    </message>
    <message>
        <source>once</source>
        <translation>once</translation>
    </message>
    <message>
        <source>once per candle</source>
        <translation>once per candle</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>every time</translation>
    </message>
    <message>
        <source>Once: until the rules are changed. Once per candle: of the rule&apos;s timeframe. Every time: with the cooldown between.</source>
        <translation>Once: until the rules are changed. Once per candle: of the rule&apos;s timeframe. Every time: with the cooldown between.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rule %1: level &apos;%2&apos; %3</source>
        <translation>Rule %1: level &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>price crosses a drawn line</source>
        <translation>price crosses a drawn line</translation>
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
        <translation>WARNING</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITICAL</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>feed</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>storage</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategy</translation>
    </message>
</context>
<context>
    <name>kairos::BrokerDialog</name>
    <message>
        <source>Paper broker</source>
        <translation>Paper broker</translation>
    </message>
    <message>
        <source>How paper orders fill. A basis point (bp) is 0.01 % of an order&apos;s value. Changes apply to the next fill.</source>
        <translation>How paper orders fill. A basis point (bp) is 0.01 % of an order&apos;s value. Changes apply to the next fill.</translation>
    </message>
    <message>
        <source>Slippage against a taker</source>
        <translation>Slippage against a taker</translation>
    </message>
    <message>
        <source>Maker fee (resting orders)</source>
        <translation>Maker fee (resting orders)</translation>
    </message>
    <message>
        <source>Taker fee (market and crossing orders)</source>
        <translation>Taker fee (market and crossing orders)</translation>
    </message>
    <message>
        <source>Participation cap of a market order</source>
        <translation>Participation cap of a market order</translation>
    </message>
    <message>
        <source>% of each trade, 0 is off</source>
        <translation>% of each trade, 0 is off</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency before an order can fill</source>
        <translation>Latency before an order can fill</translation>
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
        <translation>: triggers at once at %1</translation>
    </message>
    <message>
        <source>: trades at once at %1</source>
        <translation>: trades at once at %1</translation>
    </message>
    <message>
        <source>Buy limit at %1</source>
        <translation>Buy limit at %1</translation>
    </message>
    <message>
        <source>Sell stop at %1</source>
        <translation>Sell stop at %1</translation>
    </message>
    <message>
        <source>Sell limit at %1</source>
        <translation>Sell limit at %1</translation>
    </message>
    <message>
        <source>Buy stop at %1</source>
        <translation>Buy stop at %1</translation>
    </message>
    <message>
        <source>Flatten %1</source>
        <translation>Flatten %1</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>Reverse %1</translation>
    </message>
    <message>
        <source> — checking…</source>
        <translation> — checking…</translation>
    </message>
    <message>
        <source> — risk check passes</source>
        <translation> — risk check passes</translation>
    </message>
    <message>
        <source> — refused: %1</source>
        <translation> — refused: %1</translation>
    </message>
</context>
<context>
    <name>kairos::ChartDrawings</name>
    <message>
        <source>Text note</source>
        <translation>Text note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
            <numerusform>%1%2 (%3%4) · %5 · %n bar</numerusform>
            <numerusform>%1%2 (%3%4) · %5 · %n bars</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert when the price crosses this line</source>
        <translation>Alert when the price crosses this line</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Drawing colour</source>
        <translation>Drawing colour</translation>
    </message>
    <message>
        <source>Text…</source>
        <translation>Text…</translation>
    </message>
    <message>
        <source>Drawing text</source>
        <translation>Drawing text</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>Delete drawing</translation>
    </message>
</context>
<context>
    <name>kairos::ChartLayoutMenu</name>
    <message>
        <source>New chart &amp;tab</source>
        <translation>New chart &amp;tab</translation>
    </message>
    <message>
        <source>Split &amp;right</source>
        <translation>Split &amp;right</translation>
    </message>
    <message>
        <source>Split &amp;down</source>
        <translation>Split &amp;down</translation>
    </message>
    <message>
        <source>&amp;Layout of this tab</source>
        <translation>&amp;Layout of this tab</translation>
    </message>
    <message>
        <source>&amp;One chart</source>
        <translation>&amp;One chart</translation>
    </message>
    <message>
        <source>&amp;Two side by side</source>
        <translation>&amp;Two side by side</translation>
    </message>
    <message>
        <source>Two &amp;stacked</source>
        <translation>Two &amp;stacked</translation>
    </message>
    <message>
        <source>&amp;Four (2 × 2)</source>
        <translation>&amp;Four (2 × 2)</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>&amp;Close chart</translation>
    </message>
    <message>
        <source>Link &amp;symbol across the tab&apos;s charts</source>
        <translation>Link &amp;symbol across the tab&apos;s charts</translation>
    </message>
    <message>
        <source>Link cross&amp;hair across the tab&apos;s charts</source>
        <translation>Link cross&amp;hair across the tab&apos;s charts</translation>
    </message>
</context>
<context>
    <name>kairos::ChartStyleMenus</name>
    <message>
        <source>Chart &amp;type</source>
        <translation>Chart &amp;type</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>&amp;Candles</translation>
    </message>
    <message>
        <source>&amp;Bars (OHLC)</source>
        <translation>&amp;Bars (OHLC)</translation>
    </message>
    <message>
        <source>&amp;Line (close)</source>
        <translation>&amp;Line (close)</translation>
    </message>
    <message>
        <source>&amp;Heikin-Ashi</source>
        <translation>&amp;Heikin-Ashi</translation>
    </message>
    <message>
        <source>Price &amp;scale</source>
        <translation>Price &amp;scale</translation>
    </message>
    <message>
        <source>&amp;Linear</source>
        <translation>&amp;Linear</translation>
    </message>
    <message>
        <source>L&amp;ogarithmic</source>
        <translation>L&amp;ogarithmic</translation>
    </message>
    <message>
        <source>&amp;Percent from the first candle in view</source>
        <translation>&amp;Percent from the first candle in view</translation>
    </message>
</context>
<context>
    <name>kairos::ChartWorkspace</name>
    <message>
        <source>New chart tab (Ctrl+T)</source>
        <translation>New chart tab (Ctrl+T)</translation>
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
        <translation>the saved chart of %1 shows %2: this session does not trade it</translation>
    </message>
    <message>
        <source>the saved chart layout does not read: one chart is shown</source>
        <translation>the saved chart layout does not read: one chart is shown</translation>
    </message>
    <message>
        <source>a saved chart&apos;s study was left out: %1</source>
        <translation>a saved chart&apos;s study was left out: %1</translation>
    </message>
</context>
<context>
    <name>kairos::DatabaseActions</name>
    <message>
        <source>&amp;Record ticks</source>
        <translation>&amp;Record ticks</translation>
    </message>
    <message>
        <source>Keep &amp;1-second candles</source>
        <translation>Keep &amp;1-second candles</translation>
    </message>
    <message>
        <source>&amp;Import candles or ticks…</source>
        <translation>&amp;Import candles or ticks…</translation>
    </message>
    <message>
        <source>Read a candles or ticks CSV into the database</source>
        <translation>Read a candles or ticks CSV into the database</translation>
    </message>
    <message>
        <source>Keep every tick in the database, for an exact replay</source>
        <translation>Keep every tick in the database, for an exact replay</translation>
    </message>
    <message>
        <source>Keep 1-second candles too (coarser ones are always kept)</source>
        <translation>Keep 1-second candles too (coarser ones are always kept)</translation>
    </message>
    <message>
        <source>DB %1 · %2 rows saved</source>
        <translation>DB %1 · %2 rows saved</translation>
    </message>
    <message>
        <source> · %1 ticks not recorded</source>
        <translation> · %1 ticks not recorded</translation>
    </message>
    <message>
        <source>DB FAILED: trading halted</source>
        <translation>DB FAILED: trading halted</translation>
    </message>
    <message>
        <source>Export trades</source>
        <translation>Export trades</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Import candles or ticks</source>
        <translation>Import candles or ticks</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Candles (time,open,high,low,close,volume)</source>
        <translation>Candles (time,open,high,low,close,volume)</translation>
    </message>
    <message>
        <source>Ticks (time,price,quantity[,symbol][,side])</source>
        <translation>Ticks (time,price,quantity[,symbol][,side])</translation>
    </message>
    <message>
        <source>Candles go to this symbol; ticks without a symbol column too</source>
        <translation>Candles go to this symbol; ticks without a symbol column too</translation>
    </message>
    <message>
        <source>File holds</source>
        <translation>File holds</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Nothing more could be imported: %1</source>
        <translation>Nothing more could be imported: %1</translation>
    </message>
    <message>
        <source>%1 candles of %2 imported.</source>
        <translation>%1 candles of %2 imported.</translation>
    </message>
    <message>
        <source>%1 ticks of %2 imported, making %3 candles.</source>
        <translation>%1 ticks of %2 imported, making %3 candles.</translation>
    </message>
    <message>
        <source>Cancelled. What was read until then is kept: %1 candle rows.</source>
        <translation>Cancelled. What was read until then is kept: %1 candle rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) were skipped; see the details.</source>
        <translation>
            <numerusform>%n bad line was skipped; see the details.</numerusform>
            <numerusform>%n bad lines were skipped; see the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scratch file, removed when Kairos ends (--no-db): %1</source>
        <translation>A scratch file, removed when Kairos ends (--no-db): %1</translation>
    </message>
    <message>
        <source>DB not kept · %1 rows for this session</source>
        <translation>DB not kept · %1 rows for this session</translation>
    </message>
    <message>
        <source>They are available to exports and backtests now, and an open chart of these symbols shows those older than its candles as you scroll back (all of them from the next start).</source>
        <translation>They are available to exports and backtests now, and an open chart of these symbols shows those older than its candles as you scroll back (all of them from the next start).</translation>
    </message>
</context>
<context>
    <name>kairos::DrawingActions</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>&amp;Magnet to open, high, low, close</source>
        <translation>&amp;Magnet to open, high, low, close</translation>
    </message>
    <message>
        <source>&amp;Objects on this symbol…</source>
        <translation>&amp;Objects on this symbol…</translation>
    </message>
    <message>
        <source>the drawing was not kept: %1</source>
        <translation>the drawing was not kept: %1</translation>
    </message>
    <message>
        <source>the drawing was not deleted: %1</source>
        <translation>the drawing was not deleted: %1</translation>
    </message>
    <message>
        <source>Drawings on %1</source>
        <translation>Drawings on %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Alert on crossing</source>
        <translation>Alert on crossing</translation>
    </message>
</context>
<context>
    <name>kairos::Engine</name>
    <message>
        <source>auto-trading on: signals become paper orders</source>
        <translation>auto-trading on: signals become paper orders</translation>
    </message>
    <message>
        <source>auto-trading off</source>
        <translation>auto-trading off</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>the stored risk state was unreadable; risk starts fresh</source>
        <translation>the stored risk state was unreadable; risk starts fresh</translation>
    </message>
    <message numerus="yes">
        <source>%n stored fill(s) of instruments this session does not trade are not shown</source>
        <translation>
            <numerusform>%n stored fill of instruments this session does not trade is not shown</numerusform>
            <numerusform>%n stored fills of instruments this session does not trade are not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>storage failed, trading halted so nothing goes unrecorded: %1</source>
        <translation>storage failed, trading halted so nothing goes unrecorded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fill(s) could not be saved and are not acknowledged</source>
        <translation>
            <numerusform>%n fill could not be saved and is not acknowledged</numerusform>
            <numerusform>%n fills could not be saved and are not acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <source>any pair</source>
        <translation>any pair</translation>
    </message>
    <message>
        <source>market data for %1 from %2 to %3 recovered: %4</source>
        <translation>market data for %1 from %2 to %3 recovered: %4</translation>
    </message>
    <message>
        <source>no market data for %1 from %2 to %3: %4</source>
        <translation>no market data for %1 from %2 to %3: %4</translation>
    </message>
    <message>
        <source>history is still loading (%1% done): orders are accepted once live data begins</source>
        <translation>history is still loading (%1% done): orders are accepted once live data begins</translation>
    </message>
    <message>
        <source>the feed is replaying history: orders are accepted once live data begins</source>
        <translation>the feed is replaying history: orders are accepted once live data begins</translation>
    </message>
    <message>
        <source>resume refused: storage failed (%1); trading stays halted so nothing goes unrecorded. Free the disk or fix the file, then restart Kairos.</source>
        <translation>resume refused: storage failed (%1); trading stays halted so nothing goes unrecorded. Free the disk or fix the file, then restart Kairos.</translation>
    </message>
    <message>
        <source>the database already holds this session up to %1: ticks at or before it are skipped, not made again</source>
        <translation>the database already holds this session up to %1: ticks at or before it are skipped, not made again</translation>
    </message>
    <message>
        <source>warm start: %1 candles in %2 series, %3 positions, %4 open orders restored</source>
        <translation>warm start: %1 candles in %2 series, %3 positions, %4 open orders restored</translation>
    </message>
</context>
<context>
    <name>kairos::EventPublisher</name>
    <message>
        <source>%1 already holds events up to %2, at or after this session&apos;s %3: Redis refuses what is not newer (counted as refused)</source>
        <translation>%1 already holds events up to %2, at or after this session&apos;s %3: Redis refuses what is not newer (counted as refused)</translation>
    </message>
</context>
<context>
    <name>kairos::FeedDialog</name>
    <message>
        <source>Market data feed</source>
        <translation>Market data feed</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Replay a file or a recorded session</source>
        <translation>Replay a file or a recorded session</translation>
    </message>
    <message>
        <source>%1 public trades</source>
        <translation>%1 public trades</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>BTC/USDT, ETH/USDT</source>
        <translation>BTC/USDT, ETH/USDT</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket URL</translation>
    </message>
    <message>
        <source>REST URL (gap backfill)</source>
        <translation>REST URL (gap backfill)</translation>
    </message>
    <message>
        <source>ticks or candles CSV, or a Kairos database</source>
        <translation>ticks or candles CSV, or a Kairos database</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
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
        <translation>As fast as possible</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Record the session&apos;s raw ticks in the database</source>
        <translation>Record the session&apos;s raw ticks in the database</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Ticks, candles or Kairos database (*.csv *.db);;All files (*)</source>
        <translation>Ticks, candles or Kairos database (*.csv *.db);;All files (*)</translation>
    </message>
    <message>
        <source>this venue has no trade history by id</source>
        <translation>this venue has no trade history by id</translation>
    </message>
    <message>
        <source>Choose a file to replay.</source>
        <translation>Choose a file to replay.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Pairs: %1</translation>
    </message>
    <message>
        <source>Name at least one pair, e.g. BTC/USDT.</source>
        <translation>Name at least one pair, e.g. BTC/USDT.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a %3 URL</source>
        <translation>%1: &apos;%2&apos; is not a %3 URL</translation>
    </message>
    <message>
        <source>REST URL</source>
        <translation>REST URL</translation>
    </message>
</context>
<context>
    <name>kairos::FeedHealthDialog</name>
    <message>
        <source>Feed health</source>
        <translation>Feed health</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Malformed frames</source>
        <translation>Malformed frames</translation>
    </message>
    <message>
        <source>Errors sent by the venue</source>
        <translation>Errors sent by the venue</translation>
    </message>
    <message>
        <source>Repeated trades dropped</source>
        <translation>Repeated trades dropped</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Backfilled trades</source>
        <translation>Backfilled trades</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>Oversized messages refused</source>
        <translation>Oversized messages refused</translation>
    </message>
</context>
<context>
    <name>kairos::FeedStatusLabel</name>
    <message>
        <source>○ %1 · connecting…</source>
        <translation>○ %1 · connecting…</translation>
    </message>
    <message>
        <source>● %1 · connected</source>
        <translation>● %1 · connected</translation>
    </message>
    <message>
        <source>● %1 · reconnecting in %2 s</source>
        <translation>● %1 · reconnecting in %2 s</translation>
    </message>
    <message>
        <source>● %1 · stale</source>
        <translation>● %1 · stale</translation>
    </message>
    <message>
        <source>○ %1 · stopped</source>
        <translation>○ %1 · stopped</translation>
    </message>
    <message>
        <source>%1 trades · %2 malformed · %3 reconnects · %4 gaps</source>
        <translation>%1 trades · %2 malformed · %3 reconnects · %4 gaps</translation>
    </message>
    <message>
        <source>Click for the feed&apos;s health.</source>
        <translation>Click for the feed&apos;s health.</translation>
    </message>
</context>
<context>
    <name>kairos::FillsModel</name>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Realized PnL</source>
        <translation>Realized PnL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kairos::HistoryProgress</name>
    <message>
        <source>The market&apos;s recent history is replayed first, so charts and indicators open warm. Orders are refused until live data begins.</source>
        <translation>The market&apos;s recent history is replayed first, so charts and indicators open warm. Orders are refused until live data begins.</translation>
    </message>
    <message>
        <source>Loading history %1% · %2 of %3 h · orders refused until live</source>
        <translation>Loading history %1% · %2 of %3 h · orders refused until live</translation>
    </message>
</context>
<context>
    <name>kairos::IndicatorDialog</name>
    <message>
        <source>Indicator periods</source>
        <translation>Indicator periods</translation>
    </message>
    <message>
        <source>SMA period</source>
        <translation>SMA period</translation>
    </message>
    <message>
        <source>Fast EMA period</source>
        <translation>Fast EMA period</translation>
    </message>
    <message>
        <source>Slow EMA period</source>
        <translation>Slow EMA period</translation>
    </message>
    <message>
        <source>RSI period</source>
        <translation>RSI period</translation>
    </message>
    <message>
        <source>MACD fast period</source>
        <translation>MACD fast period</translation>
    </message>
    <message>
        <source>MACD slow period</source>
        <translation>MACD slow period</translation>
    </message>
    <message>
        <source>MACD signal period</source>
        <translation>MACD signal period</translation>
    </message>
    <message>
        <source>Bollinger period</source>
        <translation>Bollinger period</translation>
    </message>
    <message>
        <source>Bollinger width (σ)</source>
        <translation>Bollinger width (σ)</translation>
    </message>
    <message>
        <source>ATR period</source>
        <translation>ATR period</translation>
    </message>
    <message>
        <source>Stochastic period</source>
        <translation>Stochastic period</translation>
    </message>
    <message>
        <source>Stochastic %K smoothing</source>
        <translation>Stochastic %K smoothing</translation>
    </message>
    <message>
        <source>Stochastic %D period</source>
        <translation>Stochastic %D period</translation>
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
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Periods…</source>
        <translation>&amp;Periods…</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategy</translation>
    </message>
    <message>
        <source>&amp;Edit strategy…</source>
        <translation>&amp;Edit strategy…</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Ticks %1 · late %2 · dropped %3 · signals %4</source>
        <translation>Ticks %1 · late %2 · dropped %3 · signals %4</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Trading</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Order ticket</translation>
    </message>
    <message>
        <source>&amp;Trading</source>
        <translation>&amp;Trading</translation>
    </message>
    <message>
        <source>&amp;Risk limits…</source>
        <translation>&amp;Risk limits…</translation>
    </message>
    <message>
        <source>Cancel &amp;all orders</source>
        <translation>Cancel &amp;all orders</translation>
    </message>
    <message>
        <source>Re&amp;sume after a halt</source>
        <translation>Re&amp;sume after a halt</translation>
    </message>
    <message>
        <source>&amp;Export trades…</source>
        <translation>&amp;Export trades…</translation>
    </message>
    <message>
        <source>Export trades</source>
        <translation>Export trades</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>From (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>To (UTC)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Orders are placed by the node this window follows</source>
        <translation>Orders are placed by the node this window follows</translation>
    </message>
    <message>
        <source>Kairos — %1 · %2 — following %3</source>
        <translation>Kairos — %1 · %2 — following %3</translation>
    </message>
    <message>
        <source>Redis · %1 sent</source>
        <translation>Redis · %1 sent</translation>
    </message>
    <message>
        <source>Redis DOWN · retrying</source>
        <translation>Redis DOWN · retrying</translation>
    </message>
    <message>
        <source> · %1 dropped</source>
        <translation> · %1 dropped</translation>
    </message>
    <message>
        <source>Redis · connecting</source>
        <translation>Redis · connecting</translation>
    </message>
    <message>
        <source>Redis · following</source>
        <translation>Redis · following</translation>
    </message>
    <message>
        <source>Market data &amp;feed…</source>
        <translation>Market data &amp;feed…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Kairos</source>
        <translation>&amp;About Kairos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>&amp;Notify for</source>
        <translation>&amp;Notify for</translation>
    </message>
    <message>
        <source>&amp;Sound for</source>
        <translation>&amp;Sound for</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>Alert &amp;rules…</translation>
    </message>
    <message>
        <source>Starting &amp;cash…</source>
        <translation>Starting &amp;cash…</translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation>Starting cash</translation>
    </message>
    <message>
        <source>The paper account&apos;s starting cash. A change pays the difference in or out; profit and loss stay as they are.</source>
        <translation>The paper account&apos;s starting cash. A change pays the difference in or out; profit and loss stay as they are.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount.</source>
        <translation>&apos;%1&apos; is not a positive amount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount: %2</source>
        <translation>&apos;%1&apos; is not a positive amount: %2</translation>
    </message>
    <message>
        <source>placed on the chart</source>
        <translation>placed on the chart</translation>
    </message>
    <message>
        <source>&amp;Orders and trading</source>
        <translation>&amp;Orders and trading</translation>
    </message>
    <message>
        <source>Paper &amp;broker…</source>
        <translation>Paper &amp;broker…</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <source>Alert added: %1</source>
        <translation>Alert added: %1</translation>
    </message>
</context>
<context>
    <name>kairos::OrderHistoryModel</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Triggered</translation>
    </message>
    <message>
        <source>Changed by its link</source>
        <translation>Changed by its link</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>Partly filled</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
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
        <translation>Event</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
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
        <translation>Market</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Good till cancel</source>
        <translation>Good till cancel</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>Immediate or cancel</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Time in force</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>limit orders only</source>
        <translation>limit orders only</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limit price</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancel all</translation>
    </message>
    <message>
        <source>manual order</source>
        <translation>manual order</translation>
    </message>
    <message>
        <source>Quantity &apos;%1&apos; %2</source>
        <translation>Quantity &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>must be positive</translation>
    </message>
    <message>
        <source>Limit price &apos;%1&apos; %2</source>
        <translation>Limit price &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>Buy at the ticket&apos;s quantity</source>
        <translation>Buy at the ticket&apos;s quantity</translation>
    </message>
    <message>
        <source>Sell at the ticket&apos;s quantity</source>
        <translation>Sell at the ticket&apos;s quantity</translation>
    </message>
    <message>
        <source>Order ticket: enter a quantity</source>
        <translation>Order ticket: enter a quantity</translation>
    </message>
    <message>
        <source>%1: lot step %2, price tick %3</source>
        <translation>%1: lot step %2, price tick %3</translation>
    </message>
    <message>
        <source>, minimum quantity %1</source>
        <translation>, minimum quantity %1</translation>
    </message>
    <message>
        <source>, minimum value %1</source>
        <translation>, minimum value %1</translation>
    </message>
    <message>
        <source>Quantity %1 is not a multiple of %2&apos;s lot step %3</source>
        <translation>Quantity %1 is not a multiple of %2&apos;s lot step %3</translation>
    </message>
    <message>
        <source>Limit price %1 is not on %2&apos;s price tick %3</source>
        <translation>Limit price %1 is not on %2&apos;s price tick %3</translation>
    </message>
    <message>
        <source>Quantity %1 is below %2&apos;s minimum %3</source>
        <translation>Quantity %1 is below %2&apos;s minimum %3</translation>
    </message>
    <message>
        <source>The order&apos;s value %1 is below %2&apos;s minimum %3</source>
        <translation>The order&apos;s value %1 is below %2&apos;s minimum %3</translation>
    </message>
    <message>
        <source>Stop market</source>
        <translation>Stop market</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop limit</translation>
    </message>
    <message>
        <source>Market if touched</source>
        <translation>Market if touched</translation>
    </message>
    <message>
        <source>Limit if touched</source>
        <translation>Limit if touched</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>Fill or kill</translation>
    </message>
    <message>
        <source>Day (until the risk day ends)</source>
        <translation>Day (until the risk day ends)</translation>
    </message>
    <message>
        <source>stop and if-touched orders only</source>
        <translation>stop and if-touched orders only</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Stop price</translation>
    </message>
    <message>
        <source>Reduce only</source>
        <translation>Reduce only</translation>
    </message>
    <message>
        <source>Only ever makes the position smaller; cancelled once it no longer would.</source>
        <translation>Only ever makes the position smaller; cancelled once it no longer would.</translation>
    </message>
    <message>
        <source>Post only</source>
        <translation>Post only</translation>
    </message>
    <message>
        <source>Only ever rests in the book: refused when it would trade at once.</source>
        <translation>Only ever rests in the book: refused when it would trade at once.</translation>
    </message>
    <message>
        <source>Stop price &apos;%1&apos; %2</source>
        <translation>Stop price &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>Stop price %1 is not on %2&apos;s price tick %3</source>
        <translation>Stop price %1 is not on %2&apos;s price tick %3</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing stop</translation>
    </message>
    <message>
        <source>Stop orders wait for a trade at or beyond the stop price against you (a buy stop above the market), if-touched orders for one in your favour (a buy below it); then they trade at market or at the limit price. A trailing stop&apos;s stop follows the best price at a distance and never moves back.</source>
        <translation>Stop orders wait for a trade at or beyond the stop price against you (a buy stop above the market), if-touched orders for one in your favour (a buy below it); then they trade at market or at the limit price. A trailing stop&apos;s stop follows the best price at a distance and never moves back.</translation>
    </message>
    <message>
        <source>trailing stops only</source>
        <translation>trailing stops only</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Trail by</source>
        <translation>Trail by</translation>
    </message>
    <message>
        <source>optional: trail from this price on</source>
        <translation>optional: trail from this price on</translation>
    </message>
    <message>
        <source>Activation price</source>
        <translation>Activation price</translation>
    </message>
    <message>
        <source>Trailing distance &apos;%1&apos; %2</source>
        <translation>Trailing distance &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>must be above 0 % and below 100 %</source>
        <translation>must be above 0 % and below 100 %</translation>
    </message>
    <message>
        <source>Activation price &apos;%1&apos; %2</source>
        <translation>Activation price &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>Activation price %1 is not on %2&apos;s price tick %3</source>
        <translation>Activation price %1 is not on %2&apos;s price tick %3</translation>
    </message>
    <message>
        <source>Sent with the order as a bracket: a take-profit limit and a stop-loss stop on the other side, reduce-only and one-cancels-other, held until the order fills and then protecting what has filled. Protect puts them on the position held.</source>
        <translation>Sent with the order as a bracket: a take-profit limit and a stop-loss stop on the other side, reduce-only and one-cancels-other, held until the order fills and then protecting what has filled. Protect puts them on the position held.</translation>
    </message>
    <message>
        <source>optional: a limit that takes the profit</source>
        <translation>optional: a limit that takes the profit</translation>
    </message>
    <message>
        <source>Take profit</source>
        <translation>Take profit</translation>
    </message>
    <message>
        <source>optional: a stop that limits the loss</source>
        <translation>optional: a stop that limits the loss</translation>
    </message>
    <message>
        <source>Stop loss</source>
        <translation>Stop loss</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protect</translation>
    </message>
    <message>
        <source>Close the whole position of the selected symbol at market</source>
        <translation>Close the whole position of the selected symbol at market</translation>
    </message>
    <message>
        <source>Turn the position of the selected symbol round at market</source>
        <translation>Turn the position of the selected symbol round at market</translation>
    </message>
    <message>
        <source>Put the ticket&apos;s take-profit and stop-loss on the position held</source>
        <translation>Put the ticket&apos;s take-profit and stop-loss on the position held</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; %3</source>
        <translation>%1 &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>Protect needs a take-profit or a stop-loss price</source>
        <translation>Protect needs a take-profit or a stop-loss price</translation>
    </message>
    <message>
        <source>A reduce-only order closes a position: it takes no take-profit or stop-loss of its own</source>
        <translation>A reduce-only order closes a position: it takes no take-profit or stop-loss of its own</translation>
    </message>
    <message>
        <source>%1 %2 is not on %3&apos;s price tick %4</source>
        <translation>%1 %2 is not on %3&apos;s price tick %4</translation>
    </message>
    <message>
        <source>Take profit %1 must be above %2 for a buy</source>
        <translation>Take profit %1 must be above %2 for a buy</translation>
    </message>
    <message>
        <source>Take profit %1 must be below %2 for a sell</source>
        <translation>Take profit %1 must be below %2 for a sell</translation>
    </message>
    <message>
        <source>Stop loss %1 must be below %2 for a buy</source>
        <translation>Stop loss %1 must be below %2 for a buy</translation>
    </message>
    <message>
        <source>Stop loss %1 must be above %2 for a sell</source>
        <translation>Stop loss %1 must be above %2 for a sell</translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation>Risk %1</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>reward %1</translation>
    </message>
    <message>
        <source>What the order loses at its stop-loss (in money and in percent of equity) and gains at its take-profit, from its limit or stop price, else the last price.</source>
        <translation>What the order loses at its stop-loss (in money and in percent of equity) and gains at its take-profit, from its limit or stop price, else the last price.</translation>
    </message>
    <message>
        <source>Risk %1 (%2 %)</source>
        <translation>Risk %1 (%2 %)</translation>
    </message>
    <message>
        <source>× ATR</source>
        <translation>× ATR</translation>
    </message>
    <message>
        <source>The distance as a price, a percent of the best price, or a multiple of the chart&apos;s ATR when sent.</source>
        <translation>The distance as a price, a percent of the best price, or a multiple of the chart&apos;s ATR when sent.</translation>
    </message>
    <message>
        <source>× ATR(%1) %2</source>
        <translation>× ATR(%1) %2</translation>
    </message>
    <message>
        <source>A trailing distance in ATR needs the chart&apos;s ATR of %1, not known yet</source>
        <translation>A trailing distance in ATR needs the chart&apos;s ATR of %1, not known yet</translation>
    </message>
</context>
<context>
    <name>kairos::OrdersHelpDialog</name>
    <message>
        <source>Orders and trading</source>
        <translation>Orders and trading</translation>
    </message>
    <message>
        <source>Order types</source>
        <translation>Order types</translation>
    </message>
    <message>
        <source>Market: fills at the next trade, moved against you by the slippage.</source>
        <translation>Market: fills at the next trade, moved against you by the slippage.</translation>
    </message>
    <message>
        <source>Limit: takes at once if the next trade is at or better than the limit; otherwise rests and fills at the limit when a trade prints through it.</source>
        <translation>Limit: takes at once if the next trade is at or better than the limit; otherwise rests and fills at the limit when a trade prints through it.</translation>
    </message>
    <message>
        <source>Stop market and stop limit: wait for a trade at or beyond the stop price against you (a buy stop above the market), then trade at market or at the limit. A stop the market gaps through fills at the gap&apos;s price.</source>
        <translation>Stop market and stop limit: wait for a trade at or beyond the stop price against you (a buy stop above the market), then trade at market or at the limit. A stop the market gaps through fills at the gap&apos;s price.</translation>
    </message>
    <message>
        <source>Market and limit if touched: wait for a trade at or beyond the price in your favour (a buy below the market).</source>
        <translation>Market and limit if touched: wait for a trade at or beyond the price in your favour (a buy below the market).</translation>
    </message>
    <message>
        <source>Trailing stop: a stop that follows the best price at a distance (a price or a percent) and never moves back; optionally only from an activation price on.</source>
        <translation>Trailing stop: a stop that follows the best price at a distance (a price or a percent) and never moves back; optionally only from an activation price on.</translation>
    </message>
    <message>
        <source>Time in force and flags</source>
        <translation>Time in force and flags</translation>
    </message>
    <message>
        <source>GTC works until cancelled; Day expires when the risk day ends (in the risk limits&apos; time zone).</source>
        <translation>GTC works until cancelled; Day expires when the risk day ends (in the risk limits&apos; time zone).</translation>
    </message>
    <message>
        <source>IOC trades what it can at once and cancels the rest; FOK trades its whole quantity at once or expires without trading.</source>
        <translation>IOC trades what it can at once and cancels the rest; FOK trades its whole quantity at once or expires without trading.</translation>
    </message>
    <message>
        <source>Reduce only never makes the position larger and is cancelled once it would; post only never takes liquidity and is refused if it would.</source>
        <translation>Reduce only never makes the position larger and is cancelled once it would; post only never takes liquidity and is refused if it would.</translation>
    </message>
    <message>
        <source>Brackets and one-cancels-other</source>
        <translation>Brackets and one-cancels-other</translation>
    </message>
    <message>
        <source>Give an order a take profit and/or a stop loss in the ticket: its exits are sent with it, held until it fills, and then protect what has filled, growing with each part that fills.</source>
        <translation>Give an order a take profit and/or a stop loss in the ticket: its exits are sent with it, held until it fills, and then protect what has filled, growing with each part that fills.</translation>
    </message>
    <message>
        <source>The two exits are one-cancels-other: a fill of one takes as much off the other, and cancels it once nothing is left of it.</source>
        <translation>The two exits are one-cancels-other: a fill of one takes as much off the other, and cancels it once nothing is left of it.</translation>
    </message>
    <message>
        <source>Protect puts the ticket&apos;s take profit and stop loss on the position you hold; a strategy can attach exits to every position it opens (Strategy dialog).</source>
        <translation>Protect puts the ticket&apos;s take profit and stop loss on the position you hold; a strategy can attach exits to every position it opens (Strategy dialog).</translation>
    </message>
    <message>
        <source>The ticket shows what the stop loss risks, in money and in percent of equity, before you send.</source>
        <translation>The ticket shows what the stop loss risks, in money and in percent of equity, before you send.</translation>
    </message>
    <message>
        <source>Partial fills</source>
        <translation>Partial fills</translation>
    </message>
    <message>
        <source>A resting order fills at most the size of the trade that printed through its price and rests on for the rest; the Orders table&apos;s Filled column shows what has traded and at what average price.</source>
        <translation>A resting order fills at most the size of the trade that printed through its price and rests on for the rest; the Orders table&apos;s Filled column shows what has traded and at what average price.</translation>
    </message>
    <message>
        <source>A market order fills whole unless the broker&apos;s participation cap spreads it over the trades to come.</source>
        <translation>A market order fills whole unless the broker&apos;s participation cap spreads it over the trades to come.</translation>
    </message>
    <message>
        <source>Changing and cancelling</source>
        <translation>Changing and cancelling</translation>
    </message>
    <message>
        <source>Double-click (or F2) a quantity or price in the Orders table to change the order in place; the change passes the risk checks as a new order would, or is refused and the order stays as it was.</source>
        <translation>Double-click (or F2) a quantity or price in the Orders table to change the order in place; the change passes the risk checks as a new order would, or is refused and the order stays as it was.</translation>
    </message>
    <message>
        <source>The kill switch cancels every working order and refuses new ones; Cancel all cancels every working order.</source>
        <translation>The kill switch cancels every working order and refuses new ones; Cancel all cancels every working order.</translation>
    </message>
    <message>
        <source>Trading from the chart</source>
        <translation>Trading from the chart</translation>
    </message>
    <message>
        <source>Working orders, exits and the average entry of your position are lines on the price pane; fills are dots.</source>
        <translation>Working orders, exits and the average entry of your position are lines on the price pane; fills are dots.</translation>
    </message>
    <message>
        <source>Right-click the price pane for a limit or stop at that price (the ticket&apos;s quantity), or to flatten or reverse the position.</source>
        <translation>Right-click the price pane for a limit or stop at that price (the ticket&apos;s quantity), or to flatten or reverse the position.</translation>
    </message>
    <message>
        <source>Flatten (Ctrl+Alt+F), Reverse (Ctrl+Alt+R) and Protect (Ctrl+Alt+P) act on the ticket&apos;s symbol; Ctrl+Alt+B and Ctrl+Alt+S buy and sell.</source>
        <translation>Flatten (Ctrl+Alt+F), Reverse (Ctrl+Alt+R) and Protect (Ctrl+Alt+P) act on the ticket&apos;s symbol; Ctrl+Alt+B and Ctrl+Alt+S buy and sell.</translation>
    </message>
    <message>
        <source>Any two working orders of one symbol can be linked the same way: select both in the Orders table and choose Link (Ctrl+Alt+O) from its context menu, for example a buy stop above a range and a buy limit below it. Unlink, or cancel one of them, and the other works on alone.</source>
        <translation>Any two working orders of one symbol can be linked the same way: select both in the Orders table and choose Link (Ctrl+Alt+O) from its context menu, for example a buy stop above a range and a buy limit below it. Unlink, or cancel one of them, and the other works on alone.</translation>
    </message>
    <message>
        <source>Trading → Paper broker… (Ctrl+Shift+B) sets the slippage, the maker and taker fees, the latency before an order can fill and the participation cap.</source>
        <translation>Trading → Paper broker… (Ctrl+Shift+B) sets the slippage, the maker and taker fees, the latency before an order can fill and the participation cap.</translation>
    </message>
    <message>
        <source>Drag an order&apos;s line to move the order; its label says where it would go, whether that would trade at once, and whether the risk checks would take the move or refuse it and why. Nothing is sent until you let go.</source>
        <translation>Drag an order&apos;s line to move the order; its label says where it would go, whether that would trade at once, and whether the risk checks would take the move or refuse it and why. Nothing is sent until you let go.</translation>
    </message>
</context>
<context>
    <name>kairos::OrdersModel</name>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Stop market</source>
        <translation>Stop market</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop limit</translation>
    </message>
    <message>
        <source>Market if touched</source>
        <translation>Market if touched</translation>
    </message>
    <message>
        <source>Limit if touched</source>
        <translation>Limit if touched</translation>
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
        <translation>Day</translation>
    </message>
    <message>
        <source>reduce only</source>
        <translation>reduce only</translation>
    </message>
    <message>
        <source>post only</source>
        <translation>post only</translation>
    </message>
    <message>
        <source>triggered</source>
        <translation>triggered</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Trailing stop %1 %</source>
        <translation>Trailing stop %1 %</translation>
    </message>
    <message>
        <source>Trailing stop %1</source>
        <translation>Trailing stop %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Order %1: &apos;%2&apos; %3</source>
        <translation>Order %1: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>must be positive</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>exit of #%1, held until it fills</source>
        <translation>exit of #%1, held until it fills</translation>
    </message>
    <message>
        <source>exit of #%1</source>
        <translation>exit of #%1</translation>
    </message>
    <message>
        <source>OCO with #%1</source>
        <translation>OCO with #%1</translation>
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
        <translation>time limit %1 UTC</translation>
    </message>
    <message>
        <source>closes at market from %1 UTC</source>
        <translation>closes at market from %1 UTC</translation>
    </message>
</context>
<context>
    <name>kairos::PaperTrader</name>
    <message>
        <source>the quantity %1 is not a multiple of %2&apos;s lot step %3</source>
        <translation>the quantity %1 is not a multiple of %2&apos;s lot step %3</translation>
    </message>
    <message>
        <source>the limit price %1 is not on %2&apos;s price tick %3</source>
        <translation>the limit price %1 is not on %2&apos;s price tick %3</translation>
    </message>
    <message>
        <source>the quantity %1 is below %2&apos;s minimum %3</source>
        <translation>the quantity %1 is below %2&apos;s minimum %3</translation>
    </message>
    <message>
        <source>the order&apos;s value %1 is below %2&apos;s minimum %3</source>
        <translation>the order&apos;s value %1 is below %2&apos;s minimum %3</translation>
    </message>
    <message>
        <source>the stop price %1 is not on %2&apos;s price tick %3</source>
        <translation>the stop price %1 is not on %2&apos;s price tick %3</translation>
    </message>
    <message>
        <source>the activation price %1 is not on %2&apos;s price tick %3</source>
        <translation>the activation price %1 is not on %2&apos;s price tick %3</translation>
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
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>Avg price</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Unrealized</source>
        <translation>Unrealized</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Realized</translation>
    </message>
</context>
<context>
    <name>kairos::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>The charts&apos; colours follow the theme.</source>
        <translation>The charts&apos; colours follow the theme.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Repeated alerts are folded into one with a count; every alert stays in the Alerts panel.</source>
        <translation>Repeated alerts are folded into one with a count; every alert stays in the Alerts panel.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Rising candles</source>
        <translation>Rising candles</translation>
    </message>
    <message>
        <source>Falling candles</source>
        <translation>Falling candles</translation>
    </message>
    <message>
        <source>Theme colours</source>
        <translation>Theme colours</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Candles</translation>
    </message>
    <message>
        <source>Rising: theme</source>
        <translation>Rising: theme</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Rising</translation>
    </message>
    <message>
        <source>Falling: theme</source>
        <translation>Falling: theme</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>Falling</translation>
    </message>
    <message>
        <source>Where kairos.db (the session, with every recording) lives; used from the next start. Empty: the standard folder.</source>
        <translation>Where kairos.db (the session, with every recording) lives; used from the next start. Empty: the standard folder.</translation>
    </message>
    <message>
        <source>This folder cannot hold Kairos&apos;s data: %1</source>
        <translation>This folder cannot hold Kairos&apos;s data: %1</translation>
    </message>
</context>
<context>
    <name>kairos::RedisConnection</name>
    <message>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>cannot format a command</source>
        <translation>cannot format a command</translation>
    </message>
    <message>
        <source>unreadable reply from %1</source>
        <translation>unreadable reply from %1</translation>
    </message>
    <message>
        <source>no connection to %1 within %2 s</source>
        <translation>no connection to %1 within %2 s</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 s</source>
        <translation>no reply from %1 within %2 s</translation>
    </message>
</context>
<context>
    <name>kairos::RemoteEngine</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>no Kairos node publishes to %1</source>
        <translation>no Kairos node publishes to %1</translation>
    </message>
</context>
<context>
    <name>kairos::ReplayToolBar</name>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the replay (Space)</source>
        <translation>Pause or resume the replay (Space)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>On to the end of the next candle of the chart&apos;s timeframe (.)</source>
        <translation>On to the end of the next candle of the chart&apos;s timeframe (.)</translation>
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
        <translation>Replay speed: times real time, or as fast as possible</translation>
    </message>
    <message>
        <source>Drag to seek; back in time replays from the start up to there</source>
        <translation>Drag to seek; back in time replays from the start up to there</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1 of %2 – %3 UTC</source>
        <translation>%1 of %2 – %3 UTC</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Replay finished: %1 – %2 UTC</source>
        <translation>Replay finished: %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>kairos::RiskLimitsDialog</name>
    <message>
        <source>Risk limits</source>
        <translation>Risk limits</translation>
    </message>
    <message>
        <source>A limit of 0 is switched off. Amounts are in the account currency.</source>
        <translation>A limit of 0 is switched off. Amounts are in the account currency.</translation>
    </message>
    <message>
        <source>Max order quantity</source>
        <translation>Max order quantity</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>Max order notional</source>
        <translation>Max order notional</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>Max position per symbol</source>
        <translation>Max position per symbol</translation>
    </message>
    <message>
        <source>Max position value per symbol</source>
        <translation>Max position value per symbol</translation>
    </message>
    <message>
        <source>Max gross exposure</source>
        <translation>Max gross exposure</translation>
    </message>
    <message>
        <source>Max open orders</source>
        <translation>Max open orders</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>Max orders per minute</source>
        <translation>Max orders per minute</translation>
    </message>
    <message>
        <source>Daily loss limit</source>
        <translation>Daily loss limit</translation>
    </message>
    <message>
        <source>Max drawdown from peak</source>
        <translation>Max drawdown from peak</translation>
    </message>
    <message>
        <source>Cooldown after a losing trade</source>
        <translation>Cooldown after a losing trade</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Trading day starts at midnight in</source>
        <translation>Trading day starts at midnight in</translation>
    </message>
    <message>
        <source>Kill switch: refuse every new order</source>
        <translation>Kill switch: refuse every new order</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>%1 must not be negative (0 switches it off)</source>
        <translation>%1 must not be negative (0 switches it off)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this system knows</source>
        <translation>&apos;%1&apos; is not a time zone this system knows</translation>
    </message>
</context>
<context>
    <name>kairos::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>kairos::Side</name>
    <message>
        <source>BUY</source>
        <translation>BUY</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>SELL</translation>
    </message>
</context>
<context>
    <name>kairos::SignalsModel</name>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kairos::StorageWriter</name>
    <message>
        <source>storage: writing %1 failed: %2</source>
        <translation>storage: writing %1 failed: %2</translation>
    </message>
    <message>
        <source>a candle</source>
        <translation>a candle</translation>
    </message>
    <message>
        <source>an open candle</source>
        <translation>an open candle</translation>
    </message>
    <message>
        <source>a tick</source>
        <translation>a tick</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>a signal</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>the fill of order %1</source>
        <translation>the fill of order %1</translation>
    </message>
    <message>
        <source>the cancellation of order %1</source>
        <translation>the cancellation of order %1</translation>
    </message>
    <message>
        <source>an alert</source>
        <translation>an alert</translation>
    </message>
    <message>
        <source>the equity curve</source>
        <translation>the equity curve</translation>
    </message>
    <message>
        <source>a position</source>
        <translation>a position</translation>
    </message>
    <message>
        <source>an indicator snapshot</source>
        <translation>an indicator snapshot</translation>
    </message>
    <message>
        <source>the transaction</source>
        <translation>the transaction</translation>
    </message>
    <message>
        <source>the starting cash</source>
        <translation>the starting cash</translation>
    </message>
    <message>
        <source>the database %1 cannot be locked</source>
        <translation>the database %1 cannot be locked</translation>
    </message>
    <message>
        <source>database %1 in use by process %2 (%3)</source>
        <translation>database %1 in use by process %2 (%3)</translation>
    </message>
    <message>
        <source>the trigger of order %1</source>
        <translation>the trigger of order %1</translation>
    </message>
    <message>
        <source>the denial of order %1</source>
        <translation>the denial of order %1</translation>
    </message>
    <message>
        <source>the change of order %1</source>
        <translation>the change of order %1</translation>
    </message>
    <message>
        <source>the history of order %1</source>
        <translation>the history of order %1</translation>
    </message>
</context>
<context>
    <name>kairos::StrategyDialog</name>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Parameters of the selected rule</source>
        <translation>Parameters of the selected rule</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Fixed quantity</source>
        <translation>Fixed quantity</translation>
    </message>
    <message>
        <source>Fixed notional</source>
        <translation>Fixed notional</translation>
    </message>
    <message>
        <source>Percent of equity</source>
        <translation>Percent of equity</translation>
    </message>
    <message>
        <source>Flip an opposite position</source>
        <translation>Flip an opposite position</translation>
    </message>
    <message>
        <source>Only close an opposite position</source>
        <translation>Only close an opposite position</translation>
    </message>
    <message>
        <source>Ignore while positioned</source>
        <translation>Ignore while positioned</translation>
    </message>
    <message>
        <source>Order size</source>
        <translation>Order size</translation>
    </message>
    <message>
        <source>order size &apos;%1&apos; %2</source>
        <translation>order size &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>Risk % of equity at the stop</source>
        <translation>Risk % of equity at the stop</translation>
    </message>
    <message>
        <source>Risk: the quantity whose loss at the stop-loss (or the trailing stop) is that percent of equity.</source>
        <translation>Risk: the quantity whose loss at the stop-loss (or the trailing stop) is that percent of equity.</translation>
    </message>
    <message>
        <source>Exits of every position it opens</source>
        <translation>Exits of every position it opens</translation>
    </message>
    <message>
        <source>Stop loss</source>
        <translation>Stop loss</translation>
    </message>
    <message>
        <source>Take profit</source>
        <translation>Take profit</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing stop</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>% of the price</source>
        <translation>% of the price</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>× ATR(%1)</source>
        <translation>× ATR(%1)</translation>
    </message>
    <message>
        <source>exit distance &apos;%1&apos; %2</source>
        <translation>exit distance &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>must be positive</translation>
    </message>
    <message>
        <source>A take-profit limit and a stop-loss stop, one-cancels-other, each a distance from the entry price; a trailing stop makes the stop-loss trail at its distance; a time limit closes the position after a number of candles. Empty: none.</source>
        <translation>A take-profit limit and a stop-loss stop, one-cancels-other, each a distance from the entry price; a trailing stop makes the stop-loss trail at its distance; a time limit closes the position after a number of candles. Empty: none.</translation>
    </message>
    <message>
        <source> candles</source>
        <translation> candles</translation>
    </message>
    <message>
        <source>After this many candles of the strategy&apos;s timeframe, what is left of the position closes at market (its trades say &quot;expired&quot;).</source>
        <translation>After this many candles of the strategy&apos;s timeframe, what is left of the position closes at market (its trades say &quot;expired&quot;).</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
</context>
<context>
    <name>kairos::StudiesMenu</name>
    <message>
        <source>Simple moving average</source>
        <translation>Simple moving average</translation>
    </message>
    <message>
        <source>Fast exponential moving average</source>
        <translation>Fast exponential moving average</translation>
    </message>
    <message>
        <source>Slow exponential moving average</source>
        <translation>Slow exponential moving average</translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation>Bollinger Bands</translation>
    </message>
    <message>
        <source>VWAP (session)</source>
        <translation>VWAP (session)</translation>
    </message>
    <message>
        <source>RSI pane</source>
        <translation>RSI pane</translation>
    </message>
    <message>
        <source>MACD pane</source>
        <translation>MACD pane</translation>
    </message>
    <message>
        <source>&amp;Studies on this chart…</source>
        <translation>&amp;Studies on this chart…</translation>
    </message>
</context>
<context>
    <name>kairos::StudyListDialog</name>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Pane</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>Add study</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>NAME or NAME:PARAM:… in TA-Lib&apos;s parameter order, e.g. rsi:14, bb:20:2, sar:0.02:0.2</source>
        <translation>NAME or NAME:PARAM:… in TA-Lib&apos;s parameter order, e.g. rsi:14, bb:20:2, sar:0.02:0.2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Price: over the candles; 1, 2 …: panes below them, shared by studies of the same number</source>
        <translation>Price: over the candles; 1, 2 …: panes below them, shared by studies of the same number</translation>
    </message>
    <message>
        <source>Study colour</source>
        <translation>Study colour</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Solid</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Dashed</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Dotted</translation>
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
        <translation>Replay %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) of the replay file skipped</source>
        <translation>
            <numerusform>%n bad line of the replay file skipped</numerusform>
            <numerusform>%n bad lines of the replay file skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>reading %1 was cancelled</source>
        <translation>reading %1 was cancelled</translation>
    </message>
    <message>
        <source>Market data feed</source>
        <translation>Market data feed</translation>
    </message>
    <message>
        <source>Reading the instrument rules of %1…</source>
        <translation>Reading the instrument rules of %1…</translation>
    </message>
</context>
<context>
    <name>kairos::TradingPanel</name>
    <message>
        <source>Flatten %1</source>
        <translation>Flatten %1</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>Cancel all orders</source>
        <translation>Cancel all orders</translation>
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
        <translation>All severities</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equity</translation>
    </message>
    <message>
        <source>When on, signals become paper orders (through the risk checks).</source>
        <translation>When on, signals become paper orders (through the risk checks).</translation>
    </message>
    <message>
        <source>Allow only orders that make positions smaller.</source>
        <translation>Allow only orders that make positions smaller.</translation>
    </message>
    <message>
        <source>Resume trading</source>
        <translation>Resume trading</translation>
    </message>
    <message>
        <source>Trading was halted by the circuit breaker; resuming starts the loss and drawdown limits afresh.</source>
        <translation>Trading was halted by the circuit breaker; resuming starts the loss and drawdown limits afresh.</translation>
    </message>
    <message>
        <source>KILL SWITCH</source>
        <translation>KILL SWITCH</translation>
    </message>
    <message>
        <source>Equity &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Equity &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Day PnL &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation>Day PnL &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawdown &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Drawdown &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>REDUCING</source>
        <translation>REDUCING</translation>
    </message>
    <message>
        <source>HALTED</source>
        <translation>HALTED</translation>
    </message>
    <message>
        <source>Trading decisions are made by the node this window follows</source>
        <translation>Trading decisions are made by the node this window follows</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Mark every alert as seen (they stop showing in bold).</source>
        <translation>Mark every alert as seen (they stop showing in bold).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the selected alerts, or all shown, as tab-separated text.</source>
        <translation>Copy the selected alerts, or all shown, as tab-separated text.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Empty the list (the database keeps every alert).</source>
        <translation>Empty the list (the database keeps every alert).</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>Auto-trade ON</source>
        <translation>Auto-trade ON</translation>
    </message>
    <message>
        <source>Auto-trade off</source>
        <translation>Auto-trade off</translation>
    </message>
    <message>
        <source>Reduce only ON</source>
        <translation>Reduce only ON</translation>
    </message>
    <message>
        <source>Reduce only off</source>
        <translation>Reduce only off</translation>
    </message>
    <message>
        <source>Cancel every working order and refuse every new one until released (Ctrl+K).</source>
        <translation>Cancel every working order and refuse every new one until released (Ctrl+K).</translation>
    </message>
    <message>
        <source>RELEASE KILL SWITCH</source>
        <translation>RELEASE KILL SWITCH</translation>
    </message>
    <message>
        <source>Accept orders again (Ctrl+K).</source>
        <translation>Accept orders again (Ctrl+K).</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>Reverse %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Link the two selected orders one-cancels-other</source>
        <translation>Link the two selected orders one-cancels-other</translation>
    </message>
    <message>
        <source>Select two working orders to link them one-cancels-other.</source>
        <translation>Select two working orders to link them one-cancels-other.</translation>
    </message>
    <message>
        <source>Orders %1 and %2 are of different symbols: only orders of one symbol can be linked one-cancels-other.</source>
        <translation>Orders %1 and %2 are of different symbols: only orders of one symbol can be linked one-cancels-other.</translation>
    </message>
    <message>
        <source>Order %1 is already one-cancels-other with order %2: unlink it first.</source>
        <translation>Order %1 is already one-cancels-other with order %2: unlink it first.</translation>
    </message>
    <message>
        <source>Order %1 is a bracket&apos;s exit waiting for its entry.</source>
        <translation>Order %1 is a bracket&apos;s exit waiting for its entry.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n selected orders</source>
        <translation>
            <numerusform>Cancel the %n selected order</numerusform>
            <numerusform>Cancel the %n selected orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Link orders %1 and %2 one-cancels-other</source>
        <translation>Link orders %1 and %2 one-cancels-other</translation>
    </message>
    <message>
        <source>Unlink order %1 from order %2</source>
        <translation>Unlink order %1 from order %2</translation>
    </message>
</context>
<context>
    <name>kairos::VenueBackfill</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>more than %1 pages</translation>
    </message>
</context>
<context>
    <name>kairos::VenueFeed</name>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>no connection after %1 s</source>
        <translation>no connection after %1 s</translation>
    </message>
    <message>
        <source>nothing heard for %1 s</source>
        <translation>nothing heard for %1 s</translation>
    </message>
    <message>
        <source>daily reconnect</source>
        <translation>daily reconnect</translation>
    </message>
    <message>
        <source>trade id jumped from %1 to %2</source>
        <translation>trade id jumped from %1 to %2</translation>
    </message>
    <message>
        <source>heartbeat reports trade %1, last received %2</source>
        <translation>heartbeat reports trade %1, last received %2</translation>
    </message>
    <message numerus="yes">
        <source>; backfilled %n trade(s) from the REST API</source>
        <translation>
            <numerusform>; backfilled %n trade from the REST API</numerusform>
            <numerusform>; backfilled %n trades from the REST API</numerusform>
        </translation>
    </message>
    <message>
        <source>; backfill failed: %1</source>
        <translation>; backfill failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>; the REST API had only part of the %n missing trade(s)</source>
        <translation>
            <numerusform>; the REST API had only part of the %n missing trade</numerusform>
            <numerusform>; the REST API had only part of the %n missing trades</numerusform>
        </translation>
    </message>
    <message>
        <source>a message over %1 MiB was refused</source>
        <translation>a message over %1 MiB was refused</translation>
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
        <source>SQLite database to keep the session in and warm-start from (default: kairos.db in the user&apos;s data folder).</source>
        <translation>SQLite database to keep the session in and warm-start from (default: kairos.db in the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Publish every event to Redis: redis://[user:password@]host:port[/db] or rediss://.</source>
        <translation>Publish every event to Redis: redis://[user:password@]host:port[/db] or rediss://.</translation>
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
        <translation>Market data source: &apos;sim&apos;, the simulator (default); &apos;replay:FILE&apos; for a ticks or candles CSV or a recorded database; &apos;VENUE:PAIR,PAIR,…&apos; for a venue&apos;s public trades, VENUE one of binance, coinbase, kraken (e.g. kraken:BTC/USD,ETH/USD); or &apos;redis:URL&apos; to follow a headless node through Redis (read-only).</translation>
    </message>
    <message>
        <source>Base URL of the venue&apos;s WebSocket (a proxy, a testnet or a local server).</source>
        <translation>Base URL of the venue&apos;s WebSocket (a proxy, a testnet or a local server).</translation>
    </message>
    <message>
        <source>Base URL of the venue&apos;s REST API, which fills gaps with the trades missed.</source>
        <translation>Base URL of the venue&apos;s REST API, which fills gaps with the trades missed.</translation>
    </message>
    <message>
        <source>Replay speed: a multiple of real time (default 1), or max.</source>
        <translation>Replay speed: a multiple of real time (default 1), or max.</translation>
    </message>
    <message>
        <source>N|max</source>
        <translation>N|max</translation>
    </message>
    <message>
        <source>Market data feed</source>
        <translation>Market data feed</translation>
    </message>
    <message>
        <source>The feed cannot start: %1</source>
        <translation>The feed cannot start: %1</translation>
    </message>
    <message>
        <source>Keep nothing: the session lives in a scratch file removed at exit.</source>
        <translation>Keep nothing: the session lives in a scratch file removed at exit.</translation>
    </message>
    <message>
        <source>--speed: expected a number from 0.001 to 1000000, or max, got &apos;%1&apos;</source>
        <translation>--speed: expected a number from 0.001 to 1000000, or max, got &apos;%1&apos;</translation>
    </message>
</context>
</TS>
