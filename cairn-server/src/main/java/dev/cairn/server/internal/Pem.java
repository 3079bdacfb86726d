package dev.cairn.server.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the blocks of a PEM file (RFC 7468): everything between {@code -----BEGIN LABEL-----} and
 * {@code -----END LABEL-----}, Base64-decoded, with the label and any RFC 1421 headers that OpenSSL writes in
 * front of the Base64 of an encrypted legacy key ({@code Proc-Type: 4,ENCRYPTED}).
 *
 * <p>
 * Text outside the blocks is ignored, as RFC 7468 allows ({@code openssl x509 -text} puts a dump there). Error
 * messages name the block, never its content, since the content may be a private key.
 */
public final class Pem {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private Pem() {}

    /**
     * One decoded block.
     *
     * @param label   the label between {@code BEGIN} and the dashes: {@code CERTIFICATE}, {@code PRIVATE KEY}
     * @param headers the RFC 1421 headers before the Base64, in order; usually empty
     * @param der     the decoded content
     */
    public record Block(String label, Map<String, String> headers, byte[] der) {

        /** Whether OpenSSL encrypted this legacy block ({@code Proc-Type: 4,ENCRYPTED}). */
        public boolean encrypted() {
            String procType = headers.get("Proc-Type");
            return procType != null && procType.contains("ENCRYPTED");
        }
    }

    /**
     * Every block in the text, in order.
     *
     * @param text   the file's content
     * @param source the file's name, for error messages
     * @throws IllegalArgumentException if a block has no matching END line or its Base64 is broken
     */
    public static List<Block> read(String text, String source) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith(BEGIN) || !line.endsWith(DASHES) || line.length() < BEGIN.length() + 5) {
                continue;
            }
            String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
            String endLine = END + label + DASHES;
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder base64 = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].strip().equals(endLine); j++) {
                String body = lines[j].strip();
                int colon = body.indexOf(':');
                if (colon > 0 && base64.isEmpty()) {
                    headers.put(body.substring(0, colon).strip(), body.substring(colon + 1).strip());
                } else {
                    base64.append(body);
                }
            }
            if (j == lines.length) {
                throw new IllegalArgumentException(source + ": the " + label + " block (PEM block " + (blocks.size()
                        + 1) + ") has no '" + endLine + "' line; the file looks cut short");
            }
            blocks.add(new Block(label, Map.copyOf(headers), decode(base64, label, blocks.size() + 1, source)));
            i = j;
        }
        return blocks;
    }

    private static byte[] decode(CharSequence base64, String label, int index, String source) {
        try {
            return Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the offending character; keep it out, the block may be a key.
            throw new IllegalArgumentException(source + ": the " + label + " block (PEM block " + index
                    + ") is not valid Base64; the file looks damaged");
        }
    }
}
