import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../data-source';
import type { PublicUser } from './users.repository';

export interface SessionRow {
  id: string;
  user_id: string;
  expires_at: Date;
}

/** Opaque session tokens: only their SHA-256 is stored, so a leaked table grants nothing. */
@Injectable()
export class SessionsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async create(
    userId: string,
    tokenHash: string,
    expiresAt: Date,
    meta: { userAgent?: string; ip?: string },
  ): Promise<SessionRow> {
    const rows: SessionRow[] = await this.ds.query(
      `INSERT INTO user_sessions (user_id, token_hash, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, $4, $5) RETURNING id, user_id, expires_at`,
      [userId, tokenHash, expiresAt, meta.userAgent?.slice(0, 500) ?? null, meta.ip ?? null],
    );
    return rows[0]!;
  }

  /** The live session's user, touching last_used_at; null when unknown, expired or revoked. */
  async findUserByTokenHash(tokenHash: string): Promise<(PublicUser & { session_id: string }) | null> {
    const rows = await queryRows<PublicUser & { session_id: string }>(
      this.ds,
      `UPDATE user_sessions s SET last_used_at = NOW()
       FROM users u
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > NOW() AND u.id = s.user_id
       RETURNING u.id, u.email, u.display_name, u.created_at, s.id AS session_id`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async revoke(sessionId: string, userId: string): Promise<void> {
    await this.ds.query(
      `UPDATE user_sessions SET revoked_at = NOW() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
      [sessionId, userId],
    );
  }
}
