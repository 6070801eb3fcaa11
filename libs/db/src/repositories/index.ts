export * from './applications.repository';
export * from './login-attempts.repository';
export * from './sessions.repository';
export * from './users.repository';
export * from './jobs.repository';
export * from './match-scores.repository';
export * from './resumes.repository';
