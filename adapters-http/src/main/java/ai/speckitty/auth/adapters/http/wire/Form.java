package ai.speckitty.auth.adapters.http.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body: fields in the order given, each name and
 * value percent-encoded. Its {@code toString()} names the fields, never a value (they are tokens).
 */
public final class Form {
    private final List<Map.Entry<String, String>> fields;

    private Form(List<Map.Entry<String, String>> fields) {
        this.fields = List.copyOf(fields);
    }

    /** A form of alternating names and values: {@code of("grant_type", "refresh_token", ...)}. */
    public static Form of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a form needs a value for every name");
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new Form(fields);
    }

    /** The encoded body, e.g. {@code a=1&b=x%20y}. */
    public String encoded() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(PercentEncoding.encode(field.getKey())).append('=').append(PercentEncoding.encode(field.getValue()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Form" + fields.stream().map(Map.Entry::getKey).toList();
    }
}
