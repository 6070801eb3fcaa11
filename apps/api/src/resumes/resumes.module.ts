import { Module } from '@nestjs/common';
import { ResumesRepository } from '@app/db';
import { ResumesController } from './resumes.controller';
import { ResumesService } from './resumes.service';

@Module({ controllers: [ResumesController], providers: [ResumesService, ResumesRepository] })
export class ResumesModule {}
