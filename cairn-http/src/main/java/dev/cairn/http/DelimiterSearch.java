package dev.cairn.http;

import java.util.Arrays;

/**
 * Finds a multipart delimiter ({@code CRLF--boundary}) in a buffer with the Boyer–Moore–Horspool algorithm: it
 * compares from the pattern's last byte and, on a mismatch, skips ahead by how far that byte of the text is from
 * the pattern's end, so most of a part's content is stepped over, not examined. With delimiters of 5 to 74 bytes
 * the search inspects a fraction of the content's bytes.
 */
final class DelimiterSearch {
    private final byte[] pattern;
    /** For each byte value, how far the window may move when the window's last byte is that value. */
    private final int[] skip = new int[256];

    DelimiterSearch(byte[] pattern) {
        this.pattern = pattern.clone();
        int last = pattern.length - 1;
        Arrays.fill(skip, pattern.length);
        for (int i = 0; i < last; i++) {
            skip[pattern[i] & 0xFF] = last - i;
        }
    }

    /** The pattern's length in bytes. */
    int length() {
        return pattern.length;
    }

    /** The index of the first whole occurrence of the pattern in {@code buf[from, to)}, or -1. */
    int indexIn(byte[] buf, int from, int to) {
        int last = pattern.length - 1;
        int i = from;
        while (i + last < to) {
            int j = last;
            while (buf[i + j] == pattern[j]) {
                if (j == 0) {
                    return i;
                }
                j--;
            }
            i += skip[buf[i + last] & 0xFF];
        }
        return -1;
    }
}
