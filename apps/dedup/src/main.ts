import { runWorker } from '@app/messaging';
import { DedupModule } from './dedup.module';

void runWorker('dedup', [DedupModule]);
