import { runWorker } from '@app/messaging';
import { ScraperModule } from './scraper.module';

void runWorker('scraper', [ScraperModule]);
