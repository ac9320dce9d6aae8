/**
 * What report text must not send to a terminal: C0 controls other than tab
 * and line feed (ESC starts colour, cursor and title sequences; CR overwrites
 * a line), DEL, C1 controls (CSI, OSC as single characters), and the bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069) that reorder
 * what is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/** text from a report (or a file name) made safe to print: each such character becomes a visible escape, e.g. \x1b or \u202e */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** what JSON.stringify leaves raw of the above (it escapes C0 itself): DEL, C1 and the bidi controls */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text made safe to print, losslessly: the characters JSON.stringify
 * leaves raw become \u escapes, which parse back to the same string. (Outside
 * strings JSON has only ASCII, so every match is inside a string.)
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
