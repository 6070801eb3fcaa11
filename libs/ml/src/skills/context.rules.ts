// Context rules for common-word forms ("Go", "R", "Spark", "Excel"): a form that needs
// context counts only when a cue or a neighbouring skill vouches for it, and never when a
// blocking phrase around it shows the everyday meaning ("let's go", "Series C", "R&D").
import type { Candidate } from './skill.matcher';

interface Block {
  readonly before?: RegExp;
  readonly after?: RegExp;
}

const MODAL = String.raw`let'?s|lets|to|will|can|could|should|would|must|we|you|i|they|please|not|don'?t|never`;

/** Keyed by the lower-cased form text. */
const BLOCKS: Record<string, Block> = {
  go: {
    before: new RegExp(String.raw`\b(?:${MODAL}|ready to|on the)\s+$`, 'i'),
    after:
      /^\s*(?:to\b|ahead|live|back|out\b|further|beyond|through|over\b|above|for\s+it|big\b|far\b|home\b|getter|figure|-)/i,
  },
  c: {
    before:
      /\b(?:series|vitamin|grade|class|type|plan|section|part|tier|level|option|round|appendix|model|block|building|wing|room|gate|row|category|phase|stage|size|battery|team|mr|mrs|ms|dr|got|earned|scored)\s*$/i,
    after:
      /^(?:\s*(?:level|suite|corp|corporation|student|students|grade|class|section|average|minus|rating)\b|\.\s+[A-Z][a-z]+\s+[A-Z])/i,
  },
  r: {
    before: /\b(?:mr|mrs|ms|dr)\.?\s*$/i,
    after: /^(?:-?\s*rated|\s+and\s+d\b|\.\s*[A-Z][a-z])/i,
  },
  spark: {
    after:
      /^\s*(?:joy|interest|curiosity|conversations?|ideas|change|innovation|creativity|debate|growth)\b/i,
  },
  express: {
    before: /\b(?:to|and|can|clearly)\s+$/i,
    after:
      /^\s*(?:interest|yourself|ideas|your|their|our|concerns|complex|thoughts|opinions|clearly|delivery|shipping)\b/i,
  },
  excel: {
    before: new RegExp(String.raw`\b(?:${MODAL}|who|help\s+\w+)\s+$`, 'i'),
    after: /^\s*(?:in|at|as|when|under|with)\b/i,
  },
  make: { after: /^\s*(?:sure|it|a|an|the|your|our|their|decisions|things|impact|progress|money)\b/i },
  less: { after: /^\s*(?:than|of|is|and|time|the|so)\b/i },
  chef: {
    before: /\b(?:sous|head|executive|pastry|line|private|personal|master|celebrity|a|the|our|as)\s+$/i,
    after: /^\s*(?:de|position|role|to|who)\b/i,
  },
  swift: { after: /^\s*(?:action|response|delivery|execution|turnaround|decisions?|and|growth|pace)\b/i },
  spring: {
    before: /\b(?:this|next|last|in|the|of|early|late)\s+$/i,
    after: /^\s*(?:\d{4}|semester|term|break|season)\b/i,
  },
  unity: { after: /^\s*(?:and|of|in|among)\b/i },
  // "https://example.com" is a link, not the protocol as a skill.
  http: { after: /^s?:\/\//i },
  https: { after: /^:\/\//i },
  rust: {
    before: /\b(?:spot|remove|removing|prevent|signs\s+of|covered\s+in)\s+$/i,
    after: /^\s*(?:belt|bucket|-?proof|resistant|removal|stains?|spots?|coloured|colored)\b/i,
  },
  'bare-metal': { after: /^\s*(?:servers?|instances?|machines?|hosts?|nodes?|hardware|cloud)\b/i },
  'bare metal': { after: /^\s*(?:servers?|instances?|machines?|hosts?|nodes?|hardware|cloud)\b/i },
  shell: { before: /\b(?:royal|a|the|egg)\s+$/i },
  // Plain forms can be blocked too: "the leadership team" is people, not a skill.
  leadership: {
    before: /\b(?:company|our|senior|executive|exec|to|with|the|and|from|level)\s+$/i,
    after: /^\s*(?:team|teams|group|roles?|positions?|meetings?|offsites?|principles)\b/i,
  },
  ux: { after: /^\s*(?:designers?|team|researchers?)\b/i },
  communication: { after: /^\s*(?:protocols?|channels?|systems?|layer|between|stack|bus)\b/i },
  collaboration: { after: /^\s*(?:tools?|software|platforms?|suite)\b/i },
};

/** Words right before the form that introduce a skill. */
const CUE_BEFORE = [
  /\b(?:experience|experienced|proficien(?:t|cy)|knowledge|expertise|familiar(?:ity)?|fluen(?:t|cy)|skilled|skills?|background|written|programming|coding|code|developing|develop|built|building|work(?:ing)?|hands-on|comfortable|strong|expert|writing|mastery|competen(?:t|ce|cy)|scripting|automation)\s+(?:in|with|of|using)\s+(?:modern\s+|idiomatic\s+)?$/i,
  /\b(?:languages?|stack|skills|technologies|tools|frameworks|tech)\s*[:\-–]\s*$/i,
  /\b(?:years?|yrs?)\s+(?:of\s+)?(?:professional\s+|hands-on\s+|production\s+)?(?:experience\s+)?(?:with\s+|in\s+|using\s+)?$/i,
  /\b(?:proficient|fluent|expert|skilled)\s+(?:in|at|with)\s+$/i,
  /\b(?:nice[\s-]to[\s-]haves?|must[\s-]haves?|requirements|required|preferred|bonus(?:\s+points)?|desirable|pluses|experience|knowledge|tooling)\s*:\s*$/i,
];

/** Capitalised language names ("in Go", "using R") also accept these short cues. */
const LANGUAGE_CUE_BEFORE = /[a-z,]\s+(?:in|using|with|via)\s+$/;

const CUE_AFTER =
  /^(?:\s*[(:,–-]?\s*\d+\+?\s*(?:years?|yrs?)\b|\s+\d+(?:\.\d+)*\b|\s*(?:developers?|engineers?|engineering|programming|programmer|language|lang|code|codebase|services?|microservices|backend|modules?|routines|scripts?|scripting|clusters?|jobs|pipelines?|stack|runtime|apps?|applications?|librar(?:y|ies)|frameworks?|sdk|apis?|expertise|proficiency|experience|knowledge|skills|background|required|preferred|is\s+a\s+plus|development|dev|projects?|workbooks?|spreadsheets?|macros|pivot\s+tables|formulas?|vlookups?|cookbooks?|recipes|manifests|playbooks?|streaming|dataframes?|rdds?|mllib|packages?|shiny|tidyverse|compiler|toolchain|concurrency|goroutines|generics|modules?|bindings|server|plugins?|stylesheets?|cli|tool(?:s|ing)?|binar(?:y|ies)|programs?|ecosystem|community|fundamentals|concepts|principles)\b)/i;

/** Between two listed skills: punctuation, "and"/"or", or a joining "in"/"on"/"with" ("C# in Unity"). */
const SEPARATOR_ONLY = /^(?:[\s,/|+·•()]|&|\band\b|\bor\b|\bnor\b|\bin\b|\bon\b|\bwith\b|\busing\b)*$/i;

const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 40;

function lineBefore(text: string, start: number): string {
  const from = Math.max(0, start - BEFORE_WINDOW);
  const chunk = text.slice(from, start);
  const cut = Math.max(chunk.lastIndexOf('\n'), chunk.lastIndexOf('. '));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

function lineAfter(text: string, end: number): string {
  const chunk = text.slice(end, end + AFTER_WINDOW);
  const cut = chunk.indexOf('\n');
  return cut >= 0 ? chunk.slice(0, cut) : chunk;
}

function blocked(text: string, c: Candidate): boolean {
  const block = BLOCKS[c.form.text.toLowerCase()];
  if (!block) return false;
  return (
    (block.before?.test(lineBefore(text, c.start)) ?? false) ||
    (block.after?.test(lineAfter(text, c.end)) ?? false)
  );
}

function hasCue(text: string, c: Candidate): boolean {
  const before = lineBefore(text, c.start);
  if (CUE_BEFORE.some((re) => re.test(before))) return true;
  if (c.form.caseSensitive && c.entry.group === 'language' && LANGUAGE_CUE_BEFORE.test(before)) return true;
  return CUE_AFTER.test(lineAfter(text, c.end));
}

function listedBeside(text: string, a: Candidate | undefined, b: Candidate | undefined): boolean {
  if (!a || !b) return false;
  const [left, right] = a.start < b.start ? [a, b] : [b, a];
  return right.start - left.end <= 12 && SEPARATOR_ONLY.test(text.slice(left.end, right.start));
}

/** "Chef and Puppet": two capitalised names of the same group, listed together, vouch for each other. */
function sameKindPair(text: string, a: Candidate, b: Candidate): boolean {
  return (
    a.form.caseSensitive &&
    b.form.caseSensitive &&
    a.entry.group === b.entry.group &&
    listedBeside(text, a, b)
  );
}

/**
 * Keeps plain candidates and the context-needing ones that are vouched for. Neighbours
 * vouch transitively ("Go, R and C" after "Python"), so acceptance spreads along a list.
 */
export function applyContextRules(text: string, candidates: readonly Candidate[]): Candidate[] {
  const isBlocked = candidates.map((c) => blocked(text, c));
  const ok = candidates.map((c, i) => !c.form.needsContext && !isBlocked[i]);
  const open = candidates.map((c, i) => c.form.needsContext && !isBlocked[i]);
  candidates.forEach((c, i) => {
    if (open[i] && (hasCue(text, c) || (open[i + 1] === true && sameKindPair(text, c, candidates[i + 1]!))))
      ok[i] = true;
    if (open[i] && open[i - 1] === true && sameKindPair(text, candidates[i - 1]!, c)) ok[i] = true;
  });
  for (let changed = true; changed;) {
    changed = false;
    candidates.forEach((c, i) => {
      if (ok[i] || !open[i]) return;
      const vouched =
        (ok[i - 1] === true && listedBeside(text, candidates[i - 1], c)) ||
        (ok[i + 1] === true && listedBeside(text, c, candidates[i + 1]));
      if (vouched) changed = ok[i] = true;
    });
  }
  return candidates.filter((_, i) => ok[i]);
}
