package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.AuthorizeMode;
import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.SandboxConfig;
import ai.speckitty.auth.sandbox.SyncMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Named settings as text (command line {@code --access-ttl 5}, admin {@code access_ttl=5}), applied
 * to a config builder. Durations are seconds, decimals allowed; {@code refresh-ttl none} means
 * refresh tokens never expire.
 */
public final class ConfigOptions {

    /** Every setting name, in the command line's spelling. */
    public static final List<String> NAMES = List.of(
            "port", "interval", "device-ttl", "pending-polls", "device-mode", "authorize-mode", "sync-mode",
            "access-ttl", "refresh-ttl", "grace", "date-skew", "email", "no-teams", "rejection-status",
            "generation", "refresh-expires-at", "refresh-expires-in", "refresh-expires-at-in-me");

    private ConfigOptions() {
    }

    /** Underscores and dashes are the same; case is ignored. */
    public static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Applies one setting.
     *
     * @throws IllegalArgumentException naming the setting when the name or value is not valid
     */
    public static void apply(SandboxConfig.Builder builder, String rawName, String value) {
        String name = normalise(rawName);
        try {
            switch (name) {
                case "port" -> builder.port(Integer.parseInt(value));
                case "interval" -> builder.deviceInterval(seconds(value));
                case "device-ttl" -> builder.deviceCodeTtl(seconds(value));
                case "pending-polls" -> builder.devicePendingPolls(Integer.parseInt(value));
                case "device-mode" -> builder.deviceMode(enumValue(DeviceMode.class, value));
                case "authorize-mode" -> builder.authorizeMode(enumValue(AuthorizeMode.class, value));
                case "sync-mode" -> builder.syncMode(enumValue(SyncMode.class, value));
                case "access-ttl" -> builder.accessTokenTtl(seconds(value));
                case "refresh-ttl" -> builder.refreshTokenTtl("none".equalsIgnoreCase(value) ? null : seconds(value));
                case "grace" -> builder.replayGraceWindow(seconds(value));
                case "date-skew" -> builder.dateSkew(seconds(value));
                case "email" -> builder.email(value);
                case "no-teams" -> builder.noTeams(bool(value));
                case "rejection-status" -> builder.refreshRejectionStatus(Integer.parseInt(value));
                case "generation" -> builder.generationInRefresh(bool(value));
                case "refresh-expires-at" -> builder.refreshExpiresAtInToken(bool(value));
                case "refresh-expires-in" -> builder.refreshExpiresInInToken(bool(value));
                case "refresh-expires-at-in-me" -> builder.refreshExpiresAtInMe(bool(value));
                default -> throw new IllegalArgumentException("unknown setting " + rawName);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("bad value for " + rawName + ": expected a number");
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("unknown setting")) {
                throw e;
            }
            throw new IllegalArgumentException("bad value for " + rawName + ": " + e.getMessage());
        }
    }

    /** Seconds as a decimal number ({@code 0.5} is 500 ms). */
    public static Duration seconds(String value) {
        BigDecimal nanos = new BigDecimal(value.trim()).movePointRight(9);
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on", "" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    /** {@code slow-down} or {@code SLOW_DOWN} for {@code SLOW_DOWN}. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        String constant = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant)) {
                return candidate;
            }
        }
        List<String> choices = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw new IllegalArgumentException("expected one of " + String.join(", ", choices));
    }
}
