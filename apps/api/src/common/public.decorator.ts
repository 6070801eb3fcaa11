import {
  createParamDecorator,
  SetMetadata,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import type { PublicUser } from '@app/db';

export const IS_PUBLIC = Symbol('IS_PUBLIC');
/** Marks a route that needs no session (health, register, login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export interface AuthedUser extends PublicUser {
  session_id: string;
}

/** The signed-in user; the auth guard has already rejected requests without one. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthedUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthedUser }>().user;
  if (!user) throw new UnauthorizedException('sign in first');
  return user;
});
