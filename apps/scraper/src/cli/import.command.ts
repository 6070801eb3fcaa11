import { JobScrapedV1 } from '@app/contracts';
import { loadConfig } from '@app/config';
import { createDataSource, ScrapeTasksRepository } from '@app/db';
import { EventPublisher, NatsClient } from '@app/messaging';
import { getParser } from '@app/scraping';
import type { ParsedArgs } from './cli-args';
import { parseOptions, readBody } from './parse.command';

/**
 * `import`: the jobs of a saved page go into the running pipeline as a scrape task would send
 * them (a task row, then jobs.job.scraped.v1 per job). For a board that blocks the scraper:
 * save the page in your own browser and import it. Prints {"task_id", "jobs"} as one JSON line.
 */
export async function runImport(args: ParsedArgs, write: (line: string) => void): Promise<number> {
  const opts = parseOptions(args);
  const jobs = getParser(opts.source).parse(readBody(opts.file), {
    url: opts.url,
    scrapedAt: opts.scrapedAt,
  });
  const config = loadConfig();
  const ds = await createDataSource(
    { ...config.database.postgres, pool_size: 2 },
    { applicationName: 'scrape-import' },
  ).initialize();
  const client = await NatsClient.connect({
    url: config.nats.url,
    name: 'scrape-import',
    prefix: config.nats.prefix,
  });
  try {
    const tasks = new ScrapeTasksRepository(ds);
    const taskId = await tasks.create(ds, null, { keywords: '', import_file: opts.file }, [opts.source]);
    await tasks.start(taskId);
    const publisher = new EventPublisher(client);
    const scrapedAt = opts.scrapedAt.toISOString();
    for (const job of jobs)
      await publisher.publish(JobScrapedV1, { task_id: taskId, scraped_at: scrapedAt, job });
    await tasks.sourceDone(taskId, opts.source, {
      status: 'ok',
      jobs_found: jobs.length,
      finished_at: new Date().toISOString(),
    });
    await tasks.finish(taskId, 'completed', null);
    write(`${JSON.stringify({ task_id: taskId, source: opts.source, jobs: jobs.length })}\n`);
    return 0;
  } finally {
    await client.close();
    await ds.destroy();
  }
}
