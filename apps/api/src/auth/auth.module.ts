import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LoginAttemptsRepository, SessionsRepository, UsersRepository } from '@app/db';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    UsersRepository,
    SessionsRepository,
    LoginAttemptsRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
