package ai.speckitty.auth.adapters.http.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads answer bodies: unknown fields ignored, anything that is not the expected JSON is simply
 * empty (the caller reports a malformed answer; Jackson's message, which may quote a token, is
 * dropped). A DTO that cannot be bound at all is a bug and fails loudly.
 */
public final class Json {
    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The body as {@code type}, or empty when it is not a JSON object of that shape. */
    public <T> Optional<T> read(byte[] body, Class<T> type) {
        Optional<JsonNode> tree = tree(body);
        if (tree.isEmpty() || !tree.get().isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.treeToValue(tree.get(), type));
        } catch (InvalidDefinitionException e) {
            // Our DTO cannot be bound at all (e.g. a missing `opens`): a bug, not a server answer.
            throw new IllegalStateException("cannot bind " + type.getSimpleName() + " (" + e.getClass().getSimpleName() + ")");
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The body as a JSON tree, or empty when it is not JSON. */
    public Optional<JsonNode> tree(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The mapper, for Feign's JSON request encoder. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
