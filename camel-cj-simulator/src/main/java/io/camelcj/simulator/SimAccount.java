package io.camelcj.simulator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Configuration of one simulated CJ account (one API key). Immutable; the simulator keeps the live state
 * (balance, QPS, tokens) separately and {@link SimAdmin} changes it.
 */
public final class SimAccount {

    private final String apiKey;
    private final long openId;
    private final double qps;
    private final BigDecimal balance;
    private final long dailyLimit;
    private final long pointsPerDay;
    private final String openName;
    private final String openEmail;
    private final boolean sandbox;
    private final long quotaLimit;
    private final int quotaType;
    private final boolean balancePaymentRestricted;

    private SimAccount(Builder b) {
        this.apiKey = b.apiKey;
        this.openId = b.openId;
        this.qps = b.qps;
        this.balance = b.balance;
        this.dailyLimit = b.dailyLimit;
        this.pointsPerDay = b.pointsPerDay;
        this.openName = b.openName;
        this.openEmail = b.openEmail;
        this.sandbox = b.sandbox;
        this.quotaLimit = b.quotaLimit;
        this.quotaType = b.quotaType;
        this.balancePaymentRestricted = b.balancePaymentRestricted;
    }

    public static Builder builder(String apiKey) {
        return new Builder(apiKey);
    }

    /** A stable, non-secret id of an API key (first 16 hex digits of its SHA-256), used in the request log. */
    public static String idOf(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String apiKey() {
        return apiKey;
    }

    public String id() {
        return idOf(apiKey);
    }

    public long openId() {
        return openId;
    }

    public double qps() {
        return qps;
    }

    public BigDecimal balance() {
        return balance;
    }

    /** Requests per (simulated, UTC+8) day; 0 = unlimited. */
    public long dailyLimit() {
        return dailyLimit;
    }

    /** API points per (simulated, UTC+8) day; 0 = no points budget. */
    public long pointsPerDay() {
        return pointsPerDay;
    }

    public String openName() {
        return openName;
    }

    public String openEmail() {
        return openEmail;
    }

    public boolean sandbox() {
        return sandbox;
    }

    /** Requests allowed per quota window (0 = no quota); spent answers 1600201. */
    public long quotaLimit() {
        return quotaLimit;
    }

    /** The quota window as setting/get's quotaType: 0 total, 1 year, 2 quarter, 3 month, 4 day, 5 hour. */
    public int quotaType() {
        return quotaType;
    }

    public boolean balancePaymentRestricted() {
        return balancePaymentRestricted;
    }

    @Override
    public String toString() {
        return "SimAccount[id=" + id() + ", openId=" + openId + ", qps=" + qps + "]";
    }

    public static final class Builder {
        private final String apiKey;
        private long openId;
        private double qps = 1;
        private BigDecimal balance = new BigDecimal("10000.00");
        private long dailyLimit;
        private long pointsPerDay;
        private String openName = "Simulated Account";
        private String openEmail = "sim@example.com";
        private boolean sandbox;
        private long quotaLimit;
        private int quotaType = 4;
        private boolean balancePaymentRestricted;

        private Builder(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.openId = defaultOpenId(apiKey);
        }

        /** "CJ1234567@api@..." gives openId 1234567, as on the live system; other keys get a hash-based id. */
        private static long defaultOpenId(String apiKey) {
            int at = apiKey.indexOf('@');
            if (apiKey.startsWith("CJ") && at > 2) {
                try {
                    return Long.parseLong(apiKey.substring(2, at));
                } catch (NumberFormatException ignored) {
                    // fall through
                }
            }
            return 1_000_000L + Math.floorMod(apiKey.hashCode(), 9_000_000);
        }

        public Builder openId(long openId) {
            this.openId = openId;
            return this;
        }

        /** Queries per second allowed for this account (fractional allowed, e.g. 0.5). */
        public Builder qps(double qps) {
            if (!(qps > 0)) {
                throw new IllegalArgumentException("qps must be > 0");
            }
            this.qps = qps;
            return this;
        }

        public Builder balance(BigDecimal balance) {
            this.balance = Objects.requireNonNull(balance, "balance");
            return this;
        }

        public Builder dailyLimit(long requestsPerDay) {
            this.dailyLimit = requestsPerDay;
            return this;
        }

        public Builder pointsPerDay(long points) {
            this.pointsPerDay = points;
            return this;
        }

        public Builder openName(String openName) {
            this.openName = openName;
            return this;
        }

        public Builder openEmail(String openEmail) {
            this.openEmail = openEmail;
            return this;
        }

        public Builder sandbox(boolean sandbox) {
            this.sandbox = sandbox;
            return this;
        }

        /**
         * A request quota on every operation, as setting/get's quotaLimits shows it: {@code requests} per window
         * {@code quotaType} (0 total, 1 year, 2 quarter, 3 month, 4 day, 5 hour; windows in China time). When it is
         * spent the answer is 1600201 "Quota has been used up" until the window ends.
         */
        public Builder quota(long requests, int quotaType) {
            if (requests < 0 || quotaType < 0 || quotaType > 5) {
                throw new IllegalArgumentException("quota needs requests >= 0 and quotaType 0..5");
            }
            this.quotaLimit = requests;
            this.quotaType = quotaType;
            return this;
        }

        /** true: payment from the balance answers 1604001 (the live "temporarily restricted" state). */
        public Builder balancePaymentRestricted(boolean restricted) {
            this.balancePaymentRestricted = restricted;
            return this;
        }

        public SimAccount build() {
            return new SimAccount(this);
        }
    }
}
