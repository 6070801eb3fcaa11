import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compress from '@fastify/compress';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DynamicModule, Type } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { createLogger, logContext, PinoNestLogger, type Logger } from '@app/logging';
import { ApiModule } from './api.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { TokenBucketLimiter } from './common/rate-limiter';
import { createValidationPipe } from './common/validation.pipe';
import { httpMetrics } from './metrics/http-metrics';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const UNLIMITED = /^\/(api\/health|metrics)(\/|$|\?)/;

/** Builds the API app with all of the seed's middleware; the caller decides when to listen. */
export async function createApiApp(
  config: AppConfig,
  logger?: Logger,
  features: Array<Type | DynamicModule> = [],
): Promise<NestFastifyApplication> {
  const log = logger ?? createLogger({ service: 'api', level: config.logging.level });
  const adapter = new FastifyAdapter({
    bodyLimit: config.server.body_limit,
    trustProxy: config.server.trust_proxy,
    connectionTimeout: config.server.read_timeout,
    requestTimeout: config.server.write_timeout,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.register({ config, logger: log, features }),
    adapter,
    {
      logger: new PinoNestLogger(log),
      bufferLogs: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(compress, { threshold: 1024 });
  app.enableCors({
    origin: config.cors.allowed_origins,
    methods: config.cors.allowed_methods,
    allowedHeaders: config.cors.allowed_headers.includes('*') ? undefined : config.cors.allowed_headers,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: config.cors.max_age,
    credentials: true,
  });
  const limiter = new TokenBucketLimiter(config.rate_limit.requests_per_minute, config.rate_limit.burst);
  const histogram = httpMetrics();
  fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    logContext.enter({ requestId: String(req.id) });
    void reply.header('X-Request-Id', String(req.id));
    if (!config.rate_limit.enabled || UNLIMITED.test(req.url) || req.method === 'OPTIONS') return;
    const auth = req.headers.authorization;
    const key = auth ? `t:${auth.slice(-16)}` : `ip:${req.ip}`;
    const wait = limiter.take(key);
    if (wait > 0) {
      void reply.header('Retry-After', String(wait));
      await reply.status(429).send({
        statusCode: 429,
        error: 'too many requests',
        message: `rate limit of ${config.rate_limit.requests_per_minute}/min exceeded; retry in ${wait} s`,
        requestId: String(req.id),
      });
    }
  });
  fastify.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    const route = req.routeOptions?.url ?? 'unmatched';
    histogram.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    log.info(
      {
        method: req.method,
        url: req.url,
        route,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        userId: (req as FastifyRequest & { user?: { id: string } }).user?.id,
      },
      'request',
    );
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter(log));
  app.enableShutdownHooks();
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Resume RAG API')
      .setDescription('Self-hostable job-search copilot')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
