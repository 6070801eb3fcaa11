import { runWorker } from '@app/messaging';
import { MatcherModule } from './matcher.module';

void runWorker('matcher', [MatcherModule]);
