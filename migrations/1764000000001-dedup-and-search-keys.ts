import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keys the dedup stage needs: the company key, and when a job was normalized. */
export class DedupAndSearchKeys1764000000001 implements MigrationInterface {
  name = 'DedupAndSearchKeys1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE jobs ADD COLUMN company_key VARCHAR(255);
      ALTER TABLE jobs ADD COLUMN normalized_at TIMESTAMPTZ;
      CREATE INDEX idx_jobs_company_key ON jobs(company_key);
      ALTER TABLE jobs ALTER COLUMN salary_text TYPE VARCHAR(200);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS idx_jobs_company_key;
        DROP COLUMN IF EXISTS normalized_at;
    `);
  }
}
