/**
 * `text` as a string of its own. V8 makes a slice of 13 characters or more a view into the
 * string it was cut from, and a template literal a tree of its parts: a reported edit's context
 * or reason held its round's whole text (a 300 KB section of a long page) for as long as the
 * report was kept. Shorter strings are copies already.
 */
export function ownCopy(text: string): string {
  // Slicing the joined string flattens it into a copy; the slice is a view of that copy alone.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
