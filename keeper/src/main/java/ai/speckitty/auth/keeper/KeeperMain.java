package ai.speckitty.auth.keeper;

import ai.speckitty.auth.embedding.SpecKittyAuth;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code keeper}: keeps the session of {@code SPEC_KITTY_HOME} (or {@code ~/.spec-kitty}) for other
 * local tools, answering one command per line on stdin until {@code quit} or end of input; see
 * {@link Keeper} for the protocol.
 */
public final class KeeperMain {
    private KeeperMain() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new Keeper(SpecKittyAuth.builder().appVersion("keeper").build(), out).serve(in);
        out.flush();
    }
}
