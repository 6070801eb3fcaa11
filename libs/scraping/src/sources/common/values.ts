import { PermanentError } from '@app/contracts';
import type { SourceName } from '../../types';

/** Small readers for untyped JSON: every parser reads foreign data through these. */
export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function rec(value: unknown): Json {
  return isRecord(value) ? value : {};
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A trimmed non-empty string, or null. Numbers are turned into strings (ids). */
export function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

/** Follows a dotted path ("data.jobSearch.results") through records. */
export function at(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const key of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

export function looksLikeHtml(body: string): boolean {
  return /^\s*(<!doctype|<html|<head|<body|<div|<script|<\?xml)/i.test(body);
}

/** JSON.parse with a clear PermanentError naming the source and what arrived instead. */
export function parseJson(body: string, source: SourceName): unknown {
  const trimmed = body.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new PermanentError(`${source}: empty body`);
  if (looksLikeHtml(trimmed)) throw new PermanentError(`${source}: expected JSON but the body is HTML`);
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (err) {
    throw new PermanentError(`${source}: body is not valid JSON (${(err as Error).message})`);
  }
}

export function shapeError(source: SourceName, expected: string): PermanentError {
  return new PermanentError(`${source}: unrecognised response shape (expected ${expected})`);
}

/** Resolves a possibly relative link against the page URL or the board's origin. */
export function absoluteUrl(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return null;
  }
}

/** The first path segment of a URL ("https://jobs.lever.co/spotify/…" → "spotify"). */
export function firstPathSegment(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const seg = new URL(url).pathname.split('/').filter(Boolean)[0];
    return seg ? decodeURIComponent(seg) : null;
  } catch {
    return null;
  }
}
