import { Inject, Injectable } from '@nestjs/common';
import { JobIndexedV1, PIPELINE_CONSUMERS, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { JobIndexedService } from './job-indexed.service';

@Injectable()
export class JobIndexedConsumer {
  constructor(@Inject(JobIndexedService) private readonly service: JobIndexedService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.jobMatcher, JobIndexedV1)
  async onJobIndexed(payload: PayloadOf<typeof JobIndexedV1>, ctx: HandlerContext): Promise<void> {
    await this.service.match(payload, ctx);
  }
}
