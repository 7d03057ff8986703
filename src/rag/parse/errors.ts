/** A file that cannot be read as its kind (corrupted, empty of text, over a limit): it fails at once, without retries. */
export class UnreadableDocument extends Error {}
