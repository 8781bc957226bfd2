/**
 * Only the search pages run Pagefind's WebAssembly; the other pages keep the
 * plain script-src 'self'. Called by the search routes themselves: a
 * component renders too late to change its page's policy.
 */
export function allowPagefind(csp: { insertScriptResource(resource: string): void } | undefined): void {
  csp?.insertScriptResource("'self'");
  csp?.insertScriptResource("'wasm-unsafe-eval'");
}
