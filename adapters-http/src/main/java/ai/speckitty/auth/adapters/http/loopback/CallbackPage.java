package ai.speckitty.auth.adapters.http.loopback;

import java.util.Optional;

/** The small HTML pages the browser shows after the redirect; every piece of text is escaped. */
final class CallbackPage {
    /** Longest piece of server-supplied text echoed back; enough for any real error description. */
    private static final int ECHO_LIMIT = 300;
    private static final String RETURN_TO_TERMINAL = "Return to the terminal for what to do next.";

    private CallbackPage() {}

    static String signedIn() {
        return page("Login complete", "You are signed in to spec-kitty. You can close this window and return to the terminal.");
    }

    /** The server redirected with an OAuth error; a denial gets its own title. */
    static String serverError(String error, Optional<String> description) {
        String said = description.map(d -> clip(error) + ": " + clip(d)).orElse(clip(error));
        String title = "access_denied".equals(error) ? "Login denied" : "Login failed";
        return page(title, "The server answered: " + said, RETURN_TO_TERMINAL);
    }

    static String unusableCode() {
        return page("Login failed", "The server sent an authorization code that cannot be used, so the login stopped.",
                RETURN_TO_TERMINAL);
    }

    static String unexpected() {
        return page("Login error", "Something went wrong while reading this response.", RETURN_TO_TERMINAL);
    }

    static String wrongState() {
        return page("Login response rejected",
                "This response does not belong to the login waiting in your terminal (its state does not match), so it was ignored.",
                "If you started another login, finish that one; the terminal is still waiting.");
    }

    static String incomplete() {
        return page("Login response rejected", "The response carried neither an authorization code nor an error.",
                "The terminal is still waiting.");
    }

    static String malformed() {
        return page("Bad request", "The callback address could not be read (a bad escape or a repeated parameter), so it was ignored.",
                "The terminal is still waiting.");
    }

    static String alreadyComplete() {
        return page("Login already complete", "This login has already finished. You can close this window and return to the terminal.");
    }

    static String noLongerWaiting() {
        return page("Login no longer waiting", "The terminal stopped waiting for this login. Run `spec-kitty auth login` again.");
    }

    static String notFound() {
        return page("Not found", "Nothing here.");
    }

    static String methodNotAllowed() {
        return page("Method not allowed", "Only GET is answered here.");
    }

    private static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder(512)
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>spec-kitty: ")
                .append(escape(title))
                .append("</title></head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String clip(String text) {
        if (text.length() <= ECHO_LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
        return text.substring(0, end) + "…";
    }
}
