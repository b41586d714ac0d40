package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.port.Browser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens the login URL in the user's browser (SPEC §4.6): the {@code BROWSER} command when set,
 * else the platform's opener ({@code xdg-open}, {@code open}, {@code rundll32}).
 *
 * <p>{@code BROWSER} is split on whitespace into command words and run directly, never through a
 * shell, so nothing in the URL or the value is interpreted: a word containing {@code %s} gets the
 * URL in its place, and without any {@code %s} the URL is added as the one last argument. A
 * command path containing spaces therefore cannot be named in {@code BROWSER}. An empty or blank
 * variable counts as unset.
 */
public final class SystemBrowser implements Browser {
    /** How long a launcher may take to fail; one still running after that counts as launched. */
    static final long LAUNCH_WAIT_MILLIS = 2_000;

    private static final List<String> NO_BROWSER_OVER_SSH = List.of("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY");

    private enum Platform { LINUX, MAC, WINDOWS, OTHER_UNIX }

    private final Map<String, String> env;
    private final Platform platform;

    /** {@code env} is the process environment; {@code osName} is {@code System.getProperty("os.name")}. */
    public SystemBrowser(Map<String, String> env, String osName) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.platform = platform(Objects.requireNonNull(osName, "osName"));
    }

    /** {@code BROWSER} wins; else an SSH session (the browser would open on the far side), else Linux without a display. */
    @Override
    public Optional<Unavailable> whyUnavailable() {
        if (isSet("BROWSER")) {
            return Optional.empty();
        }
        if (NO_BROWSER_OVER_SSH.stream().anyMatch(this::isSet)) {
            return Optional.of(Unavailable.SSH_SESSION);
        }
        boolean display = platform != Platform.LINUX || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
        return display ? Optional.empty() : Optional.of(Unavailable.NO_DISPLAY);
    }

    @Override
    public boolean open(String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return false;
        }
        Process process;
        try {
            process = new ProcessBuilder(command(url))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException cannotStart) {
            return false;
        }
        closeInput(process);
        try {
            return !process.waitFor(LAUNCH_WAIT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() == 0;
        } catch (InterruptedException e) {
            // Started, and the user is cancelling: the waiting that follows sees the interrupt.
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The child reads nothing from us; an open pipe would only let a launcher wait on it. */
    private static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyGone) {
            // The launcher exited already; its exit value tells the rest.
        }
    }

    /** The command words that open {@code url} here. */
    List<String> command(String url) {
        if (isSet("BROWSER")) {
            return browserCommand(env.get("BROWSER").strip().split("\\s+"), url);
        }
        return switch (platform) {
            case MAC -> List.of("open", url);
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", url);
            case LINUX, OTHER_UNIX -> List.of("xdg-open", url);
        };
    }

    private static List<String> browserCommand(String[] words, String url) {
        List<String> command = new ArrayList<>(words.length + 1);
        boolean placed = false;
        for (String word : words) {
            placed |= word.contains("%s");
            command.add(word.replace("%s", url));
        }
        if (!placed) {
            command.add(url);
        }
        return command;
    }

    private boolean isSet(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    private static Platform platform(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return Platform.LINUX;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Platform.MAC;
        }
        return os.startsWith("windows") ? Platform.WINDOWS : Platform.OTHER_UNIX;
    }
}
