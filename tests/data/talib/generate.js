// Generates candle series and the TA-Lib reference values the indicator tests
// compare against. Run from this folder after `npm install talib@1.1.6` (the
// package builds the TA-Lib C library from source; with npm 11 run its build
// steps by hand: `node src/lib/build.js && node-gyp configure build`):
//
//   node generate.js
//
// Writes <series>.candles.csv, <series>.talib.csv (the chart's indicators) and
// <series>.studies.csv (more of TA-Lib's, by study SPEC) for every series below.
// Prices are rounded to the series' tick, so the decimal text in the CSV is
// exactly the double TA-Lib saw.
//
// The references were made with talib 1.1.6, which bundles TA-Lib C 0.6.0-dev
// (TA_EPSILON = 1e-14 in ta_func/ta_utility.h, an absolute threshold). Three
// scales: trend near 64,000, range and forex near 1 (forex quiet, as EUR/CHF
// on minutes), micro near 0.00001 in steps of 1e-8 (as SHIB). On micro,
// TA-Lib's absolute threshold collapses Bollinger Bands where the variance
// is below 1e-14: the test skips those rows and says how many; Kairos
// judges "no deviation" relative to the price instead.
"use strict";
const fs = require("fs");
const talib = require("talib");

// A small deterministic generator (mulberry32) so the series never change.
function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normal(rand) {
  const u = Math.max(rand(), 1e-12), v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function makeSeries({ seed, count, start, decimals, sigma, drift, flatEvery }) {
  const rand = mulberry32(seed);
  const round = (x) => Number(x.toFixed(decimals));
  const candles = [];
  let price = start;
  let time = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const open = round(price);
    let close, high, low;
    if (flatEvery && i % flatEvery < 6) {
      close = high = low = open; // flat stretches: zero ranges and zero changes
    } else {
      price = price * Math.exp(drift + sigma * normal(rand));
      close = round(price);
      high = round(Math.max(open, close) * (1 + Math.abs(normal(rand)) * sigma * 0.6));
      low = round(Math.min(open, close) * (1 - Math.abs(normal(rand)) * sigma * 0.6));
    }
    const volume = Number((rand() * 50 + 0.5).toFixed(4));
    candles.push({ time, open, high, low, close, volume });
    time += 60000;
    price = close;
  }
  return candles;
}

function run(name, params, candles) {
  const n = candles.length;
  const result = talib.execute(Object.assign({
    name, startIdx: 0, endIdx: n - 1,
    open: candles.map((c) => c.open), high: candles.map((c) => c.high),
    low: candles.map((c) => c.low), close: candles.map((c) => c.close),
    volume: candles.map((c) => c.volume), inReal: candles.map((c) => c.close),
  }, params));
  if (result.error) throw new Error(name + ": " + JSON.stringify(result.error));
  return result;
}

// One output column aligned to the candles: empty during the warm-up.
function column(result, output, n) {
  const values = new Array(n).fill("");
  result.result[output].forEach((v, i) => {
    values[result.begIndex + i] = v.toPrecision(17);
  });
  return values;
}

const series = {
  trend: { seed: 7, count: 2500, start: 64250, decimals: 2, sigma: 0.0025, drift: 0.0002 },
  range: { seed: 11, count: 2500, start: 0.5230, decimals: 4, sigma: 0.004, drift: 0, flatEvery: 97 },
  forex: { seed: 13, count: 2500, start: 1.6523, decimals: 5, sigma: 0.00012, drift: 0, flatEvery: 61 },
  micro: { seed: 17, count: 2500, start: 0.00001234, decimals: 8, sigma: 0.004, drift: 0, flatEvery: 53 },
};

for (const [name, params] of Object.entries(series)) {
  const candles = makeSeries(params);
  const n = candles.length;
  fs.writeFileSync(`${name}.candles.csv`, "time,open,high,low,close,volume\n" +
    candles.map((c) => [c.time, c.open, c.high, c.low, c.close, c.volume].join(",")).join("\n") + "\n");

  const macd = run("MACD", { optInFastPeriod: 12, optInSlowPeriod: 26, optInSignalPeriod: 9 }, candles);
  const bb = run("BBANDS", { optInTimePeriod: 20, optInNbDevUp: 2, optInNbDevDn: 2, optInMAType: 0 }, candles);
  const stoch = run("STOCH", { optInFastK_Period: 14, optInSlowK_Period: 3, optInSlowK_MAType: 0,
                               optInSlowD_Period: 3, optInSlowD_MAType: 0 }, candles);
  const columns = {
    time: candles.map((c) => String(c.time)),
    close: candles.map((c) => String(c.close)),
    sma20: column(run("SMA", { optInTimePeriod: 20 }, candles), "outReal", n),
    ema20: column(run("EMA", { optInTimePeriod: 20 }, candles), "outReal", n),
    ema50: column(run("EMA", { optInTimePeriod: 50 }, candles), "outReal", n),
    rsi14: column(run("RSI", { optInTimePeriod: 14 }, candles), "outReal", n),
    macd: column(macd, "outMACD", n),
    macd_signal: column(macd, "outMACDSignal", n),
    macd_hist: column(macd, "outMACDHist", n),
    bb_upper: column(bb, "outRealUpperBand", n),
    bb_middle: column(bb, "outRealMiddleBand", n),
    bb_lower: column(bb, "outRealLowerBand", n),
    atr14: column(run("ATR", { optInTimePeriod: 14 }, candles), "outReal", n),
    stoch_k: column(stoch, "outSlowK", n),
    stoch_d: column(stoch, "outSlowD", n),
  };
  const names = Object.keys(columns);
  const rows = [names.join(",")];
  for (let i = 0; i < n; i++) rows.push(names.map((k) => columns[k][i]).join(","));
  fs.writeFileSync(`${name}.talib.csv`, rows.join("\n") + "\n");

  // The studies of `kairos-cli indicators --study SPEC`, each column named by
  // its SPEC (SPEC.part for one output of several), TA-Lib's parameter order.
  const period = (p) => ({ optInTimePeriod: p });
  const studies = {};
  const single = (spec, fn, params) => { studies[spec] = column(run(fn, params, candles), "outReal", n); };
  single("wma:20", "WMA", period(20));
  single("dema:20", "DEMA", period(20));
  single("tema:20", "TEMA", period(20));
  single("kama:10", "KAMA", period(10));
  single("roc:10", "ROC", period(10));
  single("mom:10", "MOM", period(10));
  single("adx:14", "ADX", period(14));
  single("plus_di:14", "PLUS_DI", period(14));
  single("minus_di:14", "MINUS_DI", period(14));
  single("cci:14", "CCI", period(14));
  single("willr:14", "WILLR", period(14));
  single("natr:14", "NATR", period(14));
  single("aroonosc:14", "AROONOSC", period(14));
  single("mfi:14", "MFI", period(14));
  single("obv", "OBV", {});
  single("sar:0.02:0.2", "SAR", { optInAcceleration: 0.02, optInMaximum: 0.2 });
  const aroon = run("AROON", period(14), candles);
  studies["aroon:14.down"] = column(aroon, "outAroonDown", n);
  studies["aroon:14.up"] = column(aroon, "outAroonUp", n);
  const stochrsi = run("STOCHRSI", { optInTimePeriod: 14, optInFastK_Period: 14,
                                     optInFastD_Period: 3, optInFastD_MAType: 0 }, candles);
  studies["stochrsi:14:14:3.k"] = column(stochrsi, "outFastK", n);
  studies["stochrsi:14:14:3.d"] = column(stochrsi, "outFastD", n);
  const specs = Object.keys(studies);
  const studyRows = [["time", "close", ...specs].join(",")];
  for (let i = 0; i < n; i++)
    studyRows.push([candles[i].time, candles[i].close, ...specs.map((k) => studies[k][i])].join(","));
  fs.writeFileSync(`${name}.studies.csv`, studyRows.join("\n") + "\n");
  console.log(`${name}: ${n} candles`);
}
