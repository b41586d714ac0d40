package ai.speckitty.auth.sandbox.server;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension the catch-all stub names: it hands each request to the {@link Router} of
 * the sandbox the server serves now. A server outlives its sandboxes when it is pooled, so between
 * two of them the slot is empty and a late request is dropped without touching any model.
 */
final class RouterSlot implements ResponseDefinitionTransformerV2 {

    /** The name the catch-all stub uses to select this transformer. */
    static final String NAME = "spec-kitty-sandbox";

    private volatile Router router;

    void attach(Router serving) {
        router = serving;
    }

    void detach() {
        router = null;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Router serving = router;
        return serving == null
                ? new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build()
                : serving.transform(event);
    }
}
