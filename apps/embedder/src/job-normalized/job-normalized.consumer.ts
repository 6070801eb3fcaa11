import { Inject, Injectable } from '@nestjs/common';
import { JobNormalizedV1, PIPELINE_CONSUMERS, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { JobNormalizedService } from './job-normalized.service';

@Injectable()
export class JobNormalizedConsumer {
  constructor(@Inject(JobNormalizedService) private readonly service: JobNormalizedService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.jobEmbedder, JobNormalizedV1)
  async onJobNormalized(payload: PayloadOf<typeof JobNormalizedV1>, ctx: HandlerContext): Promise<void> {
    await this.service.index(payload, ctx);
  }
}
