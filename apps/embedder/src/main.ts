import { runWorker } from '@app/messaging';
import { SearchEngineModule } from '@app/ml';
import { EmbedderModule } from './embedder.module';

void runWorker('embedder', [SearchEngineModule, EmbedderModule]);
