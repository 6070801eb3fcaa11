import { Inject, Injectable } from '@nestjs/common';
import { PIPELINE_CONSUMERS, ResumeUploadedV1, type PayloadOf } from '@app/contracts';
import { ConsumeEvent, type HandlerContext } from '@app/messaging';
import { ResumeUploadedService } from './resume-uploaded.service';

@Injectable()
export class ResumeUploadedConsumer {
  constructor(@Inject(ResumeUploadedService) private readonly service: ResumeUploadedService) {}

  @ConsumeEvent(PIPELINE_CONSUMERS.resumeEmbedder, ResumeUploadedV1)
  async onResumeUploaded(payload: PayloadOf<typeof ResumeUploadedV1>, ctx: HandlerContext): Promise<void> {
    await this.service.index(payload, ctx);
  }
}
