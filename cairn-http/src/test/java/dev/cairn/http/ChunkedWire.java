package dev.cairn.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Feeds a chunked body to a {@link ChunkedDecoder} the way a server reading a socket would. */
final class ChunkedWire {
    private ChunkedWire() {}

    /**
     * Decodes {@code raw}, offering {@code step} more bytes each time the decoder needs more and taking at most
     * {@code maxData} data bytes per call, and describes the outcome: {@code data=hello trailers={} next=15}, or
     * {@code incomplete data=hel}, or {@code 400 Invalid chunk size}.
     */
    static String decode(HttpLimits limits, String raw, int step, int maxData) {
        byte[] b = Wire.bytes(raw);
        ChunkedDecoder d = new ChunkedDecoder(limits);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int pos = 0;
        int end = Math.min(b.length, step);
        try {
            while (true) {
                int reached = d.decode(b, pos, end, maxData);
                if (reached < pos || reached > end) {
                    throw new AssertionError("decode returned " + reached + " outside [" + pos + ", " + end + "]");
                }
                if (d.dataLength() > 0) {
                    if (d.dataStart() < pos || d.dataStart() + d.dataLength() > reached) {
                        throw new AssertionError("data outside what was consumed");
                    }
                    data.write(b, d.dataStart(), d.dataLength());
                } else if (reached != end && !d.isComplete()) {
                    throw new AssertionError("stopped at " + reached + " before " + end + " with no data");
                }
                pos = reached;
                if (d.isComplete()) {
                    if (d.bodyBytes() != data.size()) {
                        throw new AssertionError("bodyBytes " + d.bodyBytes() + " but " + data.size() + " handed out");
                    }
                    return "data=" + text(data) + " trailers={" + trailers(d.trailers()) + "} next=" + pos;
                }
                if (pos == end) {
                    if (end == b.length) {
                        return "incomplete data=" + text(data);
                    }
                    end = Math.min(b.length, end + step);
                }
            }
        } catch (HttpException e) {
            return e.status() + " " + e.getMessage();
        }
    }

    /** Decodes fed whole, data taken in runs as long as the buffer allows. */
    static String whole(HttpLimits limits, String raw) {
        return decode(limits, raw, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private static String text(ByteArrayOutputStream data) {
        return data.toString(StandardCharsets.ISO_8859_1);
    }

    private static String trailers(Headers h) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < h.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(h.name(i)).append(": ").append(h.value(i));
        }
        return sb.toString();
    }
}
