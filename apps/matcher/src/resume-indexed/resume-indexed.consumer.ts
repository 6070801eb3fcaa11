import { Inject, Injectable } from '@nestjs/common';
import { PIPELINE_CONSUMERS, ResumeIndexedV1, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { ResumeIndexedService } from './resume-indexed.service';

@Injectable()
export class ResumeIndexedConsumer {
  constructor(@Inject(ResumeIndexedService) private readonly service: ResumeIndexedService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.resumeMatcher, ResumeIndexedV1)
  async onResumeIndexed(payload: PayloadOf<typeof ResumeIndexedV1>, ctx: HandlerContext): Promise<void> {
    await this.service.match(payload, ctx);
  }
}
