/** Build hook: throws when any story file is invalid. Filled in by the story data issue. */
export function assertStoriesValid(): void {}
