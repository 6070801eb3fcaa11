import { Inject, Injectable } from '@nestjs/common';
import { PIPELINE_CONSUMERS, ScrapeRequestedV1, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { ScrapeRequestedService } from './scrape-requested.service';

@Injectable()
export class ScrapeRequestedConsumer {
  constructor(@Inject(ScrapeRequestedService) private readonly service: ScrapeRequestedService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.scraper, ScrapeRequestedV1)
  async onScrapeRequested(payload: PayloadOf<typeof ScrapeRequestedV1>, ctx: HandlerContext): Promise<void> {
    await this.service.run(payload, ctx);
  }
}
