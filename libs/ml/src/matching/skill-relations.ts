// Partial credit between related skills: a resume skill that implies (part of) a job's skill.
import { lookupSkill } from '../skills';

/** [resume has, job asks for, credit]. Names are resolved through the skills gazetteer. */
const RELATED: ReadonlyArray<readonly [string, string, number]> = [
  ...[
    'PostgreSQL',
    'MySQL',
    'SQLite',
    'Microsoft SQL Server',
    'Oracle Database',
    'MariaDB',
    'T-SQL',
    'PL/SQL',
    'Google BigQuery',
    'Snowflake',
    'Amazon Redshift',
  ].map((db) => [db, 'SQL', 0.75] as const),
  ['PostgreSQL', 'MySQL', 0.5],
  ['MySQL', 'PostgreSQL', 0.5],
  ['MariaDB', 'MySQL', 0.75],
  ['Microsoft SQL Server', 'PostgreSQL', 0.25],
  ['TypeScript', 'JavaScript', 0.75],
  ['JavaScript', 'TypeScript', 0.5],
  ['Next.js', 'React', 0.75],
  ['React', 'Next.js', 0.5],
  ['React Native', 'React', 0.5],
  ['Nuxt', 'Vue.js', 0.75],
  ['Express.js', 'Node.js', 0.75],
  ['NestJS', 'Node.js', 0.75],
  ['Node.js', 'Express.js', 0.5],
  ['Django', 'Python', 0.75],
  ['Flask', 'Python', 0.75],
  ['FastAPI', 'Python', 0.75],
  ['pandas', 'Python', 0.5],
  ['Spring Boot', 'Java', 0.75],
  ['Kotlin', 'Java', 0.5],
  ['Ruby on Rails', 'Ruby', 0.75],
  ['ASP.NET', '.NET', 0.75],
  ['C#', '.NET', 0.5],
  ['AWS', 'Google Cloud', 0.5],
  ['AWS', 'Microsoft Azure', 0.5],
  ['Google Cloud', 'AWS', 0.5],
  ['Google Cloud', 'Microsoft Azure', 0.5],
  ['Microsoft Azure', 'AWS', 0.5],
  ['Microsoft Azure', 'Google Cloud', 0.5],
  ['Kubernetes', 'Docker', 0.5],
  ['Apache Kafka', 'RabbitMQ', 0.5],
  ['RabbitMQ', 'Apache Kafka', 0.5],
  ...['GitHub Actions', 'GitLab CI', 'Jenkins', 'CircleCI'].map((ci) => [ci, 'CI/CD', 0.75] as const),
  ...['Jest', 'Cypress', 'Playwright', 'Selenium', 'pytest', 'JUnit', 'Mocha'].map(
    (t) => [t, 'Test automation', 0.75] as const,
  ),
  ['PyTorch', 'TensorFlow', 0.5],
  ['TensorFlow', 'PyTorch', 0.5],
  ...['PyTorch', 'TensorFlow', 'scikit-learn'].map((ml) => [ml, 'Machine learning', 0.75] as const),
  ['Apache Spark', 'Apache Hadoop', 0.5],
  ['Terraform', 'AWS CloudFormation', 0.5],
];

/** job skill → [resume skill, credit][], with canonical names; unknown names are dropped. */
export const RELATED_SKILLS: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = buildRelations();

function buildRelations(): Map<string, Array<readonly [string, number]>> {
  const map = new Map<string, Array<readonly [string, number]>>();
  for (const [have, want, credit] of RELATED) {
    const h = lookupSkill(have)?.name;
    const w = lookupSkill(want)?.name;
    if (!h || !w) continue;
    map.set(w, [...(map.get(w) ?? []), [h, credit] as const]);
  }
  return map;
}

/** Every relation as written, for a test that each name is known to the gazetteer. */
export const RELATED_SKILL_NAMES: readonly string[] = [...new Set(RELATED.flatMap(([a, b]) => [a, b]))];
