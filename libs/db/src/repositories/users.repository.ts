import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string | null;
  created_at: Date;
}

export type PublicUser = Omit<UserRow, 'password_hash'>;

@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Returns null when the e-mail is taken (case-insensitive). */
  async create(email: string, passwordHash: string, displayName: string | null): Promise<PublicUser | null> {
    const rows: PublicUser[] = await this.ds.query(
      `INSERT INTO users (email, password_hash, display_name) VALUES ($1, $2, $3)
       ON CONFLICT ((lower(email))) DO NOTHING
       RETURNING id, email, display_name, created_at`,
      [email, passwordHash, displayName],
    );
    return rows[0] ?? null;
  }

  async findByEmail(email: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.ds.query(`SELECT * FROM users WHERE lower(email) = lower($1)`, [
      email,
    ]);
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<PublicUser | null> {
    const rows: PublicUser[] = await this.ds.query(
      `SELECT id, email, display_name, created_at FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
