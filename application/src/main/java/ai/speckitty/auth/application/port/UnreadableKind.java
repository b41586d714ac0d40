package ai.speckitty.auth.application.port;

/** What stands at the credentials path when it cannot be read, which decides the remedy. */
public enum UnreadableKind {
    /** A regular file that does not parse, is too large or holds bad values: login --force sets it aside. */
    DAMAGED_FILE,
    /** A directory, FIFO, socket, device or symbolic link: nothing sets it aside; the user removes it. */
    NOT_A_REGULAR_FILE
}
