/** Postal abbreviations of states, D.C. and territories → names, as a card prints them. */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'the U.S. Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands',
  // Former territories that sent delegates or resident commissioners.
  PI: 'the Philippine Islands', DK: 'Dakota Territory', OL: 'the Territory of Orleans',
};

/**
 * Year of admission of each state that sent a territorial delegate to the House before it was a
 * state (the Northwest and Southwest Territories for Ohio and Tennessee).
 */
export const STATEHOOD_AFTER_TERRITORY_YEAR: Readonly<Record<string, number>> = {
  TN: 1796, OH: 1803, IN: 1816, MS: 1817, IL: 1818, AL: 1819, MO: 1821, AR: 1836, MI: 1837, FL: 1845, IA: 1846, WI: 1848,
  MN: 1858, OR: 1859, KS: 1861, NV: 1864, NE: 1867, CO: 1876, ND: 1889, SD: 1889, MT: 1889, WA: 1889, ID: 1890, WY: 1890,
  UT: 1896, OK: 1907, NM: 1912, AZ: 1912, AK: 1959, HI: 1959,
};

export function stateName(abbr: string): string | null {
  return US_STATES[abbr.toUpperCase()] ?? null;
}

/** "the District of Columbia" → "District of Columbia", for use as a field value. */
export function bareStateName(abbr: string): string | null {
  const name = stateName(abbr);
  return name === null ? null : name.replace(/^the /, '');
}

/** Ordinal for House districts: 1 → "1st", 12 → "12th", 22 → "22nd". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
