package dev.cairn.http;

/**
 * Reads the weights of content negotiation (RFC 9110 §12.4.2): the {@code q} parameter of an {@code Accept} or
 * {@code Accept-Encoding} entry, as an integer in thousandths so that comparisons are exact.
 *
 * <p>
 * Both methods work on a region of the header's text and allocate nothing, because {@code Accept-Encoding} is
 * read on every response a compressing middleware sees.
 */
public final class QualityValues {

    /** What a malformed qvalue reads as: the entry it belongs to is ignored, as if it were not listed. */
    public static final int MALFORMED = -1;

    /** The weight of an entry that gives no {@code q}. */
    public static final int FULL = 1000;

    private QualityValues() {}

    /**
     * The weight given by the parameters in {@code value[from, end)}, which starts at the entry's first {@code ;}
     * (or is empty): {@link #FULL} with no {@code q}, the last {@code q} otherwise, {@link #MALFORMED} for a
     * {@code q} that is not a qvalue.
     */
    public static int weight(String value, int from, int end) {
        int weight = FULL;
        int at = from;
        while (at < end) {
            int next = value.indexOf(';', at + 1);
            int paramEnd = next < 0 || next > end ? end : next;
            int a = skipSpace(value, at + 1, paramEnd);
            int b = trimSpace(value, a, paramEnd);
            if (b - a >= 2 && (value.charAt(a) == 'q' || value.charAt(a) == 'Q') && value.charAt(a + 1) == '=') {
                weight = qvalue(value, a + 2, b);
                if (weight == MALFORMED) {
                    return MALFORMED;
                }
            }
            at = paramEnd;
        }
        return weight;
    }

    /**
     * A qvalue in {@code value[a, b)} ({@code 0}, {@code 0.5}, {@code 1.000}: at most three decimals, never above
     * 1) in thousandths, or {@link #MALFORMED}.
     */
    public static int qvalue(String value, int a, int b) {
        int length = b - a;
        if (length < 1 || length > 5 || (length > 1 && value.charAt(a + 1) != '.')) {
            return MALFORMED;
        }
        char first = value.charAt(a);
        if (first != '0' && first != '1') {
            return MALFORMED;
        }
        int thousandths = 0;
        for (int i = a + 2, scale = 100; i < b; i++, scale /= 10) {
            char digit = value.charAt(i);
            if (digit < '0' || digit > '9' || (first == '1' && digit != '0')) {
                return MALFORMED;
            }
            thousandths += (digit - '0') * scale;
        }
        return first == '1' ? FULL : thousandths;
    }

    /** The first index in {@code [a, b)} that is not a space or tab, or {@code b}. */
    public static int skipSpace(String value, int a, int b) {
        while (a < b && (value.charAt(a) == ' ' || value.charAt(a) == '\t')) {
            a++;
        }
        return a;
    }

    /** The end of {@code [a, b)} without its trailing spaces and tabs. */
    public static int trimSpace(String value, int a, int b) {
        while (b > a && (value.charAt(b - 1) == ' ' || value.charAt(b - 1) == '\t')) {
            b--;
        }
        return b;
    }
}
