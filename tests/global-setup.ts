import { rmSync } from 'node:fs';
import { buildsDir } from './helpers/astro';

/** Runs once before any test file: the sites earlier test runs built are removed. */
export default function setup(): void {
  rmSync(buildsDir, { recursive: true, force: true });
}
