/** A stretch of the source text, as UTF-16 offsets (end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A step in a path into the plan: a mapping key or a list index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

interface NodeBase {
  /** Where the parser opened the node (before blank space); used to drop retried reads. */
  readonly open: number;
  /**
   * Where the node's text starts and ends. Kept as two numbers on the node,
   * not a Span object: a large plan has 600,000 nodes.
   */
  readonly start: number;
  readonly end: number;
}

/** The source position of every node of the value, shaped like the value. */
export type SourceNode =
  | (NodeBase & {
      readonly kind: 'map';
      /** Keys and values alternating: key, value, key, value … */
      readonly pairs: readonly SourceNode[];
    })
  | (NodeBase & { readonly kind: 'seq'; readonly items: readonly SourceNode[] })
  /** `value` is what js-yaml read: a key compares as its text (`1` and `"1"` alike). */
  | (NodeBase & { readonly kind: 'scalar'; readonly value: unknown })
  | (NodeBase & { readonly kind: 'alias' })
  | (NodeBase & { readonly kind: 'empty' });
