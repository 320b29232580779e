package io.camelcj.component.cj.throttle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The window of a CJ quota ({@code quotaType} of {@code setting/get}), and when a used-up quota resets.
 * The reference gives two codings: the operation's own table (0 total, 1 per year, 2 per quarter,
 * 3 per month, 4 per day, 5 per hour) and the field list of section 2.2 (… 2 per year, 3 per quarter);
 * the operation's table is followed. Windows are taken in China time (UTC+8), CJ's business time.
 */
public enum QuotaWindow {
    /** A quota that never resets; the block is lifted daily to find out whether CJ raised it. */
    TOTAL,
    YEAR,
    QUARTER,
    MONTH,
    DAY,
    HOUR;

    /** CJ's business day is assumed to follow China time. */
    public static final ZoneId CJ_ZONE = ZoneId.of("Asia/Shanghai");

    /** The window of a {@code quotaType} code, empty for a code the reference does not list. */
    public static Optional<QuotaWindow> ofQuotaType(int quotaType) {
        return quotaType >= 0 && quotaType < values().length ? Optional.of(values()[quotaType]) : Optional.empty();
    }

    /** The first instant after {@code now} at which a quota of this window starts afresh. */
    public Instant nextReset(Instant now) {
        ZonedDateTime t = now.atZone(CJ_ZONE);
        LocalDate day = t.toLocalDate();
        ZonedDateTime next = switch (this) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            case DAY, TOTAL -> day.plusDays(1).atStartOfDay(CJ_ZONE);
            case MONTH -> day.with(TemporalAdjusters.firstDayOfNextMonth()).atStartOfDay(CJ_ZONE);
            case QUARTER -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3)
                    .atStartOfDay(CJ_ZONE);
            case YEAR -> day.with(TemporalAdjusters.firstDayOfNextYear()).atStartOfDay(CJ_ZONE);
        };
        return next.toInstant();
    }
}
