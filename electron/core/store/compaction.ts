import type * as Fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { applyJsonPatches, type JsonPatch } from './patches';

export interface CompactJob {
  /** The snapshot (the store's JSON document) to bring up to date. */
  snapshot: string;
  /** Its folder, fsynced after the rename. */
  dir: string;
  /** Sealed journal segments, oldest first. */
  segments: string[];
  /** When given, the new snapshot is sealed for this schema (see snapshot-seal.ts). */
  schemaId?: string;
}

/** An incremental SHA-1 (node:crypto's Hash), fed the snapshot's bytes as they are written. */
export interface Sha1 {
  update(bytes: Uint8Array): unknown;
  digest(encoding: 'hex'): string;
}

export interface CompactResult {
  /** The seq of the last change now in the snapshot (its `journalSeq`). */
  journalSeq: number;
  /** Lines applied from the segments (those not already in the snapshot). */
  applied: number;
  bytes: number;
  /** Time spent in the worker. */
  ms: number;
}

/**
 * Reads the snapshot and the sealed segments, applies the lines newer than the snapshot's
 * `journalSeq`, and writes the result atomically and durably (temporary file, fsync, rename, folder
 * fsync). Runs inside the worker, so it is self-contained: everything it uses comes in as an
 * argument (it is sent to the worker as source text).
 */
export function compactFiles(
  fs: typeof Fs,
  apply: (doc: unknown, patches: readonly JsonPatch[]) => unknown,
  job: CompactJob,
  newSha1?: () => Sha1,
): CompactResult {
  const started = performance.now();
  let doc = JSON.parse(fs.readFileSync(job.snapshot, 'utf8').replace(/^\uFEFF/, '')) as Record<
    string,
    unknown
  >;
  const from = doc['journalSeq'];
  let seq = typeof from === 'number' && Number.isSafeInteger(from) && from > 0 ? from : 0;
  let applied = 0;
  for (const file of job.segments) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const entry = JSON.parse(line) as { seq: number; patches: JsonPatch[] };
      if (entry.seq <= seq) continue;
      if (entry.seq !== seq + 1) throw new Error(`journal gap after change ${seq} (${file})`);
      doc = apply(doc, entry.patches) as Record<string, unknown>;
      seq = entry.seq;
      applied++;
    }
  }
  doc['journalSeq'] = seq;
  const hash = job.schemaId && newSha1 ? newSha1() : undefined;
  let bytes = 0;
  const tmp = `${job.snapshot}.${process.pid}.compact.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      // The text of JSON.stringify(doc) and a newline, written in parts of about 1 MB: at 30,000
      // contacts the whole text is a 110 MB string (two bytes a character once one name has an
      // accent), and it was made twice (the newline appended) beside its 57 MB of UTF-8.
      let parts: string[] = [];
      let length = 0;
      const flush = () => {
        const data = Buffer.from(parts.join(''));
        parts = [];
        length = 0;
        let written = 0;
        while (written < data.length) written += fs.writeSync(fd, data, written);
        hash?.update(data);
        bytes += data.length;
      };
      const put = (text: string) => {
        parts.push(text);
        length += text.length;
        if (length >= 1_000_000) flush();
      };
      // Same keys in the same order as JSON.stringify; the top-level arrays (the records) item by item.
      const textOf = (value: unknown): string | undefined => JSON.stringify(value);
      let first = true;
      put('{');
      for (const [key, value] of Object.entries(doc)) {
        if (Array.isArray(value)) {
          put(`${first ? '' : ','}${JSON.stringify(key)}:[`);
          value.forEach((item: unknown, i) => put(`${i ? ',' : ''}${textOf(item) ?? 'null'}`));
          put(']');
        } else {
          const text = textOf(value);
          if (text === undefined) continue;
          put(`${first ? '' : ','}${JSON.stringify(key)}:${text}`);
        }
        first = false;
      }
      put('}\n');
      flush();
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, job.snapshot);
  } catch (error) {
    // A full disk must not also keep a half-written copy of the data: remove it, then fail.
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: start-up removes stale temporary files.
    }
    throw error;
  }
  if (process.platform !== 'win32') {
    const dirFd = fs.openSync(job.dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  }
  // The seal comes after the snapshot is durable: until then the old seal does not match it.
  if (job.schemaId && hash) {
    const sealTmp = `${job.snapshot}.seal.tmp`;
    try {
      fs.writeFileSync(sealTmp, `${job.schemaId}:${hash.digest('hex')}`, { mode: 0o600 });
      fs.renameSync(sealTmp, `${job.snapshot}.seal`);
    } catch {
      // Losing the seal only costs one full validation at the next start (the snapshot is durable).
      try {
        fs.rmSync(sealTmp, { force: true });
      } catch {
        // Removed at the next start.
      }
    }
  }
  return { journalSeq: seq, applied, bytes, ms: performance.now() - started };
}

/**
 * The worker's program, built from the two functions' source text: no separate bundle entry, no
 * file to find next to the bundle (or inside an asar archive), and the same code in Vitest, the
 * browser host and the Electron main process. Only Node built-ins are required inside it.
 */
const WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const newSha1 = () => crypto.createHash('sha1');
const applyJsonPatches = (${applyJsonPatches.toString()});
const compactFiles = (${compactFiles.toString()});
try {
  parentPort.postMessage({ ok: true, result: compactFiles(fs, applyJsonPatches, workerData, newSha1) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error), code: error && error.code });
}
`;

/** Runs `compactFiles` in a worker thread; the main thread only waits for its message. */
export function compactInWorker(job: CompactJob): Promise<CompactResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job });
    worker.once(
      'message',
      (
        message:
          { ok: true; result: CompactResult } | { ok: false; message: string; code?: string },
      ) => {
        settled = true;
        if (message.ok) resolve(message.result);
        else {
          // The errno code travels with it, so a full disk is told as one.
          reject(
            Object.assign(new Error(`compaction failed: ${message.message}`), {
              code: message.code,
            }),
          );
        }
      },
    );
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the compaction worker exited with code ${code}`));
    });
  });
}
