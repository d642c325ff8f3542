/**
 * The session's random number generator for Get-Random: seeded from crypto by default, or by
 * -SetSeed (then repeatable within tenantsh, though not the same numbers as .NET's Random).
 */
import { randomInt } from 'node:crypto';
import type { Runtime } from '../../../runtime/Runtime.js';

const SERVICE = 'get-random-generator';

export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A double in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

export function sessionRandom(rt: Runtime, seed: number | undefined): SeededRandom {
  if (seed !== undefined) {
    const seeded = new SeededRandom(seed);
    rt.services.set(SERVICE, seeded);
    return seeded;
  }
  const existing = rt.services.get(SERVICE);
  if (existing instanceof SeededRandom) return existing;
  const fresh = new SeededRandom(randomInt(0, 2 ** 32 - 1));
  rt.services.set(SERVICE, fresh);
  return fresh;
}
