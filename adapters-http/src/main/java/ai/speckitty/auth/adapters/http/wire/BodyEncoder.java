package ai.speckitty.auth.adapters.http.wire;

import feign.RequestTemplate;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link Form} URL-encoded (Feign's {@code @Body} templates would send values raw) and
 * anything else as JSON through the given encoder.
 */
public final class BodyEncoder implements Encoder {
    private final Encoder json;

    public BodyEncoder(Encoder json) {
        this.json = json;
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        if (object instanceof Form form) {
            template.body(form.encoded().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } else {
            json.encode(object, bodyType, template);
        }
    }
}
