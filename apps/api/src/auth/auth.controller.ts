import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Public, type AuthedUser } from '../common/public.decorator';
import { AuthService, TooManyAttempts, type SessionMeta } from './auth.service';
import { LoginDto, RegisterDto } from './dto/auth.dto';

const meta = (req: FastifyRequest): SessionMeta => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  async register(@Body() body: RegisterDto, @Req() req: FastifyRequest) {
    return this.auth.register(body.email, body.password, body.display_name, meta(req));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    try {
      return await this.auth.login(body.email, body.password, meta(req));
    } catch (e) {
      if (e instanceof TooManyAttempts) void reply.header('Retry-After', String(e.retryAfterSeconds));
      throw e;
    }
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthedUser): Promise<void> {
    await this.auth.logout(user.session_id, user.id);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthedUser) {
    const { session_id: _, ...publicUser } = user;
    return publicUser;
  }
}
