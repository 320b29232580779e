package io.camelcj.simulator;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns an index into an id that looks like a live CJ id (an upper-case UUID or a 19-digit number) and back,
 * without storing a table: the index is scrambled by a seeded bijection on 40 bits and embedded in the id.
 */
final class IdCodec {

    private static final long MASK40 = (1L << 40) - 1;
    private static final long MUL = 0x9E3779B97F4A7C15L;
    private static final long MUL_INV = inverse(MUL);
    private static final long NUMERIC_BASE = 1_400_000_000_000_000_000L;
    private static final long NUMERIC_SPREAD = 65_537L;
    private static final Pattern DIGITS19 = Pattern.compile("\\d{19}");
    private static final Pattern UUID_FORM = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private final long k1;
    private final long k2;
    private final long salt;

    IdCodec(long seed, long purpose) {
        this.salt = mix(seed * 31 + purpose);
        this.k1 = mix(salt + 1) & MASK40;
        this.k2 = mix(salt + 2) & MASK40;
    }

    /** Numeric ids for about a third of the indexes, UUIDs for the rest (both occur on the live API). */
    boolean numeric(long index) {
        return Math.floorMod(mix(salt ^ index), 3) == 0;
    }

    String encode(long index) {
        long scrambled = ((((index ^ k1) & MASK40) * MUL) + k2) & MASK40;
        if (numeric(index)) {
            return Long.toString(NUMERIC_BASE + scrambled * NUMERIC_SPREAD + Math.floorMod(mix(salt + index), NUMERIC_SPREAD));
        }
        long hi = mix(salt * 7 + index);
        long lo = (mix(salt * 13 + index) & ~MASK40) | scrambled;
        return new UUID(hi, lo).toString().toUpperCase(Locale.ROOT);
    }

    /** The index of the id, or -1 if the id was not made by this codec. */
    long decode(String id) {
        if (id == null) {
            return -1;
        }
        long scrambled;
        if (DIGITS19.matcher(id).matches()) {
            long v;
            try {
                v = Long.parseLong(id) - NUMERIC_BASE;
            } catch (NumberFormatException e) {
                return -1; // 19 digits beyond Long.MAX_VALUE
            }
            if (v < 0) {
                return -1;
            }
            scrambled = v / NUMERIC_SPREAD;
        } else if (UUID_FORM.matcher(id).matches()) {
            scrambled = UUID.fromString(id).getLeastSignificantBits() & MASK40;
        } else {
            return -1;
        }
        long index = ((((scrambled - k2) & MASK40) * MUL_INV) & MASK40) ^ k1;
        return encode(index).equalsIgnoreCase(id) ? index : -1;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
