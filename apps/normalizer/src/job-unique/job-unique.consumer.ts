import { Inject, Injectable } from '@nestjs/common';
import { JobUniqueV1, PIPELINE_CONSUMERS, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { JobUniqueService } from './job-unique.service';

@Injectable()
export class JobUniqueConsumer {
  constructor(@Inject(JobUniqueService) private readonly service: JobUniqueService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.normalizer, JobUniqueV1)
  async onJobUnique(payload: PayloadOf<typeof JobUniqueV1>, ctx: HandlerContext): Promise<void> {
    await this.service.normalize(payload, ctx);
  }
}
