package io.camelcj.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal multipart/form-data parser (enough for the waybill uploads). */
final class Multipart {

    record Part(String name, String filename, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private Multipart() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/form-data");
    }

    static Map<String, Part> parse(String contentType, byte[] body) {
        Matcher bm = BOUNDARY.matcher(contentType);
        if (!bm.find()) {
            throw new CjError(16900203, "Content type not supported[" + contentType + "]");
        }
        byte[] delimiter = ("--" + bm.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start = skipLineBreak(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headerEnd < 0 || headerEnd > next) {
                break;
            }
            String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
            int contentStart = headerEnd + 4;
            int contentEnd = next - 2; // the CRLF before the delimiter
            byte[] content = new byte[Math.max(0, contentEnd - contentStart)];
            System.arraycopy(body, contentStart, content, 0, content.length);
            Matcher nm = NAME.matcher(headers);
            if (nm.find()) {
                Matcher fm = FILENAME.matcher(headers);
                String ct = null;
                for (String line : headers.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-type:")) {
                        ct = line.substring("content-type:".length()).trim();
                    }
                }
                parts.put(nm.group(1), new Part(nm.group(1), fm.find() ? fm.group(1) : null, ct, content));
            }
            pos = next;
        }
        return parts;
    }

    private static int skipLineBreak(byte[] b, int i) {
        if (i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n') {
            return i + 2;
        }
        return i;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
