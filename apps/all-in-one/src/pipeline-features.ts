import type { DynamicModule, Type } from '@nestjs/common';

/** The consumer modules the all-in-one process boots beside the API. */
export const PIPELINE_FEATURES: Array<Type | DynamicModule> = [];
