import { Inject, Injectable } from '@nestjs/common';
import { JobScrapedV1, PIPELINE_CONSUMERS, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { JobScrapedService } from './job-scraped.service';

@Injectable()
export class JobScrapedConsumer {
  constructor(@Inject(JobScrapedService) private readonly service: JobScrapedService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.dedup, JobScrapedV1)
  async onJobScraped(payload: PayloadOf<typeof JobScrapedV1>, ctx: HandlerContext): Promise<void> {
    await this.service.dedup(payload, ctx);
  }
}
