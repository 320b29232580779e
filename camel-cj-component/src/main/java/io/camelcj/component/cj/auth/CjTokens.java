package io.camelcj.component.cj.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * The tokens of one CJ account. Tokens are ~560 characters long (the reference's "200" is wrong): store
 * them whole, never in a 255-character column. {@link #toString()} shows only their lengths.
 *
 * @param accessToken        the {@code CJ-Access-Token}; required
 * @param accessTokenExpiry  from the response's {@code accessTokenExpiryDate}; required, never assumed
 * @param refreshToken       may be null (then only getAccessToken can renew)
 * @param refreshTokenExpiry from {@code refreshTokenExpiryDate}; null when unknown (then CJ decides, 1600003)
 * @param obtainedAt         when CJ issued them ({@code createDate}) or when they were received; may be null
 */
public record CjTokens(String accessToken, Instant accessTokenExpiry, String refreshToken,
                       Instant refreshTokenExpiry, Instant obtainedAt) {

    public CjTokens {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
        Objects.requireNonNull(accessTokenExpiry, "accessTokenExpiry");
    }

    /**
     * Reads the {@code data} object of a getAccessToken or refreshAccessToken answer: {@code accessToken},
     * {@code accessTokenExpiryDate}, {@code refreshToken}, {@code refreshTokenExpiryDate}, {@code createDate}.
     * Dates may be ISO-8601 with an offset ({@code 2021-08-18T09:16:33+08:00}) or epoch milliseconds.
     *
     * @param receivedAt used as {@link #obtainedAt()} when the answer has no {@code createDate}
     * @throws IllegalArgumentException naming the field when {@code accessToken} or its expiry is missing
     *                                  or a date cannot be read (the value is not shown: it sits next to secrets)
     */
    public static CjTokens fromAuthData(Map<String, ?> data, Instant receivedAt) {
        Objects.requireNonNull(data, "data");
        Object access = data.get("accessToken");
        if (!(access instanceof String) || ((String) access).isBlank()) {
            throw new IllegalArgumentException("token answer has no accessToken");
        }
        Instant accessExpiry = date(data, "accessTokenExpiryDate");
        if (accessExpiry == null) {
            throw new IllegalArgumentException("token answer has no accessTokenExpiryDate");
        }
        Object refresh = data.get("refreshToken");
        Instant created = date(data, "createDate");
        return new CjTokens((String) access, accessExpiry,
                refresh instanceof String && !((String) refresh).isBlank() ? (String) refresh : null,
                date(data, "refreshTokenExpiryDate"), created != null ? created : receivedAt);
    }

    private static Instant date(Map<String, ?> data, String field) {
        Object value = data.get(field);
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            return null;
        }
        if (value instanceof Number) {
            return Instant.ofEpochMilli(((Number) value).longValue());
        }
        String text = value.toString().trim();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("token answer has an unreadable " + field
                    + " (expected ISO-8601 with offset or epoch milliseconds)", e);
        }
    }

    /** Whether the access token is still within its lifetime at {@code now}. */
    public boolean isAccessTokenValidAt(Instant now) {
        return now.isBefore(accessTokenExpiry);
    }

    /** Whether there is a refresh token that is not known to be expired at {@code now}. */
    public boolean hasRefreshTokenValidAt(Instant now) {
        return refreshToken != null && !refreshToken.isBlank()
                && (refreshTokenExpiry == null || now.isBefore(refreshTokenExpiry));
    }

    @Override
    public String toString() {
        return "CjTokens[accessToken=" + mask(accessToken) + ", accessTokenExpiry=" + accessTokenExpiry
                + ", refreshToken=" + mask(refreshToken) + ", refreshTokenExpiry=" + refreshTokenExpiry
                + ", obtainedAt=" + obtainedAt + "]";
    }

    private static String mask(String token) {
        return token == null ? "null" : "<" + token.length() + " chars>";
    }

    /** The later-expiring of two token sets (either may be null). */
    static CjTokens newest(CjTokens a, CjTokens b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.accessTokenExpiry().isAfter(a.accessTokenExpiry()) ? b : a;
    }
}
