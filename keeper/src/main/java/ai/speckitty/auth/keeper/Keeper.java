package ai.speckitty.auth.keeper;

import ai.speckitty.auth.application.doctor.DoctorReport;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.embedding.LoginHandle;
import ai.speckitty.auth.embedding.LoginOptions;
import ai.speckitty.auth.embedding.SessionWatch;
import ai.speckitty.auth.embedding.SpecKittyAuth;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The keeper's line protocol: one command per input line, answers and events one per output line,
 * each starting with its subject. Changes made by any process (a CLI in a terminal) are printed as
 * {@code event ...} lines as they happen. Tokens never appear: only a fingerprint of each.
 *
 * <pre>
 * status                      status signed-in EMAIL | status expired EMAIL | status signed-out | ...
 * token [MIN_SECONDS]         token ready fingerprint=HEX refreshed=BOOL | token failed REASON (0..MAX_MIN_SECONDS)
 * tokens N                    tokens threads=N failures=M distinct_tokens=K refreshed=R (N threads at once, 1..MAX_THREADS)
 * login [--headless] [--force]   login url URL | login code USER_CODE URI | login waiting | login done RESULT
 * cancel                      cancel sent | cancel nothing (no login under way)
 * logout [--force]            logout RESULT
 * doctor                      doctor findings=N critical=BOOL
 * quit                        bye
 * (any time)                  event signed-in|refreshed|signed-out|unreadable EMAIL-or-dash
 * (a bad command)             error unknown-command WORD | error not-a-number WORD | error out-of-range WORD MIN..MAX
 * (a failure)                 error store-failure | error unexpected TYPE (the keeper keeps serving)
 * </pre>
 */
public final class Keeper {
    /** The most threads one {@code tokens} command starts. */
    static final int MAX_THREADS = 256;
    /** The longest minimum validity {@code token} asks for: a day, far beyond any access token. */
    static final long MAX_MIN_SECONDS = 86_400;

    private final SpecKittyAuth auth;
    private final Lines out;
    private LoginHandle login;

    public Keeper(SpecKittyAuth auth, PrintWriter out) {
        this.auth = auth;
        this.out = new Lines(out);
    }

    /** Answers commands until {@code quit} or the end of {@code in}; a login still going is cancelled. */
    public void serve(BufferedReader in) {
        try (SessionWatch watch = auth.watch(change -> out.line("event " + Words.change(change)))) {
            out.line("ready");
            String line;
            while ((line = in.readLine()) != null) {
                List<String> words = Arrays.stream(line.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                if (words.isEmpty()) {
                    continue;
                }
                if (words.get(0).equals("quit")) {
                    break;
                }
                try {
                    answer(words);
                } catch (NumberFormatException notANumber) {
                    out.line("error not-a-number " + words.get(0));
                } catch (OutOfRange range) {
                    out.line("error out-of-range " + words.get(0) + " " + range.getMessage());
                } catch (StoreFailure failure) {
                    out.line("error store-failure");
                } catch (RuntimeException unexpected) {
                    // The protocol's boundary: a client of the keeper gets a line, never a dead keeper.
                    out.line("error unexpected " + unexpected.getClass().getSimpleName());
                }
            }
        } catch (IOException e) {
            out.line("error input " + e.getClass().getSimpleName());
        } finally {
            if (login != null) {
                login.cancel();
            }
            out.line("bye");
        }
    }

    private void answer(List<String> words) {
        List<String> flags = words.subList(1, words.size());
        switch (words.get(0)) {
            case "status" -> out.line("status " + Words.status(auth.status()));
            case "token" -> out.line("token " + token(flags));
            case "tokens" -> out.line("tokens " + TokenRace.run(auth, count(flags)).summary());
            case "login" -> startLogin(flags);
            case "cancel" -> cancel();
            case "logout" -> out.line("logout " + Words.logout(auth.logout(flags.contains("--force"))));
            case "doctor" -> {
                DoctorReport report = auth.doctor();
                out.line("doctor findings=" + report.findings().size() + " critical=" + report.hasCriticalFinding());
            }
            default -> out.line("error unknown-command " + Words.safe(words.get(0)));
        }
    }

    private String token(List<String> flags) {
        Duration minValidity = flags.isEmpty() ? Duration.ZERO : Duration.ofSeconds(number(flags.get(0), 0, MAX_MIN_SECONDS));
        AccessTokenResult result = auth.accessToken(minValidity);
        return Words.token(result);
    }

    private static int count(List<String> flags) {
        return flags.isEmpty() ? 1 : (int) number(flags.get(0), 1, MAX_THREADS);
    }

    private static long number(String word, long min, long max) {
        long value = Long.parseLong(word);
        if (value < min || value > max) {
            throw new OutOfRange(min + ".." + max);
        }
        return value;
    }

    /** A number outside what a command accepts; the message is the range, MIN..MAX. */
    private static final class OutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String range) {
            super(range, null, false, false);
        }
    }

    private void startLogin(List<String> flags) {
        if (login != null && !login.result().isDone()) {
            out.line("login busy");
            return;
        }
        ServerResolution server = auth.server();
        if (server.resolved().isEmpty()) {
            out.line("login done no-server");
            return;
        }
        LoginOptions options = new LoginOptions(flags.contains("--force"), flags.contains("--headless"));
        login = auth.login(server.resolved().get(), options, event -> out.line("login " + Words.loginEvent(event)));
    }

    private void cancel() {
        Optional<LoginHandle> running = Optional.ofNullable(login).filter(handle -> !handle.result().isDone());
        if (running.isEmpty()) {
            out.line("cancel nothing");
            return;
        }
        running.get().cancel();
        out.line("cancel sent");
    }

    /** Whole lines only, from any thread (events arrive on the login and watch threads). */
    private static final class Lines {
        private final PrintWriter out;

        Lines(PrintWriter out) {
            this.out = out;
        }

        synchronized void line(String text) {
            out.println(text);
            out.flush();
        }
    }
}
