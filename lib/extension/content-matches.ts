/**
 * The pages Backstory reads: every http(s) page, where news lives. Shared by the content script's
 * `matches` and the manifest's `host_permissions`, so the extension never asks for more access
 * than the content script uses.
 */
export const CONTENT_MATCHES: string[] = ['http://*/*', 'https://*/*'];
