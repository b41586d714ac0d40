package ai.speckitty.auth.sandbox;

import java.io.IOException;

/** Run in a child JVM by {@link ServerPoolTest}: leaves two idle pooled servers behind and returns from main. */
public final class IdlePoolExitProbe {

    private IdlePoolExitProbe() {
    }

    public static void main(String[] args) throws IOException {
        try (Sandbox first = Sandbox.start(); Sandbox second = Sandbox.start()) {
            TestHttp.get(first.url(Sandbox.ME_PATH));
            TestHttp.get(second.url(Sandbox.ME_PATH));
        }
        System.out.println("closed");
    }
}
