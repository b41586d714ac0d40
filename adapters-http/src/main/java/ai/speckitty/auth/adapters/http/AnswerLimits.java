package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.WireSyntax;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What the strings of a server answer may look like beyond the tokens, codes and ids of
 * {@code WireSyntax}: a length limit for each string we keep, and the shape of the few that are
 * used as more than text (scope, verification URIs). Display strings (names, email) keep their
 * characters; the CLI neutralises control characters when it prints them.
 */
final class AnswerLimits {
    /** A user id or team id. */
    static final int MAX_ID = 256;
    /** RFC 5321 caps an address at 254; a little slack for servers that do not. */
    static final int MAX_EMAIL = 320;
    /** A user or team name. */
    static final int MAX_NAME = 256;
    static final int MAX_ROLE = 64;
    static final int MAX_TEAMS = 1000;
    static final int MAX_SCOPE = 1024;
    /** An ISO-8601 time is about 30 characters. */
    static final int MAX_TIME = 64;
    static final int MAX_URI = 2048;
    /** Ten years: a token lifetime beyond it is nonsense, and far beyond it overflows a date. */
    static final long MAX_LIFETIME_SECONDS = 315_360_000L;
    /** A device code is meant to be typed within minutes; a day is generous. */
    static final long MAX_DEVICE_SECONDS = 86_400L;

    private AnswerLimits() {}

    /** Present and no longer than {@code max} characters. */
    /** Why a session id was refused, completing a sentence that starts with the field's name. */
    static final String NOT_A_SESSION_ID = " is not a session id (visible ASCII, at most "
            + WireSyntax.MAX_SESSION_ID_LENGTH + " characters)";
    /** Why a verification URI was refused, completing a sentence that starts with the field's name. */
    static final String NOT_AN_HTTPS_URL = " is not an https URL (at most " + MAX_URI + " characters)";

    static boolean fits(String value, int max) {
        return value.length() <= max;
    }

    /** RFC 6749 §3.3: scope tokens of visible ASCII but {@code "} and {@code \}, separated by spaces. */
    static boolean isScope(String value) {
        if (value.length() > MAX_SCOPE) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && (c < 0x21 || c > 0x7e || c == '"' || c == '\\')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A page the user is sent to: visible ASCII (no control, bidi or space character can reach the
     * terminal through it), absolute, and https, or http to a host the one plain-http rule
     * ({@link ServerUrl#allowsPlainHttpTo}) allows.
     */
    static boolean isVerificationUri(String value) {
        if (value.isEmpty() || value.length() > MAX_URI || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return host != null && (scheme.equals("https") || (scheme.equals("http") && ServerUrl.allowsPlainHttpTo(host)));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
