import { runWorker } from '@app/messaging';
import { SchedulerModule } from './scheduler.module';

void runWorker('scheduler', [SchedulerModule]);
