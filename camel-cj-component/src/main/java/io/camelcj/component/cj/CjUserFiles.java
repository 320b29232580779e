package io.camelcj.component.cj;

import java.nio.file.Path;

/**
 * Where camel-cj keeps its files by default: the directory named by the system property {@value #HOME_PROPERTY},
 * else a per-user directory, {@code ~/.camel-cj} (both read when asked, so a test or a service account can point
 * it elsewhere), never the working directory. Every default file location comes from here; an option that names a
 * file or directory overrides it. The build's tests set {@value #HOME_PROPERTY} to a directory under
 * {@code target}, so they never share files through the user's home.
 */
public final class CjUserFiles {

    /** System property naming camel-cj's directory instead of {@code ~/.camel-cj}. */
    public static final String HOME_PROPERTY = "camel.cj.home";

    private CjUserFiles() {
    }

    /** {@code ${camel.cj.home}} when set, else {@code ${user.home}/.camel-cj}. */
    public static Path directory() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("neither camel.cj.home nor user.home is set: configure the file"
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
