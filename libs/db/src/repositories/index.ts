export * from './applications.repository';
export * from './login-attempts.repository';
export * from './sessions.repository';
export * from './users.repository';
