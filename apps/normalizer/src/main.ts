import { runWorker } from '@app/messaging';
import { NormalizerModule } from './normalizer.module';

void runWorker('normalizer', [NormalizerModule]);
