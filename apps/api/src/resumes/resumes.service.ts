import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PermanentError, ResumeUploadedV1 } from '@app/contracts';
import { ResumesRepository } from '@app/db';
import { addToOutbox, OutboxRelay } from '@app/messaging';
import { chunkResume, detectResumeFormat } from '@app/ml';
import type { CreateResumeDto } from './dto/create-resume.dto';

/**
 * Resume intake: section-aware chunks with offsets are stored with the resume, and
 * resumes.resume.uploaded.v1 goes out through the outbox in the same transaction.
 */
@Injectable()
export class ResumesService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ResumesRepository) private readonly resumes: ResumesRepository,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {}

  async create(userId: string, dto: CreateResumeDto) {
    const content = dto.content.replace(/\r\n?/g, '\n');
    const format = dto.format ?? detectResumeFormat(content);
    const chunks = chunkResume(content, { format });
    if (chunks.length === 0) throw new PermanentError('content: no readable text in this resume');
    const hash = createHash('sha256').update(content).digest('hex');
    const id = await this.ds.transaction(async (tx) => {
      const resumeId = await this.resumes.create(
        tx,
        { user_id: userId, title: dto.title?.trim() || 'Resume', format, content, content_hash: hash },
        chunks.map((c) => ({
          ordinal: c.ordinal,
          section: c.section,
          text: c.text,
          start: c.start,
          end: c.end,
        })),
      );
      await addToOutbox(tx, ResumeUploadedV1, { resume_id: resumeId, user_id: userId, content_hash: hash });
      return resumeId;
    });
    this.relay.kick();
    return { ...(await this.get(userId, id)), status: 'processing' };
  }

  list(userId: string) {
    return this.resumes.list(userId);
  }

  async get(userId: string, id: string) {
    const resume = await this.resumes.get(this.ds, userId, id);
    if (!resume) throw new PermanentError(`resume ${id} not found`, 'not_found');
    const chunks = await this.resumes.chunks(this.ds, userId, id);
    return {
      ...resume,
      status: resume.indexed_at ? 'indexed' : 'processing',
      chunks: chunks.map((c) => ({
        id: c.id,
        ordinal: c.ordinal,
        section: c.section,
        text: c.text,
        start: c.start_offset,
        end: c.end_offset,
      })),
    };
  }
}
