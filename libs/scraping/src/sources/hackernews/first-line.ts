import { detectLocationType } from '../../normalize/location';
import { parsePlace } from '../../normalize/location';
import { parseSalary } from '../../normalize/salary';

/** What the "Company | Role | Location | REMOTE | salary | URL" convention yields. */
export interface HnHeader {
  company: string;
  title: string | null;
  location: string | null;
  mode: string | null;
  salary: string | null;
  link: string | null;
}

const ROLE_RE =
  /\b(engineers?|engineering|developers?|devs?|swe|sre|devops|designers?|managers?|scientists?|lead|head|director|analysts?|architects?|founding|cto|researchers?|product|marketing|sales|recruiters?|specialists?|interns?|programmers?|consultants?|administrators?|technicians?|writers?|officers?|(?:full|back|front)[-\s]?(?:stack|end)|ml|ai)\b/i;
const EMPLOYMENT_RE =
  /\b(full[-\s]?time|part[-\s]?time|contracts?|contractors?|freelance|internships?|permanent|ft|pt)\b/i;
const NOISE_RE = /\b(visa|sponsor|required|equity only|relocation|onsite interviews?)\b/i;
const LINK_RE = /^(https?:\/\/\S+|www\.\S+|\S+\.(?:com|io|ai|co|dev|org|net)(?:\/\S*)?)$/i;
const MONEY_RE = /[$€£₹¥]|\b\d+\s*k\b|\b(usd|eur|gbp|cad|aud|chf)\b/i;

function isPlace(part: string): boolean {
  const p = parsePlace(part);
  return part.includes(',') || p.country !== undefined || p.region !== undefined;
}

/** Reads the pipe-separated first line; parts may come in any order and any may be missing. */
export function parseHeader(line: string): HnHeader | null {
  const parts = line
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);
  const company = parts.shift();
  if (!company || parts.length === 0) return null;
  const header: HnHeader = { company, title: null, location: null, mode: null, salary: null, link: null };
  const rest: string[] = [];
  for (const part of parts) {
    if (!header.link && LINK_RE.test(part)) header.link = /^https?:/i.test(part) ? part : `https://${part}`;
    else if (!header.salary && MONEY_RE.test(part) && parseSalary(part)) header.salary = part;
    else if (!header.mode && detectLocationType(part) && part.length <= 60) header.mode = part;
    else if (EMPLOYMENT_RE.test(part) && part.length <= 30) continue;
    else rest.push(part);
  }
  const roleIdx = rest.findIndex((p) => ROLE_RE.test(p) && !isPlace(p));
  header.title = roleIdx >= 0 ? (rest.splice(roleIdx, 1)[0] ?? null) : (rest.shift() ?? null);
  const placeIdx = rest.findIndex((p) => isPlace(p) && !NOISE_RE.test(p));
  const place = placeIdx >= 0 ? rest[placeIdx] : rest.find((p) => !NOISE_RE.test(p) && p.length <= 40);
  header.location = place ?? null;
  return header;
}
