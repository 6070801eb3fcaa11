import type { IndexableDocument } from '../search/search-indexer';

export interface JobDocumentSource {
  id: string;
  title: string;
  company_name: string | null;
  description: string;
  source: string;
  location_type: string | null;
  skills: unknown;
}

export interface ChunkDocumentSource {
  id: string;
  resume_id: string;
  user_id: string;
  section: string;
  text: string;
}

const skillNames = (skills: unknown): string[] =>
  Array.isArray(skills)
    ? skills.map((s) => (typeof s === 'string' ? s : ((s as { name?: string }).name ?? ''))).filter(Boolean)
    : [];

/**
 * What a job contributes to search: the title leads the embedded text (a list page may carry no
 * description at all), the skills and company go to their own BM25 fields.
 */
export function jobDocument(job: JobDocumentSource): IndexableDocument {
  const metadata: Record<string, string> = { job_id: job.id, title: job.title, source: job.source };
  if (job.company_name) metadata.company = job.company_name;
  if (job.location_type) metadata.location_type = job.location_type;
  const skills = skillNames(job.skills);
  if (skills.length) metadata.skills = skills.join(', ');
  return { id: job.id, content: `${job.title}\n${job.description}`.trim(), metadata };
}

export function chunkDocument(chunk: ChunkDocumentSource): IndexableDocument {
  return {
    id: chunk.id,
    content: chunk.text,
    metadata: {
      user_id: chunk.user_id,
      resume_id: chunk.resume_id,
      chunk_id: chunk.id,
      section: chunk.section,
      doc_type: 'resume',
    },
  };
}
