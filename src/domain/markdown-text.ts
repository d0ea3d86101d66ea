/** User text in a Markdown file (the canvas's export, a comparison's). Pure. */

/** Keeps a user's text as text: characters Markdown would read as formatting are escaped. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
      // Bare addresses would become links in many renderers: break the scheme and the "www.".
      .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
      .replace(/\bwww\./gi, 'www\\.')
      .split('\n')
      .map((line) =>
        line
          // Block markers at the start of a line: headings, bullets, numbered items, rules.
          .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
          .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
          .replace(/^(\s*)(=+|-{3,})\s*$/, '$1\\$2'),
      )
      .join('\n')
  );
}
