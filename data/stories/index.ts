/**
 * The stories bundled with the extension. Every `*.json` file in this folder must be listed
 * here (a test checks it). They are validated at build time (scripts/story-build-check.ts runs
 * before every build and fails it on any problem), so nothing is parsed or checked at run time.
 */
import type { Story } from '../schema';
import istanbulTalks2025 from './istanbul-talks-2025.json';

// The cast is safe because the build refuses invalid files; JSON imports are typed loosely
// (string instead of the schema's literal unions), hence the detour through unknown.
export const bundledStories: readonly Story[] = [istanbulTalks2025 as unknown as Story];
