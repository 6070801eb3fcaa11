import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PermanentError, ScrapeRequestedV1 } from '@app/contracts';
import { ScrapeTasksRepository } from '@app/db';
import { addToOutbox, OutboxRelay } from '@app/messaging';
import type { CreateScrapeDto } from './dto/create-scrape.dto';

@Injectable()
export class ScrapeService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ScrapeTasksRepository) private readonly tasks: ScrapeTasksRepository,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {}

  /** A task row and scrape.task.requested.v1, committed together. */
  async create(userId: string, dto: CreateScrapeDto) {
    const sources = [...new Set(dto.sources)];
    const query = {
      keywords: dto.keywords,
      location: dto.location,
      remote: dto.remote,
      board: dto.board,
      max_pages: dto.max_pages,
    };
    const id = await this.ds.transaction(async (tx) => {
      const taskId = await this.tasks.create(tx, userId, query, sources);
      await addToOutbox(tx, ScrapeRequestedV1, { task_id: taskId, user_id: userId, query, sources });
      return taskId;
    });
    this.relay.kick();
    return this.status(userId, id);
  }

  async status(userId: string, id: string) {
    const task = await this.tasks.get(userId, id);
    if (!task) throw new PermanentError(`scrape task ${id} not found`, 'not_found');
    return {
      id: task.id,
      status: task.status,
      query: task.query,
      sources: task.progress,
      jobs_found: task.jobs_found,
      error: task.error,
      created_at: task.created_at,
      completed_at: task.completed_at,
    };
  }

  sourceHealth() {
    return this.tasks.sourceHealth();
  }
}
