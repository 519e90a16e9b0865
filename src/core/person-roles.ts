/**
 * Roles written before a name: "Senate Minority Whip", "Deputy Attorney General", "Foreign
 * Secretary", "Chief Executive". A role is a run of modifier words ending in a head word or
 * title; it is read whole, so "Foreign" is never dropped from "Foreign Secretary", and kept out
 * of the name the knowledge file is searched by.
 */
import type { Token } from './text-tokens';

/** Words that end a role, besides the titles themselves. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'whip', 'executive', 'officer', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'chief',
  'chairman', 'chairwoman', 'chair', 'director', 'commissioner', 'administrator', 'adviser', 'advisor', 'counsel',
  'prosecutor', 'attorney', 'negotiator', 'envoy', 'ambassador', 'governor', 'treasurer', 'inspector', 'marshal',
  'superintendent', 'strategist', 'economist', 'manager', 'coordinator', 'czar', 'president', 'founder', 'cofounder',
  'co-founder', 'owner', 'editor', 'correspondent', 'coach', 'striker', 'quarterback', 'general', 'admiral', 'colonel',
  'defenseman', 'goaltender', 'goalie', 'winger', 'midfielder', 'defender', 'linebacker', 'cornerback', 'shortstop',
  'pitcher', 'outfielder', 'infielder', 'reliever', 'teammate', 'rookie', 'employee', 'priest', 'reporter', 'analyst',
  'lawyer', 'actor', 'actress', 'rapper', 'ombudsman', 'ombudswoman',
]);

/** Words that may stand before a role's head ("Senate", "Minority", "Deputy", "Foreign"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'senate', 'house', 'assembly', 'state', 'foreign', 'home', 'defense', 'defence', 'deputy', 'assistant', 'associate',
  'chief', 'senior', 'principal', 'minority', 'majority', 'attorney', 'treasury', 'finance', 'health', 'interior',
  'education', 'energy', 'labor', 'labour', 'transportation', 'transport', 'commerce', 'agriculture', 'homeland',
  'security', 'national', 'vice', 'lieutenant', 'under', 'executive', 'managing', 'general', 'special', 'surgeon',
  'solicitor', 'inspector', 'army', 'navy', 'marine', 'federal', 'district', 'county', 'city', 'press', 'campaign',
  'communications', 'operating', 'financial', 'technology', 'investment', 'information', 'opposition', 'shadow', 'prime',
  'economic', 'economy', 'trade', 'justice', 'police', 'fire', 'intelligence', 'environment', 'environmental', 'culture',
  'sports', 'tourism', 'immigration', 'budget', 'white', 'team', 'head', 'founding', 'co', 'joint',
  'supreme', 'allied', 'regional', 'provincial', 'party', 'public', 'chief-of-staff', 'staff', 'world', 'global',
]);

/**
 * Role heads that say what someone does, never how they are addressed: "Actor Tom Hanks" opening a
 * sentence is "the actor Tom Hanks", so the word stays out of the name, while "Coach", "Senator"
 * or "Minority Whip" before a name is a title and stays in.
 */
export const OCCUPATION_HEADS: ReadonlySet<string> = new Set([
  'actor', 'actress', 'rapper', 'lawyer', 'reporter', 'analyst', 'employee', 'teammate', 'rookie', 'striker',
  'quarterback', 'goalie', 'goaltender', 'winger', 'midfielder', 'defender', 'defenseman', 'linebacker', 'cornerback',
  'shortstop', 'pitcher', 'outfielder', 'infielder', 'reliever', 'economist', 'strategist', 'correspondent', 'editor',
  'owner', 'founder', 'cofounder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator',
]);

/** Players' positions written before their names in game stories ("F Hamidou Diallo", "QB Dak Prescott"). */
const POSITION_CODES = new Set(['F', 'G', 'C', 'PG', 'SG', 'SF', 'PF', 'QB', 'RB', 'WR', 'TE', 'LB', 'CB', 'DB', 'DE', 'DT', 'OT', 'OG', 'OL', 'DL', 'FB', 'LS', 'RHP', 'LHP', 'SP', 'RP', 'OF', 'LW', 'RW', 'GK', 'D']);

/**
 * Whether token `k` is a player's position written before the name at `k + 1`: one space apart,
 * and opening its clause ("Thunder: F Hamidou Diallo"), unlike "Eating Plan C" or "Vitamin D";
 * a code of two letters or more may follow a lower-case word too ("rookie QB Dak Prescott").
 */
export function positionCodeAt(tokens: readonly Token[], k: number): boolean {
  const code = tokens[k];
  const name = tokens[k + 1];
  if (!code || !name || !POSITION_CODES.has(code.text) || name.start !== code.end + 1) return false;
  const before = tokens[k - 1];
  const describedPlayer = code.text.length > 1 && before?.kind === 'word' && before.text === before.lower;
  return !before || code.sentenceInitial || before.kind === 'punct' || describedPlayer;
}
