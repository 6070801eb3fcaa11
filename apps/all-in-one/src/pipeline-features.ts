import type { DynamicModule, Type } from '@nestjs/common';
import { SearchEngineModule } from '@app/ml';
import { DedupModule } from '../../dedup/src/dedup.module';
import { EmbedderModule } from '../../embedder/src/embedder.module';
import { MatcherModule } from '../../matcher/src/matcher.module';
import { NormalizerModule } from '../../normalizer/src/normalizer.module';
import { ScraperModule } from '../../scraper/src/scraper.module';
import { SchedulerModule } from '../../scheduler/src/scheduler.module';

/**
 * The consumer modules the all-in-one process boots beside the API. Without usable model files
 * the ML parts (search engine, embedder) stay off and readiness says why; the rest still runs.
 */
export function pipelineFeatures(modelsOk: boolean): Array<Type | DynamicModule> {
  const always = [ScraperModule, DedupModule, NormalizerModule, MatcherModule, SchedulerModule];
  return modelsOk ? [SearchEngineModule, EmbedderModule, ...always] : always;
}
