package io.camelcj.component.cj;

import java.nio.file.Path;

/**
 * Where camel-cj keeps its files by default: a per-user directory, {@code ~/.camel-cj} ({@code user.home} read
 * when asked, so a test or a service account can point it elsewhere), never the working directory. Every default
 * file location comes from here; an option that names a file or directory overrides it.
 */
public final class CjUserFiles {

    private CjUserFiles() {
    }

    /** {@code ${user.home}/.camel-cj}. */
    public static Path directory() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("the system property user.home is not set: configure the file"
                    + " locations of camel-cj explicitly");
        }
        return Path.of(home, ".camel-cj");
    }

    /** The default directory of a {@code FileTokenStore}: {@code ~/.camel-cj/tokens}. */
    public static Path tokenDirectory() {
        return directory().resolve("tokens");
    }

    /** The default file of the {@code cj:webhook} message ids: {@code ~/.camel-cj/webhook-message-ids.dat}. */
    public static Path webhookMessageIds() {
        return directory().resolve("webhook-message-ids.dat");
    }
}
