import { Module } from '@nestjs/common';
import { ScrapeTasksRepository } from '@app/db';
import { ImportUrlController } from './import-url.controller';
import { ImportUrlService } from './import-url.service';

@Module({ controllers: [ImportUrlController], providers: [ImportUrlService, ScrapeTasksRepository] })
export class ImportUrlModule {}
