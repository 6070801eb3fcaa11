import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../data-source';

export const APPLICATION_STATUSES = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ApplicationRow {
  id: string;
  user_id: string;
  job_id: string;
  status: ApplicationStatus;
  applied_date: string | null;
  notes: string | null;
  resume_version: string | null;
  cover_letter: string | null;
  reminder_date: string | null;
  created_at: Date;
  updated_at: Date;
  job_title?: string;
  company_name?: string | null;
}

export interface TimelineRow {
  id: string;
  old_status: string | null;
  new_status: string;
  changed_at: Date;
  notes: string | null;
}

export type ApplicationPatch = Partial<
  Pick<
    ApplicationRow,
    'status' | 'applied_date' | 'notes' | 'resume_version' | 'cover_letter' | 'reminder_date'
  >
>;

const SELECT = `SELECT a.*, j.title AS job_title, j.company_name FROM applications a JOIN jobs j ON j.id = a.job_id`;

/** Every query takes the caller's user id: another user's row is simply not found. */
@Injectable()
export class ApplicationsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async list(userId: string, status?: ApplicationStatus): Promise<ApplicationRow[]> {
    return this.ds.query(
      `${SELECT} WHERE a.user_id = $1 AND ($2::text IS NULL OR a.status = $2) ORDER BY a.updated_at DESC`,
      [userId, status ?? null],
    );
  }

  async get(
    userId: string,
    id: string,
    tx: Pick<EntityManager, 'query'> = this.ds,
  ): Promise<ApplicationRow | null> {
    const rows: ApplicationRow[] = await tx.query(`${SELECT} WHERE a.user_id = $1 AND a.id = $2`, [
      userId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Null when the user already tracks this job. */
  async create(
    tx: EntityManager,
    userId: string,
    jobId: string,
    patch: ApplicationPatch,
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO applications (user_id, job_id, status, applied_date, notes, resume_version, cover_letter, reminder_date)
       VALUES ($1, $2, COALESCE($3, 'saved'), $4, $5, $6, $7, $8)
       ON CONFLICT (user_id, job_id) DO NOTHING RETURNING id`,
      [
        userId,
        jobId,
        patch.status ?? null,
        patch.applied_date ?? null,
        patch.notes ?? null,
        patch.resume_version ?? null,
        patch.cover_letter ?? null,
        patch.reminder_date ?? null,
      ],
    );
    return rows[0]?.id ?? null;
  }

  async update(tx: EntityManager, userId: string, id: string, patch: ApplicationPatch): Promise<boolean> {
    // Absent fields stay as they are; only given ones (null included) are written.
    const cols = (Object.keys(patch) as Array<keyof ApplicationPatch>).filter((c) => patch[c] !== undefined);
    if (cols.length === 0) return true;
    const sets = cols.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const rows = await queryRows(
      tx,
      `UPDATE applications SET ${sets}, updated_at = NOW() WHERE user_id = $1 AND id = $2 RETURNING id`,
      [userId, id, ...cols.map((c) => patch[c] ?? null)],
    );
    return rows.length > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows = await queryRows(
      this.ds,
      `DELETE FROM applications WHERE user_id = $1 AND id = $2 RETURNING id`,
      [userId, id],
    );
    return rows.length > 0;
  }

  async addTimeline(
    tx: EntityManager,
    userId: string,
    applicationId: string,
    oldStatus: string | null,
    newStatus: string,
    notes: string | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO application_timeline (application_id, user_id, old_status, new_status, notes)
       VALUES ($1, $2, $3, $4, $5)`,
      [applicationId, userId, oldStatus, newStatus, notes],
    );
  }

  async timeline(userId: string, applicationId: string): Promise<TimelineRow[]> {
    return this.ds.query(
      `SELECT id, old_status, new_status, changed_at, notes FROM application_timeline
       WHERE user_id = $1 AND application_id = $2 ORDER BY changed_at, id`,
      [userId, applicationId],
    );
  }

  async jobExists(jobId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM jobs WHERE id = $1`, [jobId]);
    return rows.length > 0;
  }

  transaction<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
}
