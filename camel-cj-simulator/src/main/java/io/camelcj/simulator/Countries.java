package io.camelcj.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Two-letter country codes of the reference's Appendix 2. */
final class Countries {

    private final Map<String, String> names = new LinkedHashMap<>();

    Countries() {
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length == 2) {
                    names.put(cols[0], cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String code) {
        return code != null && names.containsKey(code.toUpperCase(Locale.ROOT));
    }

    String name(String code) {
        return names.getOrDefault(code == null ? "" : code.toUpperCase(Locale.ROOT), code);
    }
}
