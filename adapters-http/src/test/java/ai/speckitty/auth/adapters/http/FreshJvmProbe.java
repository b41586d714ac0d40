package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.HashMap;
import java.util.Map;

/**
 * Run by {@link FreshJvmTest} in a new JVM without surefire's system properties: one refresh
 * through the factory, exactly as the CLI would do it, printing the outcome.
 * Arguments: the server base URL, then environment entries as {@code NAME=value}.
 */
public final class FreshJvmProbe {
    private FreshJvmProbe() {}

    public static void main(String[] args) {
        Map<String, String> env = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            env.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        System.out.println(FeignAuthServers.create(env, null).at(new ServerUrl(args[0])).refresh(new RefreshToken("rt-fresh-jvm")));
    }
}
