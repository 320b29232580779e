package io.camelcj.benchmarks;

import java.util.Locale;

/** Number formatting for the table (fixed English locale, so the file does not change with the machine's locale). */
final class Format {

    private Format() {
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String seconds(long nanos) {
        return number(nanos / 1e9, 1) + " s";
    }
}
