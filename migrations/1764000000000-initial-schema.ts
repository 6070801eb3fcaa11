import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seed's schema plus accounts, resumes, scrape tasks and the messaging tables.
 * Every user-owned table carries user_id; jobs and companies are shared across users.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        email VARCHAR(320) NOT NULL,
        password_hash TEXT NOT NULL,
        display_name VARCHAR(200),
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );
      CREATE UNIQUE INDEX idx_users_email ON users (lower(email));

      CREATE TABLE user_sessions (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash CHAR(64) NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        expires_at TIMESTAMPTZ NOT NULL,
        last_used_at TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ,
        user_agent TEXT,
        ip VARCHAR(64)
      );
      CREATE INDEX idx_sessions_user ON user_sessions(user_id);

      CREATE TABLE login_attempts (
        key VARCHAR(400) PRIMARY KEY,
        failures INTEGER NOT NULL DEFAULT 0,
        window_start TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        locked_until TIMESTAMPTZ
      );

      CREATE TABLE companies (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        name VARCHAR(255) NOT NULL,
        normalized_name VARCHAR(255) NOT NULL,
        logo_url TEXT,
        website TEXT,
        industry VARCHAR(100),
        size VARCHAR(20),
        rating DECIMAL(3,2),
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        UNIQUE (normalized_name)
      );
      CREATE INDEX idx_companies_normalized ON companies(normalized_name);

      CREATE TABLE jobs (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        url TEXT UNIQUE NOT NULL,
        title VARCHAR(500) NOT NULL,
        company_id UUID REFERENCES companies(id),
        company_name VARCHAR(255),
        location VARCHAR(255),
        location_type VARCHAR(20),
        salary_min INTEGER,
        salary_max INTEGER,
        salary_currency VARCHAR(10) DEFAULT 'USD',
        salary_period VARCHAR(10),
        salary_annual_min INTEGER,
        salary_annual_max INTEGER,
        salary_text VARCHAR(100),
        description TEXT NOT NULL,
        requirements JSONB NOT NULL DEFAULT '[]',
        skills JSONB NOT NULL DEFAULT '[]',
        posted_date DATE,
        scraped_at TIMESTAMPTZ DEFAULT NOW(),
        source VARCHAR(50) NOT NULL,
        external_id VARCHAR(200),
        apply_url TEXT,
        canonical_key VARCHAR(600),
        is_active BOOLEAN DEFAULT TRUE,
        embedding_id UUID,
        indexed_at TIMESTAMPTZ,
        content_hash VARCHAR(32),
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );
      CREATE INDEX idx_jobs_company ON jobs(company_id);
      CREATE INDEX idx_jobs_location_type ON jobs(location_type);
      CREATE INDEX idx_jobs_salary ON jobs(salary_min, salary_max);
      CREATE INDEX idx_jobs_posted ON jobs(posted_date DESC);
      CREATE INDEX idx_jobs_source ON jobs(source);
      CREATE INDEX idx_jobs_active ON jobs(is_active);
      CREATE INDEX idx_jobs_content_hash ON jobs(content_hash);
      CREATE UNIQUE INDEX idx_jobs_canonical_key ON jobs(canonical_key);

      -- Every place a job was seen: dedup merges a second source's URL here instead of a new job.
      CREATE TABLE job_sources (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id UUID NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        source VARCHAR(50) NOT NULL,
        external_id VARCHAR(200) NOT NULL,
        url TEXT NOT NULL,
        apply_url TEXT,
        first_seen_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        last_seen_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        UNIQUE (source, external_id)
      );
      CREATE INDEX idx_job_sources_job ON job_sources(job_id);

      CREATE TABLE resumes (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        title VARCHAR(255) NOT NULL,
        format VARCHAR(20) NOT NULL DEFAULT 'text',
        content TEXT NOT NULL,
        content_hash VARCHAR(64) NOT NULL,
        is_active BOOLEAN NOT NULL DEFAULT TRUE,
        skills JSONB NOT NULL DEFAULT '[]',
        indexed_at TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );
      CREATE INDEX idx_resumes_user ON resumes(user_id, is_active);

      CREATE TABLE resume_chunks (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        resume_id UUID NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        section VARCHAR(100) NOT NULL,
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        embedding_id UUID,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        UNIQUE (resume_id, ordinal),
        CHECK (start_offset >= 0 AND end_offset >= start_offset)
      );
      CREATE INDEX idx_resume_chunks_user ON resume_chunks(user_id);

      CREATE TABLE applications (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        job_id UUID NOT NULL REFERENCES jobs(id),
        status VARCHAR(20) NOT NULL DEFAULT 'saved',
        applied_date DATE,
        notes TEXT,
        resume_version VARCHAR(100),
        cover_letter TEXT,
        reminder_date DATE,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        UNIQUE (user_id, job_id)
      );
      CREATE INDEX idx_applications_user ON applications(user_id);
      CREATE INDEX idx_applications_status ON applications(status);
      CREATE INDEX idx_applications_reminder ON applications(reminder_date);

      CREATE TABLE application_timeline (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id UUID NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        old_status VARCHAR(20),
        new_status VARCHAR(20) NOT NULL,
        changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        notes TEXT
      );
      CREATE INDEX idx_timeline_app ON application_timeline(application_id);

      CREATE TABLE saved_searches (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name VARCHAR(255) NOT NULL,
        query TEXT,
        filters JSONB NOT NULL DEFAULT '{}',
        schedule_interval INTERVAL NOT NULL DEFAULT INTERVAL '1 day',
        notification_enabled BOOLEAN DEFAULT FALSE,
        last_run_at TIMESTAMPTZ,
        result_count INTEGER,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );
      CREATE INDEX idx_saved_searches_user ON saved_searches(user_id);

      CREATE TABLE search_cache (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID REFERENCES users(id) ON DELETE CASCADE,
        query_hash VARCHAR(64) UNIQUE NOT NULL,
        filters JSONB,
        result_job_ids UUID[] NOT NULL,
        total_results INTEGER NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX idx_cache_hash ON search_cache(query_hash);
      CREATE INDEX idx_cache_expires ON search_cache(expires_at);

      CREATE TABLE job_match_scores (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        resume_id UUID NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
        job_id UUID NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        resume_hash VARCHAR(64) NOT NULL,
        overall_score INTEGER NOT NULL,
        skills_score INTEGER,
        experience_score INTEGER,
        education_score INTEGER,
        matched_skills JSONB NOT NULL DEFAULT '[]',
        missing_skills JSONB NOT NULL DEFAULT '[]',
        evidence JSONB NOT NULL DEFAULT '{}',
        calculated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        UNIQUE (user_id, job_id, resume_hash)
      );
      CREATE INDEX idx_match_job ON job_match_scores(job_id);
      CREATE INDEX idx_match_user_score ON job_match_scores(user_id, overall_score DESC);
      CREATE INDEX idx_match_score ON job_match_scores(overall_score DESC);

      CREATE TABLE chat_sessions (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        mode VARCHAR(20) NOT NULL DEFAULT 'chat',
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );
      CREATE INDEX idx_chat_sessions_user ON chat_sessions(user_id);

      CREATE TABLE chat_messages (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id UUID NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
        user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role VARCHAR(20) NOT NULL,
        content TEXT NOT NULL,
        citations JSONB NOT NULL DEFAULT '[]',
        grounding_score DECIMAL(3,2),
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );
      CREATE INDEX idx_messages_session ON chat_messages(session_id);

      CREATE TABLE scrape_tasks (
        id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id UUID REFERENCES users(id) ON DELETE CASCADE,
        status VARCHAR(20) NOT NULL DEFAULT 'pending',
        query JSONB NOT NULL,
        sources TEXT[] NOT NULL,
        progress JSONB NOT NULL DEFAULT '{}',
        jobs_found INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        completed_at TIMESTAMPTZ
      );
      CREATE INDEX idx_scrape_tasks_user ON scrape_tasks(user_id, created_at DESC);

      CREATE TABLE source_health (
        source VARCHAR(50) PRIMARY KEY,
        last_success_at TIMESTAMPTZ,
        last_error_at TIMESTAMPTZ,
        last_error TEXT,
        blocked_reason TEXT,
        jobs_found INTEGER NOT NULL DEFAULT 0,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
      );

      -- A handler's writes and this row commit together, so a redelivery is recognised.
      CREATE TABLE processed_messages (
        consumer VARCHAR(200) NOT NULL,
        event_id VARCHAR(200) NOT NULL,
        subject VARCHAR(300),
        processed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        PRIMARY KEY (consumer, event_id)
      );

      -- Events written in the business transaction and relayed to JetStream after commit.
      CREATE TABLE outbox (
        seq BIGSERIAL PRIMARY KEY,
        event_id UUID NOT NULL UNIQUE,
        subject VARCHAR(300) NOT NULL,
        msg_id VARCHAR(300) NOT NULL,
        envelope JSONB NOT NULL,
        headers JSONB NOT NULL DEFAULT '{}',
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        published_at TIMESTAMPTZ,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE INDEX idx_outbox_pending ON outbox(seq) WHERE published_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS outbox, processed_messages, source_health, scrape_tasks, chat_messages,
        chat_sessions, job_match_scores, search_cache, saved_searches, application_timeline,
        applications, resume_chunks, resumes, job_sources, jobs, companies, login_attempts,
        user_sessions, users CASCADE;
    `);
  }
}
