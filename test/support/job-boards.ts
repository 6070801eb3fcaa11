/**
 * Local stand-ins for the ten job boards: one HTTP server per source on 127.0.0.1, answering
 * the paths the fetchers request with realistic bodies (our own fixtures under
 * test/fixtures/scraping, plus generated Greenhouse/Lever/Hacker News/YC responses that share one
 * posting, so cross-source dedup can be checked). Faults can be switched on per source.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { SourceName } from '@app/scraping';

export type Fault = { kind: 'blocked' } | { kind: 'rate-limited'; times: number; retryAfterSeconds: number };

export interface JobBoards {
  baseUrls: Record<SourceName, string>;
  requests: Record<SourceName, string[]>;
  fault(source: SourceName, fault: Fault | null): void;
  close(): Promise<void>;
}

const fixture = (path: string) =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/scraping', path), 'utf8');

export const SHARED_POSTING = {
  title: 'Senior Backend Engineer',
  company: 'Acme',
  description:
    'Acme builds payment infrastructure used by thousands of merchants. As a Senior Backend Engineer you will ' +
    'design and operate Go services backed by PostgreSQL and Kafka, deployed on Kubernetes in AWS. You will own ' +
    'APIs end to end, improve reliability and mentor other engineers. Requirements: 5+ years of backend ' +
    'experience, strong SQL, experience with distributed systems and Docker. Nice to have: Rust, gRPC, Terraform. ' +
    "Bachelor's degree in Computer Science or equivalent experience.",
};

const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TITLES = [
  'Backend Engineer',
  'Platform Engineer',
  'Data Engineer',
  'Frontend Engineer',
  'ML Engineer',
  'SRE',
  'Mobile Engineer',
  'Security Engineer',
];
const STACK = [
  'Go',
  'Python',
  'PostgreSQL',
  'Kafka',
  'Kubernetes',
  'React',
  'TypeScript',
  'AWS',
  'Terraform',
  'Java',
  'Rust',
  'Spark',
  'Airflow',
  'Docker',
  'gRPC',
  'Redis',
];

/** A large board of distinct, realistic postings (benchmarks): ~1,500 characters each. */
export function generatedGreenhouseBoard(n: number): string {
  const jobs = Array.from({ length: n }, (_, i) => {
    const skills = [0, 3, 7, 11].map((k) => STACK[(i * (k + 1) + k) % STACK.length]).join(', ');
    const title = `${i % 4 === 0 ? 'Senior ' : ''}${TITLES[i % TITLES.length]} ${Math.floor(i / TITLES.length) + 1}`;
    const para =
      `Company ${i % 97} is hiring a ${title} to build and run systems used by millions of people. ` +
      `You will design services with ${skills}, review code, write design documents and improve reliability. ` +
      `Requirements: ${2 + (i % 7)}+ years of professional experience, strong fundamentals in data structures, ` +
      `experience operating production systems, clear written communication. Nice to have: ${STACK[(i + 5) % STACK.length]}. ` +
      `We offer competitive pay, equity, health insurance, parental leave and a learning budget. `;
    return {
      id: 900000 + i,
      title,
      company_name: `Company ${i % 97}`,
      location: { name: i % 3 === 0 ? 'Remote' : ['New York, NY', 'Austin, TX', 'Berlin, Germany'][i % 3] },
      absolute_url: `https://boards.greenhouse.io/bench/jobs/${900000 + i}`,
      updated_at: '2026-11-20T10:00:00-05:00',
      first_published: '2026-11-18T10:00:00-05:00',
      content: html(`<p>${para.repeat(3)}</p>`),
      metadata: [],
      offices: [],
    };
  });
  return JSON.stringify({ jobs, meta: { total: n } });
}

function greenhouse(): string {
  const job = (id: number, title: string, content: string) => ({
    id,
    title,
    company_name: 'Acme',
    location: { name: 'Remote' },
    absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    updated_at: '2026-11-20T10:00:00-05:00',
    first_published: '2026-11-18T10:00:00-05:00',
    content: html(`<p>${content}</p>`),
    metadata: [],
    offices: [],
  });
  return JSON.stringify({
    jobs: [
      job(5001, SHARED_POSTING.title, SHARED_POSTING.description),
      job(
        5002,
        'Data Scientist',
        'Build forecasting models in Python with pandas, scikit-learn and SQL. Present findings to stakeholders. ' +
          "Master's degree in statistics preferred. 3+ years of experience.",
      ),
    ],
    meta: { total: 2 },
  });
}

function lever(): string {
  const posting = (id: string, text: string, plain: string, workplaceType: string, location: string) => ({
    id,
    text,
    categories: {
      location,
      commitment: 'Full-time',
      team: 'Engineering',
      department: 'Engineering',
      allLocations: [location],
    },
    workplaceType,
    country: 'US',
    createdAt: Date.parse('2026-11-19T12:00:00Z'),
    description: `<div><p>${html(plain)}</p></div>`,
    descriptionPlain: plain,
    lists: [],
    additional: '',
    hostedUrl: `https://jobs.lever.co/acme/${id}`,
    applyUrl: `https://jobs.lever.co/acme/${id}/apply`,
  });
  return JSON.stringify([
    posting(
      '8a1b2c3d-0000-4000-8000-000000000001',
      SHARED_POSTING.title,
      SHARED_POSTING.description,
      'remote',
      'Remote',
    ),
    posting(
      '8a1b2c3d-0000-4000-8000-000000000002',
      'Android Engineer',
      'Ship our Android app in Kotlin and Jetpack Compose. 4+ years of Android development, CI/CD, testing.',
      'hybrid',
      'New York, NY',
    ),
  ]);
}

function hackernewsThread(): string {
  const child = (id: number, text: string) => ({
    id,
    text,
    created_at: '2026-11-02T15:00:00.000Z',
    author: 'hiring',
    children: [],
  });
  return JSON.stringify({
    id: 4242,
    title: 'Ask HN: Who is hiring? (November 2026)',
    children: [
      child(
        4243,
        'Nimbus Labs | Platform Engineer | Berlin, Germany | ONSITE | €80k–100k<p>We run a multi-tenant Kubernetes platform. ' +
          'You know Terraform, Go and Prometheus.<p>Apply: jobs@nimbus.example',
      ),
      child(
        4244,
        'Quill | Full-Stack Engineer (TypeScript) | REMOTE (US) | $140k - $170k<p>React, Node.js and PostgreSQL. ' +
          'Small team, lots of ownership.',
      ),
    ],
  });
}

function hackernewsSearch(): string {
  return JSON.stringify({ hits: [{ objectID: '4242', title: 'Ask HN: Who is hiring? (November 2026)' }] });
}

function ycombinatorCompany(): string {
  const page = {
    component: 'WaasShowJobsPage',
    props: {
      company: {
        id: 1,
        slug: 'acme',
        name: 'Acme Robotics',
        location: 'San Francisco, CA',
        batch_name: 'W24',
      },
      jobPostings: [
        {
          id: 901,
          title: 'Robotics Software Engineer',
          url: '/companies/acme/jobs/901-robotics-software-engineer',
          location: 'San Francisco, CA, US',
          type: 'Full-time',
          role: 'Engineering',
          salaryRange: '$150K - $200K',
          equityRange: '0.1% - 0.5%',
          createdAt: '5 days',
          companyName: 'Acme Robotics',
        },
        {
          id: 902,
          title: 'Founding ML Engineer',
          url: '/companies/acme/jobs/902-founding-ml-engineer',
          location: 'Remote',
          type: 'Full-time',
          role: 'Engineering',
          salaryRange: '$180K - $220K',
          equityRange: '0.5% - 1.0%',
          createdAt: 'about 1 month',
          companyName: 'Acme Robotics',
        },
      ],
    },
  };
  return `<!doctype html><html><body><div id="app" data-page="${html(JSON.stringify(page))}"></div></body></html>`;
}

type Reply = { status?: number; type: string; body: string; headers?: Record<string, string> };
const json = (body: string): Reply => ({ type: 'application/json', body });
const page = (body: string): Reply => ({ type: 'text/html; charset=utf-8', body });

const ROUTES: Record<SourceName, (url: URL) => Reply | null> = {
  greenhouse: (u) => (u.pathname.startsWith('/v1/boards/') ? json(greenhouse()) : null),
  lever: (u) => (u.pathname.startsWith('/v0/postings/') ? json(lever()) : null),
  ashby: (u) =>
    u.pathname.startsWith('/posting-api/job-board/')
      ? json(fixture('ashby/board-with-compensation.json'))
      : null,
  ycombinator: (u) => (u.pathname.startsWith('/companies/') ? page(ycombinatorCompany()) : null),
  remoteok: (u) => (u.pathname === '/api' ? json(fixture('remoteok/api-with-salary.json')) : null),
  hackernews: (u) =>
    u.pathname === '/api/v1/search_by_date'
      ? json(hackernewsSearch())
      : u.pathname.startsWith('/api/v1/items/')
        ? json(hackernewsThread())
        : null,
  indeed: (u) => (u.pathname === '/jobs' ? page(fixture('indeed/results-page.html')) : null),
  dice: (u) => (u.pathname === '/v1/dice/jobs/search' ? json(fixture('dice/search-api.json')) : null),
  wellfound: (u) =>
    u.pathname.startsWith('/role/') ? page(fixture('wellfound/role-location-apollo.html')) : null,
  builtin: (u) => (u.pathname.startsWith('/jobs') ? page(fixture('builtin/job-page-jsonld.html')) : null),
};

export async function startJobBoards(opts: { greenhouseBoard?: string } = {}): Promise<JobBoards> {
  const faults = new Map<SourceName, Fault>();
  const servers: http.Server[] = [];
  const baseUrls = {} as Record<SourceName, string>;
  const requests = {} as Record<SourceName, string[]>;
  for (const source of Object.keys(ROUTES) as SourceName[]) {
    requests[source] = [];
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/robots.txt')
        return void res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: *\nDisallow: /private\n');
      requests[source].push(`${req.method} ${url.pathname}${url.search}`);
      const fault = faults.get(source);
      if (fault?.kind === 'blocked') {
        return void res
          .writeHead(403, { 'content-type': 'text/html' })
          .end('<html><title>Just a moment...</title><body>cf-chl captcha</body></html>');
      }
      if (fault?.kind === 'rate-limited' && fault.times > 0) {
        fault.times--;
        return void res
          .writeHead(429, { 'retry-after': String(fault.retryAfterSeconds), 'content-type': 'text/plain' })
          .end('slow down');
      }
      if (url.pathname === '/redirect-private') {
        // What an attacker's page would do: bounce the importer to an internal address.
        return void res.writeHead(302, { location: 'http://127.0.0.1:9/internal' }).end();
      }
      if (url.pathname === '/single-job')
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(fixture('greenhouse/job-with-pay.json'));
      const reply =
        source === 'greenhouse' && opts.greenhouseBoard && url.pathname.startsWith('/v1/boards/')
          ? json(opts.greenhouseBoard)
          : ROUTES[source](url);
      if (!reply) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(reply.status ?? 200, { 'content-type': reply.type, ...reply.headers }).end(reply.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrls[source] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    servers.push(server);
  }
  return {
    baseUrls,
    requests,
    fault: (source, fault) => (fault ? faults.set(source, fault) : faults.delete(source)),
    close: async () => {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}
