import { createHash, randomBytes } from 'node:crypto';
import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/contracts';
import { LoginAttemptsRepository, SessionsRepository, UsersRepository, type PublicUser } from '@app/db';
import { PasswordHasher } from './password-hasher';

export interface IssuedSession {
  user: PublicUser;
  token: string;
  expires_at: Date;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Hash of a password nobody has, verified when the e-mail is unknown so timing says nothing. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

@Injectable()
export class AuthService {
  private readonly hasher = new PasswordHasher();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(SessionsRepository) private readonly sessions: SessionsRepository,
    @Inject(LoginAttemptsRepository) private readonly attempts: LoginAttemptsRepository,
  ) {}

  async register(
    email: string,
    password: string,
    displayName: string | undefined,
    meta: SessionMeta,
  ): Promise<IssuedSession> {
    const user = await this.users.create(
      email.trim(),
      await this.hasher.hash(password),
      displayName?.trim() || null,
    );
    if (!user) throw new PermanentError('an account with this e-mail already exists', 'conflict');
    return this.issue(user, meta);
  }

  async login(email: string, password: string, meta: SessionMeta): Promise<IssuedSession> {
    const keys = [`email:${email.trim().toLowerCase()}`, `ip:${meta.ip ?? 'unknown'}`];
    for (const key of keys) {
      const wait = await this.attempts.lockedForSeconds(key);
      if (wait > 0) throw new TooManyAttempts(wait);
    }
    const user = await this.users.findByEmail(email.trim());
    const ok = await this.hasher.verify(password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !ok) {
      const { login_max_failures, login_window, login_lockout } = this.config.auth;
      for (const key of keys)
        await this.attempts.recordFailure(key, login_max_failures, login_window, login_lockout);
      throw new UnauthorizedException('wrong e-mail or password');
    }
    await this.attempts.reset(keys[0]!);
    const { password_hash: _, ...publicUser } = user;
    return this.issue(publicUser, meta);
  }

  async authenticate(token: string): Promise<(PublicUser & { session_id: string }) | null> {
    if (!/^rr_[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
    return this.sessions.findUserByTokenHash(hashToken(token));
  }

  async logout(sessionId: string, userId: string): Promise<void> {
    await this.sessions.revoke(sessionId, userId);
  }

  private async issue(user: PublicUser, meta: SessionMeta): Promise<IssuedSession> {
    const token = `rr_${randomBytes(32).toString('base64url')}`;
    const expires = new Date(Date.now() + this.config.auth.session_ttl);
    await this.sessions.create(user.id, hashToken(token), expires, meta);
    return { user, token, expires_at: expires };
  }
}

export interface SessionMeta {
  ip?: string;
  userAgent?: string;
}

export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed sign-ins; try again in ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}
