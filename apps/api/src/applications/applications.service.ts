import { Inject, Injectable } from '@nestjs/common';
import { PermanentError } from '@app/contracts';
import {
  ApplicationsRepository,
  type ApplicationPatch,
  type ApplicationRow,
  type TimelineRow,
} from '@app/db';
import type { CreateApplicationDto, UpdateApplicationDto } from './dto/application.dto';

/** Tracks applications from saved to offer; every status change lands on the timeline. */
@Injectable()
export class ApplicationsService {
  constructor(@Inject(ApplicationsRepository) private readonly repo: ApplicationsRepository) {}

  list(userId: string, status?: ApplicationRow['status']): Promise<ApplicationRow[]> {
    return this.repo.list(userId, status);
  }

  async get(userId: string, id: string): Promise<ApplicationRow & { timeline: TimelineRow[] }> {
    const app = await this.repo.get(userId, id);
    if (!app) throw notFound(id);
    return { ...app, timeline: await this.repo.timeline(userId, id) };
  }

  async create(
    userId: string,
    dto: CreateApplicationDto,
  ): Promise<ApplicationRow & { timeline: TimelineRow[] }> {
    if (!(await this.repo.jobExists(dto.job_id)))
      throw new PermanentError(`job ${dto.job_id} not found`, 'not_found');
    const { job_id, ...fields } = dto;
    const id = await this.repo.transaction(async (tx) => {
      const created = await this.repo.create(tx, userId, job_id, fields);
      if (!created) throw new PermanentError('you already track this job', 'conflict');
      await this.repo.addTimeline(tx, userId, created, null, fields.status ?? 'saved', null);
      return created;
    });
    return this.get(userId, id);
  }

  async update(
    userId: string,
    id: string,
    dto: UpdateApplicationDto,
  ): Promise<ApplicationRow & { timeline: TimelineRow[] }> {
    const { timeline_note, ...patch } = dto;
    await this.repo.transaction(async (tx) => {
      const current = await this.repo.get(userId, id, tx);
      if (!current) throw notFound(id);
      const next: ApplicationPatch = { ...patch };
      if (patch.status === 'applied' && !current.applied_date && !patch.applied_date) {
        next.applied_date = new Date().toISOString().slice(0, 10);
      }
      await this.repo.update(tx, userId, id, next);
      if (patch.status && patch.status !== current.status) {
        await this.repo.addTimeline(tx, userId, id, current.status, patch.status, timeline_note ?? null);
      }
    });
    return this.get(userId, id);
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound(id);
  }
}

// Another user's application is reported exactly like a missing one: 404, never 403.
const notFound = (id: string) => new PermanentError(`application ${id} not found`, 'not_found');
