import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthedUser } from '../common/public.decorator';
import { CreateScrapeDto } from './dto/create-scrape.dto';
import { ScrapeService } from './scrape.service';

@ApiTags('scrape')
@ApiBearerAuth()
@Controller('api/job-list')
export class ScrapeController {
  constructor(@Inject(ScrapeService) private readonly service: ScrapeService) {}

  @Post('scrape')
  @HttpCode(202)
  create(@CurrentUser() user: AuthedUser, @Body() body: CreateScrapeDto) {
    return this.service.create(user.id, body);
  }

  @Get('scrape/status/:id')
  status(@CurrentUser() user: AuthedUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.status(user.id, id);
  }

  /** Per-source health: last success, last error, block reason, jobs found. */
  @Get('sources/health')
  async health() {
    return { sources: await this.service.sourceHealth() };
  }
}
