/**
 * What a built function reads, from its bundle text: the QYB_* environment variables (property
 * names survive minification) and any collection named by a string literal (the code names them
 * through COLLECTIONS; a literal that is not declared there would meet -502005 in CloudBase).
 */
export function envNamesInBundle(bundle: string): string[] {
  return [...new Set(bundle.match(/\bQYB_[A-Z0-9_]+\b/g) ?? [])].sort();
}

export function literalCollectionsInBundle(bundle: string): string[] {
  const names = new Set<string>();
  for (const match of bundle.matchAll(/\.collection\(\s*(["'`])([^"'`]+)\1\s*\)/g)) names.add(match[2] ?? '');
  return [...names].filter(Boolean).sort();
}
