// picomatch is tinyglobby's own matcher (installed with it); it ships no
// types, and only this much of it is used.
declare module 'picomatch' {
  function picomatch(
    glob: string,
    options?: { dot?: boolean; windows?: boolean },
  ): (path: string) => boolean;
  namespace picomatch {
    /** Throws on an unclosed bracket, brace or parenthesis with `strictBrackets`. */
    function makeRe(glob: string, options?: { strictBrackets?: boolean }): RegExp;
  }
  export = picomatch;
}
