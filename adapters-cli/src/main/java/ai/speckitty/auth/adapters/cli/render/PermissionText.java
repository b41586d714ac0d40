package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.storage.PermissionProblem;

/** The one wording of a credentials file or directory that group or others may access (SPEC §3). */
public final class PermissionText {
    private PermissionText() {}

    /** What is too open: a sentence ending in a colon, the path follows. */
    public static String summary(PermissionProblem problem) {
        return "The " + problem.target().noun() + " is accessible by group or others (mode " + problem.mode() + "):";
    }

    /** The command that fixes it, in backticks. */
    public static String remedy(PermissionProblem problem) {
        return "Fix it with `" + problem.remedy() + "`.";
    }

    /**
     * The warning commands print on stderr before going on; the fixing command holds the path, so it
     * has a line of its own too (a long path would push it past 100 columns).
     */
    public static Message warning(PermissionProblem problem) {
        return Message.warning("Warning: " + summary(problem)).path(problem.location())
                .hint("Fix it with:").path("`" + problem.remedy() + "`");
    }
}
