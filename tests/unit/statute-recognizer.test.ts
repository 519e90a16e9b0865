import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { sponsorNames } from '../../src/core/statute-act-references';
import type { StatuteMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const statutes = (text: string): StatuteMention[] => recognize(text, lookup).filter((m): m is StatuteMention => m.kind === 'statute');
const one = (text: string): [string, string, string | null] => {
  const found = statutes(text);
  expect(found).toHaveLength(1);
  const m = found[0] as StatuteMention;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return [m.text, m.citation, m.entityId];
};

describe('statute recognizer: U.S. Code forms', () => {
  it.each([
    ['a section of federal code - 8 U.S.C. 1324 - that', '8 U.S.C. 1324', '8 U.S.C. § 1324', 'usc:8:1324'],
    ['under 8 USC § 1324(a)(1)(A) today', '8 USC § 1324(a)(1)(A)', '8 U.S.C. § 1324(a)(1)(A)', 'usc:8:1324'],
    ['see 8 U.S.C. Sec. 1325 for entry', '8 U.S.C. Sec. 1325', '8 U.S.C. § 1325', 'usc:8:1325'],
    ['violating section 1324 of title 8, United States Code.', 'section 1324 of title 8, United States Code', '8 U.S.C. § 1324', 'usc:8:1324'],
    ['codified at 5 U.S.C. 552 et seq. and more', '5 U.S.C. 552 et seq.', '5 U.S.C. § 552 et seq.', 'usc:5:552'],
    ['see 8 U.S.C. 1101 note for history', '8 U.S.C. 1101 note', '8 U.S.C. § 1101 note', 'usc:8:1101'],
    ['barred by 8 U.S.C. §§ 1324-1325 alike', '8 U.S.C. §§ 1324-1325', '8 U.S.C. §§ 1324-1325', 'usc:8:1324'],
    ['under 42 U.S.C. § 1983, plaintiffs', '42 U.S.C. § 1983', '42 U.S.C. § 1983', 'usc:42:1983'],
  ])('%s', (text, span, citation, id) => {
    expect(one(text)).toEqual([span, citation, id]);
  });

  it('links a Code cite only when the title and section exist in the knowledge file', () => {
    expect(one('they cited 8 U.S.C. 9999 instead')).toEqual(['8 U.S.C. 9999', '8 U.S.C. § 9999', null]);
  });

  it('reads "Title 8 of the U.S. Code" as the whole title', () => {
    expect(one('It is in Title 8 of the U.S. Code, which governs aliens.')).toEqual(['Title 8 of the U.S. Code', '8 U.S.C.', 'usc:8']);
  });
});

describe('statute recognizer: other federal forms', () => {
  it.each([
    ['detainers under 8 C.F.R. 287.7.', '8 C.F.R. 287.7', '8 C.F.R. § 287.7'],
    ['the rule at 14 CFR part 25 applies', '14 CFR part 25', '14 C.F.R. Part 25'],
    ['signed as Public Law 111-148 in March', 'Public Law 111-148', 'Pub. L. 111-148'],
    ['enacted by Pub. L. No. 115\u201397 in 2017', 'Pub. L. No. 115\u201397', 'Pub. L. 115-97'],
    ['printed at 124 Stat. 119 in the volume', '124 Stat. 119', '124 Stat. 119'],
    ['see U.S. Const. art. I, \u00a7 8, cl. 3 on commerce', 'U.S. Const. art. I, \u00a7 8, cl. 3', 'U.S. Const. art. I, \u00a7 8, cl. 3'],
  ])('%s', (text, span, citation) => {
    const [t, c] = one(text);
    expect([t, c]).toEqual([span, citation]);
  });

  it('links a public law to its act', () => {
    expect(one('signed as Public Law 111-148 in March')[2]).toBe('act:aca');
  });
});

describe('statute recognizer: names, popular names and the Constitution', () => {
  it.each([
    ['They challenged the Affordable Care Act in court.', 'Affordable Care Act', 'act:aca'],
    ['Repealing Obamacare was the plan.', 'Obamacare', 'act:aca'],
    ['He may have broken the Logan Act by talking.', 'Logan Act', 'act:logan'],
    ['Reform of Section 230 stalled again.', 'Section 230', 'usc:47:230'],
    ['Expulsions under Title 42 ended in May.', 'Title 42', 'usc:42:265'],
    ['It is protected by the First Amendment, she said.', 'First Amendment', 'const:amend:1'],
    ['Invoking the 25th Amendment was discussed.', '25th Amendment', 'const:amend:25'],
    ['Powers under Article II are broad.', 'Article II', 'const:art:2'],
    ['They cited the Immigration and Nationality Act again.', 'Immigration and Nationality Act', 'act:ina'],
  ])('%s', (text, span, id) => {
    const [t, , e] = one(text);
    expect([t, e]).toEqual([span, id]);
  });

  it('maps act sections to the U.S. Code through the crosswalk', () => {
    expect(one('Agents cited INA section 274 in the memo.')).toEqual(['INA section 274', '8 U.S.C. \u00a7 1324', 'usc:8:1324']);
    expect(one('It violates section 274 of the Immigration and Nationality Act, they said.')).toEqual([
      'section 274 of the Immigration and Nationality Act',
      '8 U.S.C. \u00a7 1324',
      'usc:8:1324',
    ]);
    expect(one('The term is defined in INA \u00a7 101(a)(15).')).toEqual(['INA \u00a7 101(a)(15)', '8 U.S.C. \u00a7 1101(a)(15)', 'usc:8:1101']);
  });

  it('keeps an act section it cannot map, unlinked to the Code', () => {
    expect(one('Claims under section 7 of the Clayton Act rose.')).toEqual(['section 7 of the Clayton Act', 'Clayton Act \u00a7 7', null]);
  });

  it('maps Securities Exchange Act sections through curated popular names', () => {
    expect(one('Claims under section 10(b) of the Securities Exchange Act rose.')).toEqual([
      'section 10(b) of the Securities Exchange Act',
      '15 U.S.C. \u00a7 78j(b)',
      'usc:15:78j',
    ]);
    expect(one('The company broke Section 13(a) of the Exchange Act, the SEC said.')).toEqual([
      'Section 13(a) of the Exchange Act',
      '15 U.S.C. \u00a7 78m(a)',
      'usc:15:78m',
    ]);
  });

  it('does not read a curated act-section name as a bare popular name', () => {
    expect(statutes('Section 13 of the rules was rewritten.')).toEqual([]);
  });

  it('reads named provisions without "Act", with the country that opens them', () => {
    expect(one('The U.S. Flag Code says the flag should not touch the ground.')).toEqual(['U.S. Flag Code', 'United States Flag Code', 'act:flag-code']);
    expect(one('She kept her coverage under COBRA after the layoff.')).toEqual([
      'COBRA',
      'Consolidated Omnibus Budget Reconciliation Act of 1985',
      'act:cobra',
    ]);
    expect(statutes('A cobra was found in the garden.')).toEqual([]);
  });
});

describe('statute recognizer: foreign laws', () => {
  it.each([
    ['The Punjab Police Act was amended last year.'],
    ["Britain's Official Secrets Act bars such disclosures."],
    ["Under the Prevention of Corruption Act, India's investigators filed charges."],
    ['Officials cited the German Basic Law and the British Official Secrets Act.'],
    ['The Kenya Wildlife Act protects elephants.'],
  ])('%s', (text) => {
    expect(statutes(text)).toEqual([]);
  });

  it('keeps an unknown act with a foreign place when the sentence points to the United States', () => {
    expect(one('Congress passed the Tibet Reciprocal Access Act in December.')).toEqual(['Tibet Reciprocal Access Act', 'Tibet Reciprocal Access Act', null]);
  });

  it('reads an act numbered the Commonwealth way, or named on a page about another country, as that country\'s', () => {
    expect(statutes('See section 62. Schools Reform Act 1989 No 80. Parliamentary Counsel Office.')).toEqual([]);
    const page = Array.from({ length: 6 }, () => 'New Zealand and Australia sent ministers to Canada.').join(' ');
    expect(statutes(`${page} The Harbour Boards Act set the rules.`)).toEqual([]);
    expect(statutes('The Harbour Boards Act set the rules.')).toHaveLength(1);
  });

  it('keeps an unknown act with no sign of another country', () => {
    expect(one('The Protect Elections Act would require new reports.')).toEqual(['Protect Elections Act', 'Protect Elections Act', null]);
  });
});

describe('statute recognizer: exclusions', () => {
  it.each([
    ['Citizens United v. FEC, 558 U.S. 310 (2010), changed that.'],
    ['They violated federal anti-smuggling laws and immigration laws.'],
    ['The law passed; the bill was described but not named.'],
    ['In Roe v. Wade the court ruled.'],
  ])('%s', (text) => {
    expect(statutes(text)).toEqual([]);
  });
});

describe('statute recognizer: state code sections (the guide counts them)', () => {
  it.each([
    ['He was charged under Cal. Penal Code \u00a7 187 last week.', 'Cal. Penal Code \u00a7 187', 'Cal. Penal Code \u00a7 187'],
    ['It carries a fine under Fla. Stat. \u00a7 120.68 (2007).', 'Fla. Stat. \u00a7 120.68', 'Fla. Stat. \u00a7 120.68'],
    ['Mass. Gen. Laws ch. 1, \u00a7 2 applies.', 'Mass. Gen. Laws ch. 1, \u00a7 2', 'Mass. Gen. Laws ch. 1, \u00a7 2'],
    ['Records fall under Texas Government Code Section 552.021 now.', 'Texas Government Code Section 552.021', 'Texas Government Code \u00a7 552.021'],
    ['The shooter cited Florida Statutes 776.012.', 'Florida Statutes 776.012', 'Florida Statutes \u00a7 776.012'],
    ['She was booked on Penal Code section 647(f), police said.', 'Penal Code section 647(f)', 'Penal Code \u00a7 647(f)'],
    ['He was arrested under Vehicle Code 23152 on Friday.', 'Vehicle Code 23152', 'Vehicle Code \u00a7 23152'],
    ['It violates section 187 of the California Penal Code, they said.', 'section 187 of the California Penal Code', 'California Penal Code \u00a7 187'],
    ['The rule is in 9 Del. C. \u00a7 2402(b) today.', '9 Del. C. \u00a7 2402(b)', '9 Del. C. \u00a7 2402(b)'],
    ['See Ga. Code Ann. \u00a7 21-2-417 for the ID rule.', 'Ga. Code Ann. \u00a7 21-2-417', 'Ga. Code Ann. \u00a7 21-2-417'],
    ['It is murder under N.Y. Penal Law \u00a7 125.25 there.', 'N.Y. Penal Law \u00a7 125.25', 'N.Y. Penal Law \u00a7 125.25'],
    ['Battery is defined in 720 ILCS 5/12-3.05(a) there.', '720 ILCS 5/12-3.05(a)', '720 ILCS 5/12-3.05(a)'],
    ['The county board was sued under A.R.S. \u00a7 16-642 on Monday.', 'A.R.S. \u00a7 16-642', 'A.R.S. \u00a7 16-642'],
    ['He was indicted under N.J.S.A. 2C:11-3 for murder.', 'N.J.S.A. 2C:11-3', 'N.J.S.A. \u00a7 2C:11-3'],
    ['Prosecutors cited MCL 750.316 in the filing.', 'MCL 750.316', 'MCL \u00a7 750.316'],
  ])('%s', (text, span, citation) => {
    const found = statutes(text);
    expect(found.map((m) => [m.text, m.citation, m.entityId, m.jurisdiction])).toEqual([[span, citation, null, 'state']]);
  });

  it.each([
    ['Cal. Const. Art. XI \u00a7 1 sets out the counties.'],
    ['The rule is 22 Tex. Admin. Code \u00a7 72.10, an agency rule.'],
    ['The Los Angeles Municipal Code section 41.18 bans sleeping on sidewalks.'],
    ["Tokyo prosecutors cited Japan's Penal Code section 199."],
    ['The Texas Penal Code was rewritten in 1994.'],
    ['Vehicle Code 2019 revisions took effect.'],
  ])('not a state statute cite: %s', (text) => {
    expect(statutes(text)).toEqual([]);
  });
});

describe('statute recognizer: the Internal Revenue Code is title 26', () => {
  it.each([
    ['Charities qualify under Internal Revenue Code section 501(c)(3).', 'Internal Revenue Code section 501(c)(3)', '26 U.S.C. \u00a7 501(c)(3)'],
    ['Section 162(m) of the Internal Revenue Code caps the deduction.', 'Section 162(m) of the Internal Revenue Code', '26 U.S.C. \u00a7 162(m)'],
    ['Investors use IRC \u00a7 1031 swaps.', 'IRC \u00a7 1031', '26 U.S.C. \u00a7 1031'],
    ['The Internal Revenue Code runs to thousands of pages.', 'Internal Revenue Code', '26 U.S.C.'],
  ])('%s', (text, span, citation) => {
    const [t, c] = one(text);
    expect([t, c]).toEqual([span, citation]);
  });
});

describe('statute recognizer: acts the article names another way', () => {
  it('reads the initials of an act the article named, only after it named it', () => {
    const text = 'The NDAA is huge. Congress passed the National Defense Authorization Act, and the NDAA now bans it.';
    expect(statutes(text).map((m) => [m.text, m.citation])).toEqual([
      ['National Defense Authorization Act', 'National Defense Authorization Act'],
      ['NDAA', 'National Defense Authorization Act'],
    ]);
  });

  it('gives the initials the entity of the named act, small words in or out', () => {
    const found = statutes('The Immigration and Nationality Act governs visas; the INA is old. The Secure Borders and Visas Act (SBVA) died.');
    expect(found.map((m) => [m.text, m.entityId])).toEqual([
      ['Immigration and Nationality Act', 'act:ina'],
      ['INA', 'act:ina'],
      ['Secure Borders and Visas Act', null],
      ['SBVA', null],
    ]);
  });

  it('reads a year-led act name written in lower case, but not a verb "act"', () => {
    expect(statutes('It was set by the 2010 NASA authorization act last year.').map((m) => m.text)).toEqual(['2010 NASA authorization act']);
    expect(statutes('In 2010 Congress voted to act on the bill.')).toEqual([]);
    expect(statutes('The 2017 tax act cut rates.')).toEqual([]);
  });
});

describe('statute recognizer: provisions cited by number alone', () => {
  const found = (text: string): Array<[string, string, string | null]> => statutes(text).map((m) => [m.text, m.citation, m.entityId]);

  it('reads a capitalised section once the article has cited a law, linked when the text says which', () => {
    expect(found('Agents cited the Logan Act. Section 2 was never used, and Section 5 of the law is vague.')).toEqual([
      ['Logan Act', 'Logan Act', 'act:logan'],
      ['Section 2', 'Section 2', null],
      ['Section 5', 'Logan Act § 5', 'act:logan'],
    ]);
  });

  it('maps a section of an act with a crosswalk to the Code when the text points back to it', () => {
    expect(found('They cited the Immigration and Nationality Act; Section 274 of the law bars smuggling.')).toEqual([
      ['Immigration and Nationality Act', 'Immigration and Nationality Act', 'act:ina'],
      ['Section 274', '8 U.S.C. \u00a7 1324', 'usc:8:1324'],
    ]);
  });

  it('reads "of the tax code" as title 26, and a Code title standing alone as that title', () => {
    expect(found('The credit sits in Section 48D of the tax code.')).toEqual([['Section 48D', '26 U.S.C. \u00a7 48D', null]]);
    expect(found('The troops were federalized under Title 10 last week.')).toEqual([['Title 10', '10 U.S.C.', null]]);
  });

  it('does not read a section before any law, or a section of another kind of document', () => {
    expect(statutes('Section 3 of the report lists the costs.')).toEqual([]);
    expect(statutes('Read Section 2 of the Sunday paper first.')).toEqual([]);
    expect(statutes('Section 2 was the longest. Then the Logan Act came up.').map((m) => m.text)).toEqual(['Logan Act']);
    expect(statutes('The power comes from Article II. The Affordable Care Act was passed later.').map((m) => m.text)).toEqual(['Article II', 'Affordable Care Act']);
    expect(statutes('The Logan Act was cited, but Section 4 of the agreement governs.').map((m) => m.text)).toEqual(['Logan Act']);
    expect(statutes('He won the Title 99 match.')).toEqual([]);
  });
});

describe('statute recognizer: state laws named, not cited, and other documents', () => {
  it.each([
    ['Reporters filed requests under the Texas Public Information Act in March.'],
    ["Under California's Racial Justice Act, he may challenge the verdict."],
    ['The state Open Meetings Act requires notice.'],
    ['Allies debated Article 5 of the North Atlantic Treaty again.'],
    ['Article II of the Treaty of Paris was read aloud.'],
    ['In Europe, regulators enforce the Digital Services Act against big platforms.'],
  ])('not a U.S. statute: %s', (text) => {
    expect(statutes(text)).toEqual([]);
  });

  it('keeps a state-named act when its sentence speaks of Congress', () => {
    expect(statutes('Congress passed the Alaska Native Claims Settlement Act in 1971.').map((m) => m.text)).toEqual(['Alaska Native Claims Settlement Act']);
  });

  it('keeps the Constitution\'s articles when the text says so', () => {
    expect(statutes('Powers under Article II of the Constitution are broad.').map((m) => m.text)).toEqual(['Article II of the Constitution']);
  });
});

describe('statute recognizer: names in possessives, modifiers and longer names', () => {
  const texts = (text: string): string[] => statutes(text).map((m) => m.text);

  it('reads a short name in capitals with its possessive, and a name ending inside a hyphenated modifier', () => {
    expect(texts("The ACA's subsidies grew.")).toEqual(['ACA']);
    expect(texts('Title 42-era expulsions ended.')).toEqual(['Title 42']);
  });

  it('keeps a longer act that holds a known name, not the known name inside it', () => {
    expect(statutes('Congress passed the Municipal Securities Exchange Act in May.').map((m) => [m.text, m.entityId])).toEqual([
      ['Municipal Securities Exchange Act', null],
    ]);
  });

  it('joins a provision to the law named right after "of"', () => {
    expect(statutes('They relied on Title II of the Logan Act.').map((m) => [m.text, m.citation, m.entityId])).toEqual([
      ['Title II of the Logan Act', 'Logan Act, Title II', 'act:logan'],
    ]);
  });

  it('reads Exchange Act rules as their CFR sections, and a lettered second section of one Code cite', () => {
    expect(statutes('Insider trading violates Rule 10b-5, the SEC said.').map((m) => m.citation)).toEqual(['17 C.F.R. \u00a7 240.10b-5']);
    expect(statutes('He was charged under 15 U.S.C. 78j(b) and 78ff last year.').map((m) => [m.text, m.citation])).toEqual([
      ['15 U.S.C. 78j(b)', '15 U.S.C. \u00a7 78j(b)'],
      ['78ff', '15 U.S.C. \u00a7 78ff'],
    ]);
    expect(texts('Read 8 U.S.C. 1324 and 2019 reports.')).toEqual(['8 U.S.C. 1324']);
  });

  it('reads more state code styles, and not a computer model or a state constitution', () => {
    expect(texts('He faces a term under section 893.135, Florida Statutes, the judge said.')).toEqual(['section 893.135, Florida Statutes']);
    expect(texts('Prosecutors cited PC 667.5(b) in the filing.')).toEqual(['PC 667.5(b)']);
    expect(texts('The clerk must follow R.C. 3505.181 in Ohio.')).toEqual(['R.C. 3505.181']);
    expect(texts('It runs PC 2.0 software.')).toEqual([]);
    expect(texts('It violated Article I, Section 12 of the Florida Constitution.')).toEqual([]);
  });
});

describe('statute recognizer: whose law it is, from the sentence', () => {
  it.each([
    ['Britain expanded its own surveillance law, the Investigatory Powers Act, which U.S. officials cite.'],
    ['Illinois also has its own police accountability law, the SAFE-T Act, which took effect.'],
  ])('not a U.S. statute: %s', (text) => {
    expect(statutes(text)).toEqual([]);
  });

  it('reads an act cited with a state code section in its sentence as state law', () => {
    expect(statutes('He admitted manslaughter under N.J.S.A. 2C:11-4(a) and must serve time under the No Early Release Act.').map((m) => m.text)).toEqual([
      'N.J.S.A. 2C:11-4(a)',
    ]);
  });
});

describe('statute recognizer: more forms from the third press set', () => {
  const texts = (text: string): string[] => statutes(text).map((m) => m.text);

  it('reads a state named in a possessive as state law, whatever the sentence says of Washington', () => {
    expect(texts("Prosecutors used Georgia's Street Gang Act, modeled on the federal law.")).toEqual([]);
    expect(texts("Illinois' Biometric Privacy Act lets people sue.")).toEqual([]);
  });

  it('reads lower case sections that point back, and a bare section sign after a law', () => {
    expect(texts('The Logan Act was cited. The case turned on section 7(c) of the law, the agency said.')).toEqual(['Logan Act', 'section 7(c)']);
    expect(texts('He was convicted under Va. Code \u00a7 18.2-51. The jury acquitted him of the other count, \u00a7 18.2-51.2, on Friday.')).toEqual([
      'Va. Code \u00a7 18.2-51',
      '\u00a7 18.2-51.2',
    ]);
    expect(texts('Read section 4 of the guide first.')).toEqual([]);
  });

  it('reads Pennsylvania, Massachusetts, Virginia and New York styles', () => {
    expect(texts('They cited 26 Pa.C.S. \u00a7 204 and 25 P.S. \u00a7 3146.6(a).')).toEqual(['26 Pa.C.S. \u00a7 204', '25 P.S. \u00a7 3146.6(a)']);
    expect(texts('Deposits fall under G.L. c. 186, \u00a7 15B, the law says.')).toEqual(['G.L. c. 186, \u00a7 15B']);
    expect(texts('He was convicted of assault, Code of Virginia \u00a7 18.2-57, in March.')).toEqual(['Code of Virginia \u00a7 18.2-57']);
    expect(texts('He was charged under Penal Law \u00a7 125.25, and the speedy-trial rule is CPL 30.30.')).toEqual(['Penal Law \u00a7 125.25', 'CPL 30.30']);
    expect(texts('P.S. 123 is a school in Harlem.')).toEqual([]);
  });

  it('reads a due process clause, linked only when the text says which amendment', () => {
    expect(statutes('It violates the Due Process Clause.').map((m) => m.entityId)).toEqual([null]);
    expect(statutes('It violates the Due Process Clause of the Fifth Amendment.').map((m) => [m.text, m.citation])).toEqual([
      ['Due Process Clause of the Fifth Amendment', 'U.S. Const. amend. V'],
    ]);
  });

  it('reads "Amendment 2" as a state ballot measure, and an act after another\'s amendment', () => {
    expect(texts('Voters backed Amendment 2 on hunting rights.')).toEqual([]);
    expect(texts('The Logan Act was cited. Many units were subsidized through Section 8 and the housing authority paid.')).toEqual(['Logan Act']);
    expect(texts('The Hughes Amendment to the Logan Act froze the registry.')).toEqual(['Logan Act']);
  });

  it('reads the sponsors\' names an act the article named goes by', () => {
    expect(texts('The Smith-Jones Farm Act passed. Smith-Jones does not cover processors.')).toEqual(['Smith-Jones Farm Act', 'Smith-Jones']);
  });
});

describe('statute recognizer: forms from the fourth press set', () => {
  const found = (text: string): Array<[string, string, string | null]> => statutes(text).map((m) => [m.text, m.citation, m.entityId]);
  const texts = (text: string): string[] => statutes(text).map((m) => m.text);

  it('reads Vermont, Maine and North Carolina code styles, and a bare section sign after them', () => {
    expect(texts('He pleaded guilty under 13 V.S.A. § 2301 on Monday. The lesser count, § 2304, was dropped.')).toEqual(['13 V.S.A. § 2301', '§ 2304']);
    expect(texts('The firm broke 10 M.R.S. § 1348, the notice law.')).toEqual(['10 M.R.S. § 1348']);
    expect(texts('The suit cites 5 M.R.S.A. § 4572 as well.')).toEqual(['5 M.R.S.A. § 4572']);
    expect(texts('Lenders face triple damages under G.S. 75-16, the judge said.')).toEqual(['G.S. 75-16']);
    expect(texts('It is barred by N.C. Gen. Stat. § 14-415.1 today.')).toEqual(['N.C. Gen. Stat. § 14-415.1']);
    expect(texts('G.S. Patel said the vote was 12 to 3.')).toEqual([]);
  });

  it('links "Section 17(a) of the same law" to the act named before', () => {
    expect(found('It registered under the Logan Act last year. Regulators cite Section 5 of the same law.')).toEqual([
      ['Logan Act', 'Logan Act', 'act:logan'],
      ['Section 5', 'Logan Act § 5', 'act:logan'],
    ]);
  });

  it('reads a lower-case section that repeats a Code section cited earlier as that section', () => {
    expect(found('The duty sits at 8 U.S.C. 1324, which the agency enforces. Critics said no rule can waive what section 1324 requires.')).toEqual([
      ['8 U.S.C. 1324', '8 U.S.C. § 1324', 'usc:8:1324'],
      ['section 1324', '8 U.S.C. § 1324', 'usc:8:1324'],
    ]);
    expect(texts('The duty sits at 8 U.S.C. 1324. Critics read section 12 of the report.')).toEqual(['8 U.S.C. 1324']);
  });

  it('reads an unknown act the state carries out as the state\'s law', () => {
    expect(texts('The audit comes as the state expands school vouchers under the Education Choice Freedom Act, which began in 2024.')).toEqual([]);
    expect(texts('The State Department cited the Logan Act on Monday.')).toEqual(['Logan Act']);
  });

  it('reads a section sentences after a law it does not know as no one\'s, after a known law as that law\'s', () => {
    expect(texts('"Harbour Boards Act 1950". Parliamentary Counsel Office. 1989. Section 3. Retrieved 5 January 2013.')).not.toContain('Section 3');
    expect(texts('He was charged under the Logan Act last year. Section 5 sets the penalty.')).toContain('Section 5');
  });
});

describe('statute recognizer: sponsors\' names', () => {
  it('takes "Capper-Volstead" from an act\'s name, never a prefixed word like "Anti-Money"', () => {
    expect(sponsorNames('Capper-Volstead Act')).toBe('Capper-Volstead');
    expect(sponsorNames('Anti-Money Laundering Act of 2020')).toBeNull();
    expect(sponsorNames('Non-Detention Act')).toBeNull();
  });
});
