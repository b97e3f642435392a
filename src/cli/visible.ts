/**
 * Text for a terminal: every character a terminal would act on rather than show is written as a
 * visible \uXXXX escape. That covers the C0 controls (ESC starts the sequences that move the cursor,
 * recolour, retitle the window or clear the screen) except the line feed and tab the output itself
 * uses, DEL and the C1 controls (U+009B is a one-character CSI), the bidirectional overrides and
 * isolates that reorder what is shown, and lone surrogates. Inside JSON output the escape is the
 * JSON escape of the same character, so the printed JSON still parses to the same values.
 */
const ACTED_ON = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function visible(text: string): string {
  return text.replace(ACTED_ON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
