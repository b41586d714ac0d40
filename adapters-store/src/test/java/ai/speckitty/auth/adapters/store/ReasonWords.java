package ai.speckitty.auth.adapters.store;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzz property that a reason never quotes the file: every run of token characters (RFC 6750)
 * of eight or more in a reason must be one of the words the store's own messages use, so a value
 * that looks like a token, wherever it sits in the input, can never reach a message.
 */
final class ReasonWords {
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9._~+/-]{8,}=*");
    /** A Java exception or error type named by its simple name (parser failures are reported so). */
    private static final Pattern THROWABLE_TYPE = Pattern.compile("[A-Z][A-Za-z]*(Error|Exception)");
    private static final Set<String> MESSAGE_WORDS = Set.of(
            "schema_version", "access_expires_at", "refresh_expires_at", "generation", "auth_method",
            "issued_at", "last_used_at", "is_private_teamspace", "default_team_id", "server_url",
            "ISO-8601", "timestamp", "characters", "terminated", "position", "loopback", "negative",
            "1048576");

    private ReasonWords() {
    }

    /** The first token-like run in {@code reason} that is not a message word, or null when there is none. */
    static String quotedInput(String reason, String location) {
        Matcher m = TOKEN_LIKE.matcher(reason.replace(location, ""));
        while (m.find()) {
            String word = m.group();
            if (!MESSAGE_WORDS.contains(word) && !THROWABLE_TYPE.matcher(word).matches()) {
                return word;
            }
        }
        return null;
    }
}
