package io.camelcj.component.cj.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body but never more than a limit, so a huge or endless body cannot exhaust memory. */
final class BoundedBodyReader {

    /** Thrown when the body is longer than the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    private BoundedBodyReader() {
    }

    /**
     * @param declaredLength the Content-Length, or a negative number when unknown (chunked)
     */
    static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            throw new TooLargeException(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 1024);
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > limit) {
                throw new TooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
