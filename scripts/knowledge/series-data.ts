import { normalizeKey } from '../../src/core/text-normalize';
import type { Series } from '../../src/knowledge/schema';
import type { DataDir } from './data-files';
import { uniqueSorted } from './stable-json';

type Values = Record<string, number>;

function recordOf(values: Values): string | null {
  let best: { period: string; value: number } | null = null;
  for (const [period, value] of Object.entries(values)) {
    if (best === null || value > best.value || (value === best.value && period < best.period)) best = { period, value };
  }
  return best?.period ?? null;
}

function series(fields: Omit<Series, 'terms' | 'recordPeriod'> & { terms: string[]; record: boolean }): Series {
  const { terms, record, ...rest } = fields;
  return { ...rest, terms: uniqueSorted(terms.map(normalizeKey)), recordPeriod: record ? recordOf(rest.values) : null };
}

function num(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const t = raw.replace(/,/g, '').trim();
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** One decimal of a percent, as a fraction: 0.0271 → 0.027. */
function roundPercent(fraction: number): number {
  return Math.round(fraction * 1000) / 1000;
}

/**
 * Growth over the previous period from levels, as a fraction, rounded to a tenth of a percent;
 * `periodsPerYear` > 1 annualises (BEA's quarterly rates are seasonally adjusted annual rates).
 */
export function growthFromLevels(levels: Values, previous: (period: string) => string, periodsPerYear: number): Values {
  const out: Values = {};
  for (const [period, level] of Object.entries(levels)) {
    const before = levels[previous(period)];
    if (before === undefined || before === 0) continue;
    out[period] = roundPercent((level / before) ** periodsPerYear - 1);
  }
  return out;
}

export function previousQuarter(period: string): string {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** Months a year needs for an annual average: BLS averages all twelve. */
const MONTHS_PER_YEAR = 12;

/** CPI-U annual averages (mean of the twelve monthly indexes, three decimals as BLS publishes); incomplete years are left out. */
export function cpiAnnualAverages(data: DataDir): Values {
  const sums = new Map<string, { total: number; months: number }>();
  for (const row of data.csvRecords('us-national-stats/bls-cpi-u-monthly.csv')) {
    const index = num(row.Index);
    const year = (row.Date ?? '').trim().slice(0, 4);
    if (index === null || !/^\d{4}$/.test(year)) continue;
    const s = sums.get(year) ?? { total: 0, months: 0 };
    s.total += index;
    s.months += 1;
    sums.set(year, s);
  }
  const out: Values = {};
  for (const [year, s] of sums) if (s.months === MONTHS_PER_YEAR) out[year] = Math.round((s.total / MONTHS_PER_YEAR) * 1000) / 1000;
  return out;
}

/** Removals, returns (Table 39) and apprehensions (Table 33), by fiscal year. */
export function dhsSeries(data: DataDir): Series[] {
  const removals: Values = {};
  const returns: Values = {};
  for (const row of data.csvRecords('dhs-immigration-yearbook/table39-removals-returns-fy1892-2019.csv')) {
    const year = (row.Year ?? '').trim();
    const r = num(row.Removals);
    const ret = num(row.Returns);
    if (r !== null) removals[`FY${year}`] = r;
    if (ret !== null) returns[`FY${year}`] = ret;
  }
  const apprehensions: Values = {};
  for (const row of data.csvRecords('dhs-immigration-yearbook/table33-apprehensions-fy1925-2019.csv')) {
    const v = num(row.Number);
    if (v !== null) apprehensions[`FY${(row.Year ?? '').trim()}`] = v;
  }
  const common = { unit: 'count' as const, unitLabel: 'people', periodLabel: 'Fiscal year (October–September)', sources: ['dhs-yearbook-2019'] };
  return [
    series({
      ...common,
      id: 'dhs:removals',
      name: 'Removals (deportations) of noncitizens from the U.S., by fiscal year',
      terms: ['removals', 'removal', 'deportations', 'deportation', 'deported', 'deportees', 'removed', 'people deported', 'immigrants deported'],
      values: removals,
      record: true,
      note: 'DHS-wide totals (ICE and CBP), Yearbook 2019 Table 39; later yearbooks revise some years.',
    }),
    series({
      ...common,
      id: 'dhs:returns',
      name: 'Returns of noncitizens without a removal order, by fiscal year',
      terms: ['returns', 'returned', 'voluntary departures', 'voluntary returns'],
      values: returns,
      record: true,
      note: 'Departures without an order of removal, Yearbook 2019 Table 39.',
    }),
    series({
      ...common,
      id: 'dhs:apprehensions',
      name: 'Apprehensions of noncitizens by DHS, by fiscal year',
      terms: ['apprehensions', 'apprehended', 'border arrests', 'arrests at the border', 'border apprehensions'],
      values: apprehensions,
      record: true,
      note: 'Yearbook 2019 Table 33; excludes CBP encounters counted as inadmissibles.',
    }),
  ];
}

/** Unemployment, GDP, population, federal receipts, outlays and deficits. */
export function nationalSeries(data: DataDir): Series[] {
  const rate: Values = {};
  const unemployed: Values = {};
  const participation: Values = {};
  // The table repeats 1947 on a second population basis; the later row is the one used onward.
  for (const row of data.csvRecords('us-national-stats/bls-cps-employment-status-annual-aat1.csv')) {
    const y = (row.year ?? '').trim();
    const r = num(row.unemployed_percent);
    const u = num(row.unemployed);
    const p = num(row.population_percent);
    if (r !== null) rate[y] = Math.round(r * 10) / 1000;
    if (u !== null) unemployed[y] = u * 1000;
    if (p !== null) participation[y] = Math.round(p * 10) / 1000;
  }
  const gdpNominal: Values = {};
  const gdpReal: Values = {};
  // The packaged change columns are shifted by one period (the row for Y holds Y+1's change):
  // growth is computed from the real levels instead.
  for (const row of data.csvRecords('us-national-stats/bea-gdp-annual.csv')) {
    const y = (row.date ?? '').trim();
    const n = num(row['level-current']);
    const r = num(row['level-chained']);
    if (n !== null) gdpNominal[y] = Math.round(n * 1e9);
    if (r !== null) gdpReal[y] = Math.round(r * 1e9);
  }
  const growth = growthFromLevels(gdpReal, (y) => String(Number(y) - 1), 1);
  const realByQuarter: Values = {};
  for (const row of data.csvRecords('us-national-stats/bea-gdp-quarterly.csv')) {
    const d = (row.date ?? '').trim();
    const r = num(row['level-chained']);
    const month = Number(d.slice(5, 7));
    if (r !== null && month > 0) realByQuarter[`${d.slice(0, 4)}Q${Math.ceil(month / 3)}`] = r;
  }
  const quarterly = growthFromLevels(realByQuarter, previousQuarter, 4);
  const cpi = cpiAnnualAverages(data);
  const usPop: Values = {};
  const worldPop: Values = {};
  for (const row of data.csvRecords('us-national-stats/worldbank-population-by-country.csv')) {
    const code = row['Country Code'];
    const v = num(row.Value);
    if (v === null) continue;
    if (code === 'USA') usPop[(row.Year ?? '').trim()] = v;
    if (code === 'WLD') worldPop[(row.Year ?? '').trim()] = v;
  }
  const receipts: Values = {};
  const outlays: Values = {};
  const deficit: Values = {};
  for (const row of data.csvRows('us-national-stats/omb-historical-tables-fy2027/hist01z1_fy2027.csv')) {
    const year = (row[0] ?? '').trim();
    if (!/^\d{4}$/.test(year)) continue;
    const rc = num(row[1]);
    const ot = num(row[2]);
    const sd = num(row[3]);
    if (rc !== null) receipts[`FY${year}`] = rc * 1e6;
    if (ot !== null) outlays[`FY${year}`] = ot * 1e6;
    if (sd !== null) deficit[`FY${year}`] = -sd * 1e6;
  }
  const calendar = 'Calendar year (annual average)';
  const fiscal = 'Federal fiscal year (October–September since 1977)';
  return [
    series({ id: 'bls:unemployment-rate', name: 'U.S. unemployment rate, annual average', unit: 'percent', unitLabel: 'percent of the labor force', periodLabel: calendar, terms: ['unemployment rate', 'jobless rate', 'unemployment', 'rate of unemployment'], values: rate, record: false, note: 'Civilian, 16 and over (14 and over before 1947); monthly rates are not in this table.', sources: ['bls-cps-aat1'] }),
    series({ id: 'bls:unemployed', name: 'Unemployed people in the U.S., annual average', unit: 'count', unitLabel: 'people', periodLabel: calendar, terms: ['unemployed', 'unemployed people', 'unemployed americans', 'jobless', 'out of work'], values: unemployed, record: false, note: null, sources: ['bls-cps-aat1'] }),
    series({ id: 'bls:participation-rate', name: 'U.S. labor force participation rate, annual average', unit: 'percent', unitLabel: 'percent of the civilian noninstitutional population', periodLabel: calendar, terms: ['labor force participation', 'participation rate', 'labor force participation rate'], values: participation, record: false, note: null, sources: ['bls-cps-aat1'] }),
    series({ id: 'bea:gdp-nominal', name: 'U.S. gross domestic product, current dollars', unit: 'usd', unitLabel: 'U.S. dollars', periodLabel: 'Calendar year', terms: ['gdp', 'gross domestic product', 'economy', 'size of the economy', 'economic output'], values: gdpNominal, record: false, note: null, sources: ['bea-gdp'] }),
    series({ id: 'bea:gdp-real', name: 'U.S. real gross domestic product, chained 2017 dollars', unit: 'usd', unitLabel: 'chained 2017 U.S. dollars', periodLabel: 'Calendar year', terms: ['real gdp', 'inflation-adjusted gdp'], values: gdpReal, record: false, note: null, sources: ['bea-gdp'] }),
    series({ id: 'bea:gdp-growth', name: 'U.S. real GDP growth, percent change from the year before', unit: 'percent', unitLabel: 'percent', periodLabel: 'Calendar year', terms: ['gdp growth', 'economic growth', 'growth rate', 'economy grew', 'economy shrank'], values: growth, record: false, note: null, sources: ['bea-gdp'] }),
    series({ id: 'bea:gdp-growth-quarterly', name: 'U.S. real GDP growth by quarter, seasonally adjusted annual rate', unit: 'percent', unitLabel: 'percent (annual rate)', periodLabel: 'Quarter', terms: ['quarterly gdp growth', 'annualized rate', 'annual rate of growth', 'gdp grew'], values: quarterly, record: false, note: null, sources: ['bea-gdp'] }),
    series({ id: 'bls:cpi-u', name: 'Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, annual average', unit: 'other', unitLabel: 'index points (1982–84 = 100)', periodLabel: 'Calendar year (average of the 12 monthly indexes)', terms: ['consumer price index', 'cpi', 'cpi-u', 'consumer prices', 'prices'], values: cpi, record: false, note: 'For “in today’s dollars”: multiply by the latest annual average and divide by the year’s. Years without all 12 monthly indexes are left out (2025 lacks October).', sources: ['bls-cpi-u'] }),
    series({ id: 'wb:population-us', name: 'Population of the United States', unit: 'count', unitLabel: 'people', periodLabel: 'Calendar year (midyear estimate)', terms: ['population', 'u.s. population', 'americans', 'residents', 'people in the united states'], values: usPop, record: false, note: null, sources: ['worldbank-population'] }),
    series({ id: 'wb:population-world', name: 'World population', unit: 'count', unitLabel: 'people', periodLabel: 'Calendar year (midyear estimate)', terms: ['world population', 'global population', 'people on earth'], values: worldPop, record: false, note: null, sources: ['worldbank-population'] }),
    series({ id: 'omb:receipts', name: 'Federal receipts (revenue), total', unit: 'usd', unitLabel: 'U.S. dollars', periodLabel: fiscal, terms: ['federal receipts', 'federal revenue', 'tax revenue', 'revenues', 'receipts'], values: receipts, record: false, note: null, sources: ['omb-historical-tables'] }),
    series({ id: 'omb:outlays', name: 'Federal outlays (spending), total', unit: 'usd', unitLabel: 'U.S. dollars', periodLabel: fiscal, terms: ['federal spending', 'federal outlays', 'outlays', 'government spending', 'spending'], values: outlays, record: false, note: null, sources: ['omb-historical-tables'] }),
    series({ id: 'omb:deficit', name: 'Federal budget deficit (a surplus shows as negative)', unit: 'usd', unitLabel: 'U.S. dollars', periodLabel: fiscal, terms: ['deficit', 'budget deficit', 'federal deficit', 'shortfall'], values: deficit, record: true, note: 'Unified budget, Table 1.1; years before 1933 use the administrative budget.', sources: ['omb-historical-tables'] }),
  ];
}
