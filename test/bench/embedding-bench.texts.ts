/** Deterministic bench inputs: ~10-token queries, ~40-token resume bullets, job descriptions past 256 tokens. */
export type Workload = 'query' | 'bullet' | 'jd';

const ROLES = [
  'senior backend engineer',
  'data scientist',
  'react developer',
  'devops engineer',
  'product manager',
  'registered nurse',
  'staff accountant',
  'ux designer',
];
const PLACES = ['remote', 'in berlin', 'in new york', 'near london', 'in toronto', 'hybrid paris'];
const SKILLS = [
  'Kubernetes',
  'PostgreSQL',
  'TypeScript',
  'Python',
  'Terraform',
  'Kafka',
  'React',
  'Go',
  'Spark',
  'AWS',
];
const VERBS = ['Led', 'Built', 'Designed', 'Migrated', 'Automated', 'Scaled', 'Optimised', 'Launched'];

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

function query(i: number): string {
  return `${pick(ROLES, i)} ${pick(PLACES, i * 3 + 1)} with ${pick(SKILLS, i * 7)}`;
}

function bullet(i: number): string {
  return (
    `${pick(VERBS, i)} a ${pick(SKILLS, i)} and ${pick(SKILLS, i + 3)} platform for ${(i % 9) + 2} teams, ` +
    `cutting p95 latency by ${20 + (i % 60)}% and saving $${(i % 5) + 1}00k a year while mentoring ${(i % 4) + 2} engineers.`
  );
}

function jd(i: number): string {
  const parts = [`${pick(ROLES, i)} (${pick(PLACES, i)}).`];
  for (let k = 0; k < 12; k++) {
    parts.push(
      `You will work with ${pick(SKILLS, i + k)} and ${pick(SKILLS, i + 2 * k + 1)} to deliver reliable services, ` +
        `review designs, mentor colleagues and improve our delivery practices.`,
    );
  }
  return parts.join(' ');
}

export function benchTexts(workload: Workload, count = 64): string[] {
  const make = workload === 'query' ? query : workload === 'bullet' ? bullet : jd;
  return Array.from({ length: count }, (_, i) => make(i));
}
