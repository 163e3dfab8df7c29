/** The exit codes, in one place: the runs return them and main passes them on. */
export const EXIT_OK = 0;
/** --check: some input would change. */
export const EXIT_WOULD_CHANGE = 1;
/** A usage error, or an input that could not be used. */
export const EXIT_USAGE = 2;
/** Ctrl-C during a review, as a shell reports SIGINT. */
export const EXIT_INTERRUPTED = 130;
