import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthedUser } from '../common/public.decorator';
import { ImportUrlDto } from './dto/import-url.dto';
import { ImportUrlService } from './import-url.service';

@ApiTags('scrape')
@ApiBearerAuth()
@Controller('api/job-list/import-url')
export class ImportUrlController {
  constructor(@Inject(ImportUrlService) private readonly service: ImportUrlService) {}

  /** Import the job(s) on one page by URL (public addresses only). */
  @Post()
  import(@CurrentUser() user: AuthedUser, @Body() body: ImportUrlDto) {
    return this.service.import(user.id, body);
  }
}
