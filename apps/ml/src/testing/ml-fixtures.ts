// Shared data and assertions of the ML service tests.
import assert from 'node:assert/strict';
import { status, type ServiceError } from '@grpc/grpc-js';

export type Vec = number[];
export interface SearchReply {
  results: Array<{ id: string; content: string; score: number; metadata: Record<string, string> }>;
  search_mode: string;
}

export const JOBS = [
  {
    id: 'job-k8s',
    content:
      'Run our Kubernetes clusters, Helm charts and Terraform modules on AWS; on-call for the platform.',
    metadata: {
      title: 'Platform Engineer',
      company: 'Acme',
      source: 'greenhouse',
      location_type: 'remote',
      skills: 'Kubernetes,Terraform,AWS',
    },
  },
  {
    id: 'job-react',
    content:
      'Build accessible React and TypeScript interfaces for our design system; work closely with designers.',
    metadata: {
      title: 'Frontend Developer',
      company: 'Beta',
      source: 'lever',
      location_type: 'onsite',
      skills: 'React,TypeScript,CSS',
    },
  },
  {
    id: 'job-data',
    content: 'Design Spark and Airflow pipelines feeding our warehouse; Python and SQL every day.',
    metadata: {
      title: 'Data Engineer',
      company: 'Gamma',
      source: 'greenhouse',
      location_type: 'hybrid',
      skills: 'Python,Spark,Airflow,SQL',
    },
  },
];

export const CHUNKS = [
  {
    id: 'u1-a',
    content: 'Led the migration of 40 services to Kubernetes and cut deploy time by half.',
    metadata: { user_id: 'u1', section: 'experience' },
  },
  {
    id: 'u1-b',
    content: 'Bachelor of Science in Computer Science, 2015.',
    metadata: { user_id: 'u1', section: 'education' },
  },
  {
    id: 'u2-a',
    content: 'Operated Kubernetes clusters for a payments company.',
    metadata: { user_id: 'u2', section: 'experience' },
  },
];

/** Asserts that the call fails with this status and a message matching the pattern. */
export async function expectStatus(p: Promise<unknown>, code: status, pattern: RegExp): Promise<void> {
  await assert.rejects(p, (e: ServiceError) => {
    assert.equal(e.code, code, `expected ${status[code]}, got ${status[e.code]}: ${e.details}`);
    assert.match(e.details, pattern);
    assert.doesNotMatch(e.details, /\n\s+at /, 'no stack trace in the message');
    return true;
  });
}
