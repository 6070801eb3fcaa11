import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, type Queryable } from '../data-source';

export interface ResumeRow {
  id: string;
  user_id: string;
  title: string;
  format: string;
  content: string;
  content_hash: string;
  is_active: boolean;
  skills: unknown;
  indexed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ResumeChunkRow {
  id: string;
  resume_id: string;
  user_id: string;
  ordinal: number;
  section: string;
  text: string;
  start_offset: number;
  end_offset: number;
}

export interface NewChunk {
  ordinal: number;
  section: string;
  text: string;
  start: number;
  end: number;
}

/** Resumes and their chunks; every read is scoped by the owner's user id. */
@Injectable()
export class ResumesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async create(
    q: Queryable,
    r: { user_id: string; title: string; format: string; content: string; content_hash: string },
    chunks: readonly NewChunk[],
  ): Promise<string> {
    // One active resume per user: the newest upload is the one matched against jobs.
    await q.query(
      `UPDATE resumes SET is_active = FALSE, updated_at = NOW() WHERE user_id = $1 AND is_active`,
      [r.user_id],
    );
    const rows = await queryRows<{ id: string }>(
      q,
      `INSERT INTO resumes (user_id, title, format, content, content_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [r.user_id, r.title, r.format, r.content, r.content_hash],
    );
    const id = rows[0]!.id;
    if (chunks.length) {
      const values = chunks.map(
        (_, i) => `($1, $2, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, $${i * 5 + 6}, $${i * 5 + 7})`,
      );
      await q.query(
        `INSERT INTO resume_chunks (resume_id, user_id, ordinal, section, text, start_offset, end_offset) VALUES ${values.join(', ')}`,
        [id, r.user_id, ...chunks.flatMap((c) => [c.ordinal, c.section, c.text, c.start, c.end])],
      );
    }
    return id;
  }

  async get(q: Queryable, userId: string, id: string): Promise<ResumeRow | null> {
    const rows = await queryRows<ResumeRow>(q, `SELECT * FROM resumes WHERE user_id = $1 AND id = $2`, [
      userId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** For pipeline stages, which act on behalf of the owner named in the event. */
  async getForPipeline(q: Queryable, id: string): Promise<ResumeRow | null> {
    const rows = await queryRows<ResumeRow>(q, `SELECT * FROM resumes WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async list(userId: string): Promise<Array<Omit<ResumeRow, 'content'>>> {
    return queryRows(
      this.ds,
      `SELECT id, user_id, title, format, content_hash, is_active, skills, indexed_at, created_at, updated_at
       FROM resumes WHERE user_id = $1 ORDER BY created_at DESC`,
      [userId],
    );
  }

  async chunks(q: Queryable, userId: string, resumeId: string): Promise<ResumeChunkRow[]> {
    return queryRows(
      q,
      `SELECT * FROM resume_chunks WHERE user_id = $1 AND resume_id = $2 ORDER BY ordinal`,
      [userId, resumeId],
    );
  }

  async markIndexed(q: Queryable, resumeId: string, skills: unknown): Promise<void> {
    await q.query(`UPDATE resumes SET indexed_at = NOW(), skills = $2, updated_at = NOW() WHERE id = $1`, [
      resumeId,
      JSON.stringify(skills),
    ]);
  }

  /** Active resumes of every user (the matcher scores each new job against them). */
  async activeResumes(q: Queryable): Promise<ResumeRow[]> {
    return queryRows(q, `SELECT * FROM resumes WHERE is_active AND indexed_at IS NOT NULL ORDER BY id`);
  }

  async countIndexedChunks(): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      this.ds,
      `SELECT count(*)::int AS n FROM resume_chunks c JOIN resumes r ON r.id = c.resume_id WHERE r.indexed_at IS NOT NULL`,
    );
    return rows[0]?.n ?? 0;
  }

  async *streamChunks(batch = 1000): AsyncGenerator<ResumeChunkRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await queryRows<ResumeChunkRow>(
        this.ds,
        `SELECT c.* FROM resume_chunks c JOIN resumes r ON r.id = c.resume_id
         WHERE r.indexed_at IS NOT NULL AND c.id > $1 ORDER BY c.id LIMIT $2`,
        [after, batch],
      );
      for (const r of rows) yield r;
      if (rows.length < batch) return;
      after = rows[rows.length - 1]!.id;
    }
  }
}
