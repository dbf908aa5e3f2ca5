/**
 * Names made unique in order of use: `name`, else the first of `name 2`,
 * `name 3` … (as `numbered` spells them) not yet taken. Each base remembers
 * where its count stopped, so 20,000 names that share a base take linear
 * time rather than 20,000 probes each; a number another name already took
 * is still skipped. The result is the same as probing from 2 every time.
 */
export function uniqueNames(
  numbered: (base: string, n: number) => string,
): (base: string) => string {
  const used = new Set<string>();
  const nextNumber = new Map<string, number>();
  return (base) => {
    let name = base;
    if (used.has(name)) {
      let n = nextNumber.get(base) ?? 2;
      name = numbered(base, n);
      while (used.has(name)) name = numbered(base, ++n);
      nextNumber.set(base, n + 1);
    }
    used.add(name);
    return name;
  };
}
