package ai.speckitty.auth.embedding;

/** The environment names something unusable (a proxy, a CA bundle); the message is safe to print as is. */
public final class SetupProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SetupProblem(String message) {
        super(message);
    }
}
