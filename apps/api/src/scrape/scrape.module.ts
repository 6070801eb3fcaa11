import { Module } from '@nestjs/common';
import { ScrapeTasksRepository } from '@app/db';
import { ScrapeController } from './scrape.controller';
import { ScrapeService } from './scrape.service';

@Module({ controllers: [ScrapeController], providers: [ScrapeService, ScrapeTasksRepository] })
export class ScrapeModule {}
