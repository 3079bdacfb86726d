package dev.cairn.contrib.auth.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are, as Python's {@code difflib.SequenceMatcher(a=..., b=...).quick_ratio()} measures it, which
 * is what Django's similarity validator uses: twice the characters the two have in common (counted with
 * repetition, in any order) over their total length, from 0 (nothing in common) to 1 (the same characters).
 * Characters are Unicode code points, as Python's are.
 */
public final class Similarity {

    private Similarity() {}

    /** The quick ratio of {@code a} and {@code b}; 1 for two empty texts. */
    public static double quickRatio(String a, String b) {
        int lengthA = a.codePointCount(0, a.length());
        int lengthB = b.codePointCount(0, b.length());
        if (lengthA + lengthB == 0) {
            return 1.0;
        }
        Map<Integer, Integer> available = new HashMap<>();
        b.codePoints().forEach(c -> available.merge(c, 1, Integer::sum));
        int matches = 0;
        for (int c : a.codePoints().toArray()) {
            Integer left = available.get(c);
            if (left != null && left > 0) {
                available.put(c, left - 1);
                matches++;
            }
        }
        return 2.0 * matches / (lengthA + lengthB);
    }

    /**
     * Whether {@code value} is so much shorter than {@code password} that their quick ratio cannot reach
     * {@code maxSimilarity} (Django's {@code exceeds_maximum_length_ratio}), which spares comparing a long password
     * with a short attribute.
     */
    static boolean tooShortToCompare(String password, double maxSimilarity, String value) {
        int passwordLength = password.codePointCount(0, password.length());
        int valueLength = value.codePointCount(0, value.length());
        return passwordLength >= 10 * valueLength && valueLength < maxSimilarity / 2 * passwordLength;
    }
}
