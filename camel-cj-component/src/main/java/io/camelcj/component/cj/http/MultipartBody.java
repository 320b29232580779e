package io.camelcj.component.cj.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Builds a multipart/form-data body (text fields and file parts) in memory; waybill files are small. */
public final class MultipartBody {

    private final String boundary = "cj-" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public MultipartBody field(String name, String value) {
        write("--" + boundary + "\r\n");
        write("Content-Disposition: form-data; name=\"" + escape(name) + "\"\r\n");
        write("Content-Type: text/plain; charset=UTF-8\r\n\r\n");
        write(value);
        write("\r\n");
        return this;
    }

    public MultipartBody file(String name, String fileName, byte[] content) {
        write("--" + boundary + "\r\n");
        write("Content-Disposition: form-data; name=\"" + escape(name) + "\"; filename=\"" + escape(fileName) + "\"\r\n");
        write("Content-Type: " + contentTypeOf(fileName) + "\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** The Content-Type header value, including the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The finished body; call once after all parts are added. */
    public byte[] toBytes() {
        write("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    static String contentTypeOf(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        if (f.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (f.endsWith(".png")) {
            return "image/png";
        }
        if (f.endsWith(".jpg") || f.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    private static String escape(String s) {
        return s.replace("\"", "%22").replace("\r", "").replace("\n", "");
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
