import type { Source } from '../../src/knowledge/schema';

/** The datasets under ../shared/data, described as sources of facts (dates from their READMEs). */
export const DATASET_SOURCES = {
  'congress-legislators': {
    publisher: 'unitedstates/congress-legislators (CC0)',
    url: 'https://github.com/unitedstates/congress-legislators',
    asOf: '2026-06-15',
    title: 'Members of Congress, presidents and vice presidents',
    licence: 'CC0-1.0',
  },
  'fjc-judges': {
    publisher: 'Federal Judicial Center',
    url: 'https://www.fjc.gov/history/judges',
    asOf: '2023-06',
    title: 'Biographical Directory of Article III Federal Judges',
    licence: 'Public domain (U.S. government work)',
    caveat: 'Judicial data as of mid-2023; later appointments, retirements and deaths are not reflected.',
  },
  'openstates-people': {
    publisher: 'Open States (CC0)',
    url: 'https://github.com/openstates/people',
    asOf: '2026-08-05',
    title: 'State executives and mayors',
    licence: 'CC0-1.0',
    caveat: 'State and city office data as last recorded by Open States (snapshot 2026-08-05).',
  },
  'opm-plum': {
    publisher: 'U.S. Office of Personnel Management (PLUM reporting)',
    url: 'https://www.opm.gov/about-us/open-government/plum-reporting/',
    asOf: '2025-06',
    title: 'Policy and supporting positions and their incumbents',
    licence: 'Public domain (U.S. government work)',
    caveat: 'Position data as reported to OPM, as of mid-2025; agencies update their rows late, so it may be stale.',
  },
  'cia-factbook': {
    publisher: 'CIA World Factbook',
    url: 'https://www.cia.gov/the-world-factbook/',
    asOf: '2026-01-22',
    title: 'Chiefs of state and heads of government',
    licence: 'Public domain (U.S. government work)',
    caveat: 'Leaders as of the Factbook’s final update (22 January 2026).',
  },
  'uscode-headings': {
    publisher: 'Office of the Law Revision Counsel, U.S. House of Representatives',
    url: 'https://uscode.house.gov/',
    asOf: '2022-12',
    title: 'United States Code, section headings (late-2022 edition)',
    licence: 'Public domain (U.S. government work)',
  },
  'uscode-crosswalks': {
    publisher: 'Office of the Law Revision Counsel (source credits), via raindrum/citeurl (MIT)',
    url: 'https://uscode.house.gov/',
    asOf: '2022-12',
    title: 'Act sections and their U.S. Code sections',
    licence: 'MIT (tables); facts from U.S. government works',
  },
  'dhs-yearbook-2019': {
    publisher: 'U.S. Department of Homeland Security, Office of Immigration Statistics',
    url: 'https://www.dhs.gov/immigration-statistics/yearbook/2019',
    asOf: '2020-10',
    title: 'Yearbook of Immigration Statistics 2019, Tables 33 and 39',
    licence: 'Public domain (U.S. government work)',
  },
  'bls-cps-aat1': {
    publisher: 'U.S. Bureau of Labor Statistics',
    url: 'https://www.bls.gov/cps/cpsaat01.htm',
    asOf: '2025-01',
    title: 'Current Population Survey, employment status of the civilian noninstitutional population (annual averages)',
    licence: 'Public domain (U.S. government work)',
  },
  'bea-gdp': {
    publisher: 'U.S. Bureau of Economic Analysis',
    url: 'https://www.bea.gov/data/gdp/gross-domestic-product',
    asOf: '2025-06',
    title: 'National accounts: gross domestic product',
    licence: 'Public domain (U.S. government work)',
  },
  'worldbank-population': {
    publisher: 'World Bank, World Development Indicators (CC BY 4.0)',
    url: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
    asOf: '2026-03',
    title: 'Population, total (SP.POP.TOTL)',
    licence: 'CC-BY-4.0',
  },
  'omb-historical-tables': {
    publisher: 'Office of Management and Budget',
    url: 'https://www.whitehouse.gov/omb/information-resources/budget/historical-tables/',
    asOf: '2026-04',
    title: 'Historical Tables, Budget of the U.S. Government, Fiscal Year 2027, Table 1.1',
    licence: 'Public domain (U.S. government work)',
  },
} satisfies Record<string, Source>;

export type DatasetSourceId = keyof typeof DATASET_SOURCES;
