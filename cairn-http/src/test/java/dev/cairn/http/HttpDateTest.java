package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpDateTest {
    private static final Instant NOV_1994 = Instant.parse("1994-11-06T08:49:37Z");
    private static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of(NOV_1994, "Sun, 06 Nov 1994 08:49:37 GMT"),
                Arguments.of(Instant.EPOCH, "Thu, 01 Jan 1970 00:00:00 GMT"),
                Arguments.of(Instant.parse("1994-11-06T08:49:37.999Z"), "Sun, 06 Nov 1994 08:49:37 GMT"),
                Arguments.of(Instant.parse("2000-02-29T23:59:59Z"), "Tue, 29 Feb 2000 23:59:59 GMT"),
                Arguments.of(Instant.parse("1969-12-31T23:59:59Z"), "Wed, 31 Dec 1969 23:59:59 GMT"),
                Arguments.of(Instant.parse("0001-01-01T00:00:00Z"), "Mon, 01 Jan 0001 00:00:00 GMT"),
                Arguments.of(Instant.parse("9999-12-31T23:59:59Z"), "Fri, 31 Dec 9999 23:59:59 GMT"),
                Arguments.of(Instant.parse("2038-01-19T03:14:08Z"), "Tue, 19 Jan 2038 03:14:08 GMT"));
    }

    @ParameterizedTest
    @MethodSource("formatted")
    void instantIsFormattedAsImfFixdate(Instant instant, String expected) {
        assertEquals(expected, HttpDate.format(instant));
    }

    @Test
    void formattingMatchesTheJdkRfc1123FormatterOverManyInstants() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US)
                .withZone(ZoneOffset.UTC);
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L));
            assertEquals(jdk.format(t), HttpDate.format(t), t.toString());
        }
    }

    @Test
    void formattingTheSameSecondTwiceGivesTheSameText() {
        assertEquals(HttpDate.format(NOV_1994), HttpDate.format(NOV_1994.plusMillis(500)));
        assertEquals("Sun, 06 Nov 1994 08:49:38 GMT", HttpDate.format(NOV_1994.plusSeconds(1)));
    }

    @Test
    void yearsBeyondFourDigitsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HttpDate.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals("An HTTP date holds the years 0000 to 9999; +10000-01-01T00:00:00Z is outside them",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HttpDate.format(Instant.parse("-0001-12-31T23:59:59Z")));
        assertThrows(IllegalArgumentException.class, () -> HttpDate.format(Instant.MAX));
    }

    static Stream<Arguments> parsed() {
        return Stream.of(
                Arguments.of("Sun, 06 Nov 1994 08:49:37 GMT", NOV_1994),
                Arguments.of("Sunday, 06-Nov-94 08:49:37 GMT", NOV_1994),
                Arguments.of("Sun Nov  6 08:49:37 1994", NOV_1994),
                Arguments.of("Sun Nov 06 08:49:37 1994", NOV_1994),
                Arguments.of("Thu, 01 Jan 1970 00:00:00 GMT", Instant.EPOCH),
                Arguments.of("Tue, 29 Feb 2000 12:00:00 GMT", Instant.parse("2000-02-29T12:00:00Z")),
                Arguments.of("Wednesday, 31-Dec-25 23:59:59 GMT", Instant.parse("2025-12-31T23:59:59Z")),
                Arguments.of("Mon Dec 31 23:59:59 2001", Instant.parse("2001-12-31T23:59:59Z")),
                Arguments.of("Sat, 31 Dec 2016 23:59:60 GMT", Instant.parse("2017-01-01T00:00:00Z")),
                Arguments.of("Mon, 06 Nov 1994 08:49:37 GMT", NOV_1994));
    }

    @ParameterizedTest
    @MethodSource("parsed")
    void eachOfTheThreeFormsIsParsed(String text, Instant expected) {
        assertEquals(expected, HttpDate.parse(text, IN_2025));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("", "empty"),
                Arguments.of("yesterday", "not a date"),
                Arguments.of("Sun, 06 Nov 1994 08:49:37 UTC", "only GMT"),
                Arguments.of("Sun, 06 Nov 1994 08:49:37 gmt", "GMT is case-sensitive"),
                Arguments.of("sun, 06 Nov 1994 08:49:37 GMT", "day names are case-sensitive"),
                Arguments.of("Sun, 06 nov 1994 08:49:37 GMT", "month names are case-sensitive"),
                Arguments.of("Xyz, 06 Nov 1994 08:49:37 GMT", "no such day"),
                Arguments.of("Sun, 06 Foo 1994 08:49:37 GMT", "no such month"),
                Arguments.of("Sun, 6 Nov 1994 08:49:37 GMT", "day must be two digits"),
                Arguments.of("Sun,  06 Nov 1994 08:49:37 GMT", "one space only"),
                Arguments.of(" Sun, 06 Nov 1994 08:49:37 GMT", "no leading space"),
                Arguments.of("Sun, 06 Nov 1994 08:49:37 GMT ", "no trailing space"),
                Arguments.of("Sun, 06 Nov 94 08:49:37 GMT", "four-digit year in IMF-fixdate"),
                Arguments.of("Sun, 06 Nov 1994 8:49:37 GMT", "two-digit hour"),
                Arguments.of("Sun, 06 Nov 1994 08-49-37 GMT", "colons in the time"),
                Arguments.of("Sun, 06 Nov 1994 24:00:00 GMT", "hour 24"),
                Arguments.of("Sun, 06 Nov 1994 08:60:00 GMT", "minute 60"),
                Arguments.of("Sun, 06 Nov 1994 08:49:61 GMT", "second 61"),
                Arguments.of("Sun, 00 Nov 1994 08:49:37 GMT", "day 0"),
                Arguments.of("Sun, 31 Nov 1994 08:49:37 GMT", "30 days in November"),
                Arguments.of("Sun, 29 Feb 1900 08:49:37 GMT", "1900 is no leap year"),
                Arguments.of("Sun, 0a Nov 1994 08:49:37 GMT", "non-digit day"),
                Arguments.of("Sun, 06 Nov +994 08:49:37 GMT", "sign in the year"),
                Arguments.of("Sun, 06-Nov-94 08:49:37 GMT", "RFC 850 needs the long day name"),
                Arguments.of("Sunday, 06 Nov 1994 08:49:37 GMT", "long day name with IMF layout"),
                Arguments.of("Sunday, 06-Nov-1994 08:49:37 GMT", "RFC 850 has a two-digit year"),
                Arguments.of("Sunday 06-Nov-94 08:49:37 GMT", "RFC 850 needs the comma"),
                Arguments.of("Sunday, 06-Nov-94 08:49:37 UTC", "RFC 850 needs GMT"),
                Arguments.of("Sunday, 06-Nov-9x 08:49:37 GMT", "RFC 850 year digits"),
                Arguments.of("Sun Nov 6 08:49:37 1994", "asctime pads the day with a space"),
                Arguments.of("Sun Nov  6 08:49:37 94", "asctime has a four-digit year"),
                Arguments.of("Sun Nov  6 08:49:37 1994 GMT", "asctime has no zone"),
                Arguments.of("Sun Nov 0x 08:49:37 1994", "asctime day digits"),
                Arguments.of("1994-11-06T08:49:37Z", "ISO 8601 is not an HTTP date"),
                Arguments.of("784111777", "delta-seconds are not a date"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidDateIsNullNotAnError(String text, String why) {
        assertNull(HttpDate.parse(text, IN_2025), why);
    }

    @Test
    void nullIsNull() {
        assertNull(HttpDate.parse(null));
    }

    static Stream<Arguments> twoDigitYears() {
        return Stream.of(
                Arguments.of(2025, 25, 2025),
                Arguments.of(2025, 75, 2075),
                Arguments.of(2025, 76, 1976),
                Arguments.of(2025, 94, 1994),
                Arguments.of(2025, 0, 2000),
                Arguments.of(2025, 99, 1999),
                Arguments.of(2099, 1, 2101),
                Arguments.of(2099, 49, 2149),
                Arguments.of(2099, 50, 2050),
                Arguments.of(2000, 50, 2050),
                Arguments.of(2000, 51, 1951),
                Arguments.of(1970, 20, 2020),
                Arguments.of(1970, 21, 1921));
    }

    @ParameterizedTest
    @MethodSource("twoDigitYears")
    void twoDigitYearMoreThanFiftyYearsAheadMeansThePreviousCentury(int now, int twoDigits, int expected) {
        assertEquals(expected, HttpDate.fullYear(twoDigits, now));
    }

    @Test
    void rfc850YearFollowsTheClock() {
        Clock in1990 = Clock.fixed(Instant.parse("1990-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), HttpDate.parse("Tuesday, 01-Jan-30 00:00:00 GMT",
                in1990));
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), HttpDate.parse("Tuesday, 01-Jan-30 00:00:00 GMT",
                IN_2025));
        assertEquals(Instant.parse("1976-01-01T00:00:00Z"), HttpDate.parse("Thursday, 01-Jan-76 00:00:00 GMT",
                IN_2025));
    }

    @Test
    void formatThenParseRoundTripsToTheSecond() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            assertEquals(t.getEpochSecond(), HttpDate.parse(HttpDate.format(t)).getEpochSecond(), t.toString());
        }
    }

    @Test
    void theThreeFormsOfOneInstantParseAlike() {
        ZonedDateTime t = ZonedDateTime.parse("2011-03-04T05:06:07Z");
        String imf = HttpDate.format(t.toInstant());
        String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", java.util.Locale.US).format(t);
        String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.US).format(t);
        assertEquals("Friday, 04-Mar-11 05:06:07 GMT", rfc850);
        assertEquals("Fri Mar  4 05:06:07 2011", asctime);
        assertEquals(t.toInstant(), HttpDate.parse(imf, IN_2025));
        assertEquals(t.toInstant(), HttpDate.parse(rfc850, IN_2025));
        assertEquals(t.toInstant(), HttpDate.parse(asctime, IN_2025));
    }

    static Stream<Arguments> everyMonthAndWeekday() {
        Stream.Builder<Arguments> cases = Stream.builder();
        // The first of each month of 2024 and the seven days of one week cover every name in all three forms
        for (int m = 1; m <= 12; m++) {
            cases.add(Arguments.of(ZonedDateTime.of(2024, m, 1, 12, 0, 0, 0, ZoneOffset.UTC)));
        }
        for (int d = 2; d <= 8; d++) {
            cases.add(Arguments.of(ZonedDateTime.of(2024, 12, d, 0, 0, 1, 0, ZoneOffset.UTC)));
        }
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("everyMonthAndWeekday")
    void everyMonthAndDayNameIsReadInEachForm(ZonedDateTime t) {
        java.util.Locale us = java.util.Locale.US;
        String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", us).format(t);
        String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", us).format(t);
        assertEquals(t.toInstant(), HttpDate.parse(HttpDate.format(t.toInstant()), IN_2025));
        assertEquals(t.toInstant(), HttpDate.parse(rfc850, IN_2025));
        assertEquals(t.toInstant(), HttpDate.parse(asctime, IN_2025));
    }
}
