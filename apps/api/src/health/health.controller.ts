import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/public.decorator';
import { READINESS_CHECKS, runChecks, type ReadinessCheck } from './readiness';

@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  /** Liveness: the process answers. */
  @Get()
  live() {
    return { status: 'ok', uptime_s: Math.round(process.uptime()) };
  }

  /** Readiness: every dependency named with its state; 503 when a critical one is not ok. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const result = await runChecks(this.checks);
    void reply.status(result.status === 'ready' ? 200 : 503);
    return result;
  }
}
