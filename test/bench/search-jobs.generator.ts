/**
 * Realistic synthetic job postings for the search benchmark: role families with their own
 * skill pools (topped up from the skills gazetteer), seniority, companies, locations, sources,
 * and descriptions assembled from paragraph templates. Deterministic for a given seed.
 */
import { ALL_SKILLS } from '@app/ml';

export interface BenchJob {
  id: string;
  title: string;
  company: string;
  location: string;
  locationType: 'remote' | 'hybrid' | 'onsite';
  source: string;
  skills: string[];
  description: string;
}

export const GENERATOR_VERSION = 1;

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES: { titles: string[]; group: string; skills: string[]; work: string[] }[] = [
  {
    titles: ['Backend Engineer', 'Backend Developer', 'Software Engineer, Backend', 'API Engineer'],
    group: 'backend',
    skills: [
      'Python',
      'Go',
      'Java',
      'Node.js',
      'PostgreSQL',
      'Redis',
      'Kafka',
      'gRPC',
      'Docker',
      'AWS',
      'Django',
      'Spring Boot',
      'FastAPI',
    ],
    work: [
      'design and build REST and gRPC services',
      'own the payments API end to end',
      'scale our order-processing pipeline',
      'improve latency of core services',
    ],
  },
  {
    titles: ['Frontend Engineer', 'Frontend Developer', 'UI Engineer', 'Web Developer'],
    group: 'frontend',
    skills: [
      'JavaScript',
      'TypeScript',
      'React',
      'Vue.js',
      'Next.js',
      'CSS',
      'HTML',
      'Redux',
      'Webpack',
      'Jest',
      'GraphQL',
      'Tailwind CSS',
    ],
    work: [
      'build accessible, fast user interfaces',
      'own our design system',
      'ship features in our customer dashboard',
      'improve Core Web Vitals across the app',
    ],
  },
  {
    titles: ['Full Stack Engineer', 'Full Stack Developer', 'Software Engineer'],
    group: 'backend',
    skills: [
      'TypeScript',
      'React',
      'Node.js',
      'PostgreSQL',
      'GraphQL',
      'Ruby on Rails',
      'AWS',
      'Docker',
      'Python',
      'Next.js',
    ],
    work: [
      'ship product features across the stack',
      'build internal tools for operations',
      'own features from database to UI',
    ],
  },
  {
    titles: ['Data Engineer', 'Senior Data Engineer', 'Analytics Engineer'],
    group: 'database',
    skills: [
      'Python',
      'SQL',
      'Apache Spark',
      'Airflow',
      'dbt',
      'Snowflake',
      'BigQuery',
      'Kafka',
      'AWS',
      'Databricks',
    ],
    work: [
      'build batch and streaming data pipelines',
      'model our warehouse for analytics',
      'own data quality and lineage',
    ],
  },
  {
    titles: ['Machine Learning Engineer', 'ML Engineer', 'Applied Scientist', 'Data Scientist'],
    group: 'ml',
    skills: [
      'Python',
      'PyTorch',
      'TensorFlow',
      'scikit-learn',
      'SQL',
      'Pandas',
      'NumPy',
      'Kubernetes',
      'MLflow',
      'NLP',
      'LLMs',
    ],
    work: [
      'train and deploy ranking models',
      'build retrieval and recommendation systems',
      'take models from notebook to production',
    ],
  },
  {
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer'],
    group: 'cloud',
    skills: [
      'Kubernetes',
      'Terraform',
      'AWS',
      'GCP',
      'Azure',
      'Docker',
      'Prometheus',
      'Grafana',
      'Linux',
      'Ansible',
      'CI/CD',
      'Go',
      'Python',
    ],
    work: [
      'run our Kubernetes platform',
      'automate infrastructure with Terraform',
      'own observability and on-call tooling',
      'cut cloud costs',
    ],
  },
  {
    titles: ['iOS Engineer', 'Android Engineer', 'Mobile Developer', 'React Native Developer'],
    group: 'mobile',
    skills: ['Swift', 'Kotlin', 'React Native', 'Flutter', 'Objective-C', 'Java', 'Firebase', 'GraphQL'],
    work: [
      'build our consumer mobile apps',
      'improve app start-up time and stability',
      'ship features to millions of users',
    ],
  },
  {
    titles: ['Security Engineer', 'Application Security Engineer', 'Cloud Security Engineer'],
    group: 'cloud',
    skills: ['Python', 'AWS', 'Kubernetes', 'SIEM', 'OWASP', 'Terraform', 'Go', 'Linux'],
    work: [
      'threat-model new features',
      'run our vulnerability management program',
      'harden our cloud accounts',
    ],
  },
  {
    titles: ['QA Engineer', 'Software Engineer in Test', 'Test Automation Engineer'],
    group: 'backend',
    skills: ['Selenium', 'Cypress', 'Playwright', 'Python', 'Java', 'JavaScript', 'Jenkins', 'API testing'],
    work: ['build our end-to-end test suites', 'own release quality', 'automate regression testing'],
  },
  {
    titles: ['Engineering Manager', 'Technical Lead', 'Staff Engineer'],
    group: 'backend',
    skills: ['Java', 'Python', 'Go', 'AWS', 'Microservices', 'System Design', 'Kubernetes'],
    work: [
      'lead a team of six engineers',
      'set technical direction for the platform',
      'mentor engineers and run hiring',
    ],
  },
  {
    titles: ['Product Designer', 'UX Designer'],
    group: 'frontend',
    skills: ['Figma', 'Sketch', 'User Research', 'Prototyping', 'Design Systems'],
    work: ['design end-to-end product flows', 'run user research', 'own the design system'],
  },
  {
    titles: ['Product Manager', 'Technical Product Manager'],
    group: 'backend',
    skills: ['Roadmapping', 'SQL', 'A/B Testing', 'Agile', 'Jira', 'Analytics'],
    work: [
      'own the roadmap for search',
      'work with engineering and design on discovery',
      'define metrics and run experiments',
    ],
  },
];

const SENIORITY = ['Junior', '', '', 'Senior', 'Senior', 'Staff', 'Lead', 'Principal'];
const COMPANY_A = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Cyberdyne',
  'Soylent',
  'Tyrell',
  'Aperture',
  'Vandelay',
  'Pied Piper',
  'Massive',
  'Nimbus',
  'Quantum',
  'Blue Harbor',
  'Northwind',
  'Contoso',
  'Fabrikam',
];
const COMPANY_B = [
  'Labs',
  'Systems',
  'Health',
  'Pay',
  'Cloud',
  'AI',
  'Logistics',
  'Energy',
  'Robotics',
  'Analytics',
  'Software',
  'Bank',
];
const CITIES = [
  'San Francisco, CA',
  'New York, NY',
  'Austin, TX',
  'Seattle, WA',
  'Boston, MA',
  'Chicago, IL',
  'Denver, CO',
  'Atlanta, GA',
  'Toronto, ON',
  'London, UK',
  'Berlin, Germany',
  'Amsterdam, Netherlands',
  'Bangalore, India',
  'Remote',
];
const SOURCES = ['linkedin', 'indeed', 'dice', 'wellfound', 'ycombinator'];
const DOMAINS = [
  'fintech',
  'healthcare',
  'e-commerce',
  'logistics',
  'developer tools',
  'climate tech',
  'cybersecurity',
  'education',
  'media streaming',
  'insurance',
];
const PERKS = [
  'competitive salary and equity',
  'health, dental and vision insurance',
  'a learning budget',
  'flexible hours',
  '401(k) matching',
  'four weeks of paid time off',
  'a home-office stipend',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function sample<T>(r: () => number, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

/** Extra skill names per gazetteer group, so postings carry a long tail of vocabulary. */
function gazetteerByGroup(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const s of ALL_SKILLS) m.set(s.group, [...(m.get(s.group) ?? []), s.name]);
  return m;
}

export function generateJobs(n: number, seed: number): BenchJob[] {
  const r = rng(seed);
  const extra = gazetteerByGroup();
  return Array.from({ length: n }, (_, i) => {
    const role = pick(r, ROLES);
    const level = pick(r, SENIORITY);
    const title = [level, pick(r, role.titles)].filter(Boolean).join(' ');
    const company = `${pick(r, COMPANY_A)} ${pick(r, COMPANY_B)}`;
    const location = pick(r, CITIES);
    const locationType =
      location === 'Remote' ? 'remote' : pick(r, ['remote', 'hybrid', 'onsite', 'onsite'] as const);
    const skills = [
      ...sample(r, role.skills, 4 + Math.floor(r() * 4)),
      ...sample(r, extra.get(role.group) ?? [], Math.floor(r() * 3)),
    ];
    const years = 1 + Math.floor(r() * 9);
    const domain = pick(r, DOMAINS);
    const description = [
      `${company} is a ${domain} company${location === 'Remote' ? ' with a fully distributed team' : ` based in ${location}`}. We are hiring a ${title} to ${pick(r, role.work)}.`,
      `What you will do: ${pick(r, role.work)}; ${pick(r, role.work)}; collaborate with product, design and data teams; review code and write design documents.`,
      `What we are looking for: ${years}+ years of experience with ${skills.slice(0, 3).join(', ')}. Experience with ${skills.slice(3).join(', ') || 'modern tooling'} is a plus. Strong communication skills and ownership.`,
      `We offer ${sample(r, PERKS, 3).join(', ')}. ${locationType === 'remote' ? 'This role is remote.' : locationType === 'hybrid' ? 'This is a hybrid role, three days in the office.' : 'This role is on-site.'}`,
    ].join('\n\n');
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return { id, title, company, location, locationType, source: pick(r, SOURCES), skills, description };
  });
}

export const jobText = (j: BenchJob): string =>
  `${j.title} at ${j.company}\nSkills: ${j.skills.join(', ')}\n${j.description}`;

export const BENCH_QUERIES = [
  'senior python backend engineer',
  'react typescript frontend developer remote',
  'kubernetes terraform devops aws',
  'machine learning engineer pytorch nlp',
  'data engineer spark airflow snowflake',
  'ios swift mobile developer',
  'golang microservices kafka',
  'staff engineer distributed systems',
  'full stack node.js postgresql',
  'site reliability engineer prometheus grafana on-call',
  'product designer figma design systems',
  'security engineer cloud aws',
  'test automation playwright cypress',
  'engineering manager fintech',
  'junior web developer javascript html css',
  'remote data scientist healthcare',
  'android kotlin developer',
  'django rest api developer',
  'analytics engineer dbt bigquery',
  'platform engineer gcp',
];
