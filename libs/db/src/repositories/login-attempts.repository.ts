import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failed-login counters in PostgreSQL, so every API process shares one view. */
@Injectable()
export class LoginAttemptsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Seconds until the key may try again; 0 when it is not locked. */
  async lockedForSeconds(key: string): Promise<number> {
    const rows: Array<{ s: number }> = await this.ds.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM (locked_until - NOW())))::int AS s FROM login_attempts
       WHERE key = $1 AND locked_until > NOW()`,
      [key],
    );
    return rows[0]?.s ?? 0;
  }

  /** Counts a failure inside the window; locks the key once it reaches maxFailures. */
  async recordFailure(key: string, maxFailures: number, windowMs: number, lockoutMs: number): Promise<void> {
    await this.ds.query(
      `INSERT INTO login_attempts (key, failures, window_start) VALUES ($1, 1, NOW())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempts.window_start < NOW() - ($2 || ' milliseconds')::interval
                         THEN 1 ELSE login_attempts.failures + 1 END,
         window_start = CASE WHEN login_attempts.window_start < NOW() - ($2 || ' milliseconds')::interval
                         THEN NOW() ELSE login_attempts.window_start END`,
      [key, String(windowMs)],
    );
    await this.ds.query(
      `UPDATE login_attempts SET locked_until = NOW() + ($3 || ' milliseconds')::interval, failures = 0, window_start = NOW()
       WHERE key = $1 AND failures >= $2`,
      [key, maxFailures, String(lockoutMs)],
    );
  }

  async reset(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_attempts WHERE key = $1`, [key]);
  }
}
