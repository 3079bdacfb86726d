package dev.cairn.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Formats and parses HTTP dates (RFC 9110 §5.6.7): {@code Date}, {@code Last-Modified}, {@code If-Modified-Since},
 * {@code Expires}, {@code Retry-After} and cookie {@code Expires}.
 *
 * <p>
 * {@link #format(Instant)} writes the preferred IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}, by hand into
 * 29 bytes and remembers the last second it formatted, because a server stamps a {@code Date} on every response.
 *
 * <p>
 * {@link #parse(String)} accepts the three forms RFC 9110 requires a recipient to read, exactly as its grammar
 * spells them (names case-sensitive, fixed widths, single spaces):
 * <ul>
 * <li>IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}</li>
 * <li>obsolete RFC 850: {@code Sunday, 06-Nov-94 08:49:37 GMT}, its two-digit year read as the year within fifty
 * years of now ({@link #parse(String, Clock)})</li>
 * <li>ANSI C asctime: {@code Sun Nov  6 08:49:37 1994}</li>
 * </ul>
 * It returns null for anything else rather than throwing, because RFC 9110 §13.1.3 says an invalid
 * {@code If-Modified-Since} is ignored, not answered with an error; the caller treats null as "no date". The
 * weekday must be a real day name but is not checked against the date, as no RFC asks a recipient to. A leap
 * second ({@code :60}) is read as the first second of the next minute.
 */
public final class HttpDate {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final int SECONDS_PER_DAY = 24 * 60 * 60;
    /** The range a four-digit year holds: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
    private static final long MIN_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long MAX_SECOND = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY - 1;

    /** The last date formatted; a race only costs formatting the same second twice. */
    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    private record Formatted(long epochSecond, String text) {}

    private HttpDate() {}

    /**
     * Formats an instant as an IMF-fixdate in GMT, dropping any fraction of a second:
     * {@code Sun, 06 Nov 1994 08:49:37 GMT}.
     *
     * @throws IllegalArgumentException if the year falls outside 0000–9999, which the four-digit year cannot hold
     */
    public static String format(Instant instant) {
        long second = instant.getEpochSecond();
        Formatted cached = last;
        if (cached.epochSecond() == second) {
            return cached.text();
        }
        String text = formatSecond(second);
        last = new Formatted(second, text);
        return text;
    }

    private static String formatSecond(long epochSecond) {
        if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
            throw new IllegalArgumentException("An HTTP date holds the years 0000 to 9999; "
                    + Instant.ofEpochSecond(epochSecond) + " is outside them");
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        byte[] b = new byte[29];
        put(b, 0, DAYS[date.getDayOfWeek().ordinal()]);
        b[3] = ',';
        b[4] = ' ';
        put2(b, 5, date.getDayOfMonth());
        b[7] = ' ';
        put(b, 8, MONTHS[date.getMonthValue() - 1]);
        b[11] = ' ';
        put2(b, 12, date.getYear() / 100);
        put2(b, 14, date.getYear() % 100);
        b[16] = ' ';
        put2(b, 17, secondOfDay / 3600);
        b[19] = ':';
        put2(b, 20, secondOfDay / 60 % 60);
        b[22] = ':';
        put2(b, 23, secondOfDay % 60);
        put(b, 25, " GMT");
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void put(byte[] b, int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[at + i] = (byte) ascii.charAt(i);
        }
    }

    private static void put2(byte[] b, int at, int value) {
        b[at] = (byte) ('0' + value / 10);
        b[at + 1] = (byte) ('0' + value % 10);
    }

    /** Parses an HTTP date in any of its three forms, or returns null when the text is not one. */
    public static Instant parse(String text) {
        return parse(text, Clock.systemUTC());
    }

    /**
     * Parses an HTTP date in any of its three forms, or returns null when the text is not one. The clock says
     * what "now" is for the RFC 850 form's two-digit year, which RFC 9110 §5.6.7 reads as the most recent year
     * with those digits unless that is more than 50 years in the future.
     */
    public static Instant parse(String text, Clock clock) {
        if (text == null) {
            return null;
        }
        return switch (text.length()) {
            case 29 -> parseImfFixdate(text);
            case 24 -> parseAsctime(text);
            default -> parseRfc850(text, clock);
        };
    }

    // > Sun, 06 Nov 1994 08:49:37 GMT
    private static Instant parseImfFixdate(String s) {
        if (dayIndex(DAYS, s, 0, 3) < 0 || !s.startsWith(", ", 3) || s.charAt(7) != ' ' || s.charAt(11) != ' '
                || s.charAt(16) != ' ' || !s.startsWith(" GMT", 25)) {
            return null;
        }
        int day = digits(s, 5, 2);
        int month = monthIndex(s, 8) + 1;
        int year = digits(s, 12, 4);
        return instant(year, month, day, time(s, 17));
    }

    // > Sun Nov  6 08:49:37 1994
    private static Instant parseAsctime(String s) {
        if (dayIndex(DAYS, s, 0, 3) < 0 || s.charAt(3) != ' ' || s.charAt(7) != ' ' || s.charAt(10) != ' '
                || s.charAt(19) != ' ') {
            return null;
        }
        int month = monthIndex(s, 4) + 1;
        int day = s.charAt(8) == ' ' ? digits(s, 9, 1) : digits(s, 8, 2);
        int year = digits(s, 20, 4);
        return instant(year, month, day, time(s, 11));
    }

    // > Sunday, 06-Nov-94 08:49:37 GMT
    private static Instant parseRfc850(String s, Clock clock) {
        int comma = s.indexOf(',');
        if (comma < 0 || dayIndex(LONG_DAYS, s, 0, comma) < 0 || s.length() != comma + 24) {
            return null;
        }
        int at = comma + 2;
        if (s.charAt(comma + 1) != ' ' || s.charAt(at + 2) != '-' || s.charAt(at + 6) != '-'
                || s.charAt(at + 9) != ' ' || !s.startsWith(" GMT", at + 18)) {
            return null;
        }
        int day = digits(s, at, 2);
        int month = monthIndex(s, at + 3) + 1;
        int twoDigits = digits(s, at + 7, 2);
        int year = twoDigits < 0 ? -1 : fullYear(twoDigits, Year.now(clock.withZone(ZoneOffset.UTC)).getValue());
        return instant(year, month, day, time(s, at + 10));
    }

    /** The year ending in these two digits that lies within (now − 50, now + 50] (RFC 9110 §5.6.7). */
    static int fullYear(int twoDigits, int currentYear) {
        int year = currentYear - Math.floorMod(currentYear, 100) + twoDigits;
        if (year > currentYear + 50) {
            return year - 100;
        }
        if (year <= currentYear - 50) {
            return year + 100;
        }
        return year;
    }

    /** Seconds into the day of {@code HH:MM:SS} at {@code s[at]}, or -1 when malformed or out of range. */
    private static int time(String s, int at) {
        int h = digits(s, at, 2);
        int m = digits(s, at + 3, 2);
        int sec = digits(s, at + 6, 2);
        if (s.charAt(at + 2) != ':' || s.charAt(at + 5) != ':' || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0
                || sec > 60) {
            return -1;
        }
        return h * 3600 + m * 60 + sec;
    }

    private static Instant instant(int year, int month, int day, int secondOfDay) {
        if (year < 0 || month < 1 || day < 1 || secondOfDay < 0 || day > LocalDate.of(year, month, 1)
                .lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + secondOfDay);
    }

    /** The value of {@code count} ASCII digits at {@code s[at]}, or -1 when any is not a digit. */
    private static int digits(String s, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int monthIndex(String s, int at) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (s.startsWith(MONTHS[i], at)) {
                return i;
            }
        }
        return -2;
    }

    private static int dayIndex(String[] names, String s, int from, int to) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == to - from && s.startsWith(names[i], from)) {
                return i;
            }
        }
        return -1;
    }
}
