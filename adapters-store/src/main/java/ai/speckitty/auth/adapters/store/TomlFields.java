package ai.speckitty.auth.adapters.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Typed access to one table of a parsed file; a value of the wrong type stops the read with a
 * {@link BadField} naming the key and its position, never the value.
 */
final class TomlFields {
    private final TomlTable table;
    private final String prefix;

    TomlFields(TomlTable table, String name) {
        this.table = table;
        this.prefix = name.isEmpty() ? "" : "[" + name + "] ";
    }

    /** A table that is absent reads as empty. */
    static TomlFields of(TomlTable root, String name) {
        Object value = root.get(List.of(name));
        if (value == null) {
            return new TomlFields(root.getTableOrEmpty(List.of(name)), name);
        }
        if (!(value instanceof TomlTable table)) {
            throw new BadField(name + " is not a table (" + TomlDocument.where(root.inputPositionOf(List.of(name))) + ")");
        }
        return new TomlFields(table, name);
    }

    boolean has(String key) {
        return table.get(List.of(key)) != null;
    }

    Optional<String> string(String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw wrongType(key, "a string");
        }
        return Optional.of(text);
    }

    OptionalLong integer(String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return OptionalLong.empty();
        }
        if (!(value instanceof Long number)) {
            throw wrongType(key, "an integer");
        }
        return OptionalLong.of(number);
    }

    Optional<Boolean> bool(String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            throw wrongType(key, "true or false");
        }
        return Optional.of(flag);
    }

    /** A timestamp; an empty string counts as absent (as older writers left it). */
    Optional<Instant> instant(String key) {
        Object value = table.get(List.of(key));
        if (value == null || "".equals(value)) {
            return Optional.empty();
        }
        return Optional.of(Timestamps.fromTomlValue(value).orElseThrow(() -> wrongType(key, "an ISO-8601 timestamp")));
    }

    /** An array of tables such as {@code [[teams]]}; absent reads as empty. */
    static List<TomlFields> tables(TomlTable root, String name) {
        Object value = root.get(List.of(name));
        if (value == null) {
            return List.of();
        }
        TomlPosition position = root.inputPositionOf(List.of(name));
        BadField notTables = new BadField(name + " is not an array of tables (" + TomlDocument.where(position) + ")");
        if (!(value instanceof TomlArray array)) {
            throw notTables;
        }
        List<TomlFields> tables = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof TomlTable table)) {
                throw notTables;
            }
            tables.add(new TomlFields(table, name + " #" + (i + 1)));
        }
        return tables;
    }

    BadField problem(String key, String what) {
        return new BadField(prefix + key + " " + what + " (" + TomlDocument.where(table.inputPositionOf(List.of(key))) + ")");
    }

    private BadField wrongType(String key, String expected) {
        return problem(key, "is not " + expected);
    }

    /** A value that cannot be part of a session; the message names key and position only. */
    static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadField(String reason) {
            super(reason, null, false, false);
        }
    }
}
