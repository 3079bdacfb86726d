package dev.cairn.server.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough ASN.1 DER (ITU-T X.690) to rewrap the two legacy private-key formats OpenSSL writes into PKCS#8:
 * split a structure into its elements and build a structure from elements.
 *
 * <p>
 * Only low tag numbers (one identifier octet) and definite lengths exist in DER keys, so nothing else is read.
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    /** The context-specific constructed tag {@code [0]}, which holds a SEC1 key's curve. */
    static final int CONTEXT_0 = 0xA0;

    private Der() {}

    /** One element: its tag, its content octets, and its whole encoding (tag, length and content). */
    record Element(int tag, byte[] content, byte[] encoded) {}

    /**
     * The elements inside the content of a constructed value, in order.
     *
     * @throws IllegalArgumentException if the bytes are not well-formed DER
     */
    static List<Element> children(byte[] content) {
        List<Element> elements = new ArrayList<>();
        int at = 0;
        while (at < content.length) {
            Element e = read(content, at);
            elements.add(e);
            at += e.encoded().length;
        }
        return elements;
    }

    /**
     * The single element that makes up {@code der}, which must hold nothing after it.
     *
     * @throws IllegalArgumentException if the bytes are not one well-formed DER element
     */
    static Element single(byte[] der) {
        Element e = read(der, 0);
        if (e.encoded().length != der.length) {
            throw new IllegalArgumentException("trailing bytes after the DER value");
        }
        return e;
    }

    private static Element read(byte[] b, int start) {
        if (start + 2 > b.length) {
            throw new IllegalArgumentException("truncated DER value");
        }
        int tag = b[start] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            throw new IllegalArgumentException("high-tag-number form is not used in keys");
        }
        int first = b[start + 1] & 0xFF;
        int at = start + 2;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            // > 30 82 04 a4 : long form, the low bits count the length octets that follow
            int octets = first & 0x7F;
            if (octets == 0 || octets > 4 || at + octets > b.length) {
                throw new IllegalArgumentException("bad DER length");
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (b[at++] & 0xFF);
            }
        }
        if (length > b.length - at) {
            throw new IllegalArgumentException("truncated DER value");
        }
        int end = at + (int) length;
        return new Element(tag, Arrays.copyOfRange(b, at, end), Arrays.copyOfRange(b, start, end));
    }

    /** The encoding of a value with this tag whose content is the given encodings laid end to end. */
    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        int n = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 6);
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else {
            int octets = n < 1 << 8 ? 1 : n < 1 << 16 ? 2 : n < 1 << 24 ? 3 : 4;
            out.write(0x80 | octets);
            for (int i = octets - 1; i >= 0; i--) {
                out.write(n >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
