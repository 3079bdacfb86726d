package dev.cairn.server.internal;

import dev.cairn.http.Headers;
import dev.cairn.server.TrustedProxies;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides a request's scheme and client address from its connection and, when the peer is a trusted proxy, the
 * proxy's forwarding headers. Pure: no I/O, no DNS.
 *
 * <ol>
 * <li>A peer that {@link TrustedProxies} does not trust: every forwarding header is ignored, whatever it says.
 * The scheme is the connection's and the client is the peer.</li>
 * <li>A trusted peer that sent {@code X-Forwarded-For}: that field, walked from the right (the proxy nearest the
 * server) past each address that is itself a trusted proxy, as Rails, Django's recipes and Tomcat's
 * {@code RemoteIpValve} do; the first other address is the client. {@code X-Forwarded-Proto} gives the scheme:
 * its entry in the same position from the right when both lists are equally long (each proxy appended one to
 * each), else its rightmost entry.</li>
 * <li>Otherwise {@code Forwarded} (RFC 7239), walked the same way over its {@code for=} parameters, with
 * {@code proto=} from the chosen element; if every {@code for=} is trusted, the leftmost element counts. Without
 * either field, {@code X-Forwarded-Proto} alone still gives the scheme.</li>
 * </ol>
 * {@code X-Forwarded-For} comes first because it is what nginx's usual configuration sets
 * ({@code $proxy_add_x_forwarded_for}), while nginx passes a client's own {@code Forwarded} through untouched:
 * preferring {@code Forwarded} would let a client behind a default nginx choose its own address.
 *  * Walking from the right matters: the leftmost entry is whatever the client wrote before the first proxy
 * appended the address it saw, so taking it would let any client choose its own address.
 *
 * <p>
 * A trusted proxy's headers are still checked, never obeyed blindly, and nothing here fails a request: a value
 * that cannot be read leaves things as the connection has them. A malformed {@code Forwarded} is ignored as if
 * absent. When the walk reaches a hidden ({@code unknown}, {@code _obfuscated}), missing or unreadable address,
 * the client stays the peer. A scheme other than {@code http} or {@code https} is ignored.
 *
 * <p>
 * The client is {@code host} or {@code host:port}: IPv4 dotted-quad, IPv6 in RFC 5952 form and bracketed when a
 * port follows ({@code [2001:db8::1]:4711}), and {@code unix} for a peer on a Unix socket, which has no address.
 */
public final class ProxyHeaders {
    /** The client of a connection over a Unix domain socket, whose peer has no address of its own. */
    public static final String UNIX_CLIENT = "unix";

    private ProxyHeaders() {}

    /**
     * What the request's scheme and client are.
     *
     * @param scheme {@code http} or {@code https}
     * @param client {@code host} or {@code host:port}
     */
    public record Resolved(String scheme, String client) {}

    /** An address with an optional port, as a proxy header gave it. */
    private record Node(InetAddress address, String port) {
        String text() {
            String host = IpLiterals.text(address);
            if (port == null) {
                return host;
            }
            return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * The request's scheme and client.
     *
     * @param peer    the connection's remote address
     * @param secure  whether the connection is TLS
     * @param headers the request's header fields
     * @param trusted the proxies whose headers count; null is {@link TrustedProxies#none()}
     */
    public static Resolved resolve(SocketAddress peer, boolean secure, Headers headers, TrustedProxies trusted) {
        Objects.requireNonNull(peer, "peer");
        Resolved direct = new Resolved(secure ? "https" : "http", peerText(peer));
        if (trusted == null || !trusted.trusts(peer)) {
            return direct;
        }
        List<String> forwarded = headers.all("Forwarded");
        if (!forwarded.isEmpty() && !headers.contains("X-Forwarded-For")) {
            List<Map<String, String>> elements = ForwardedField.parse(String.join(",", forwarded));
            if (elements != null && !elements.isEmpty()) {
                return fromForwarded(elements, direct, trusted);
            }
        }
        return fromXForwarded(headers, direct, trusted);
    }

    private static Resolved fromForwarded(List<Map<String, String>> elements, Resolved direct,
            TrustedProxies trusted) {
        int i = elements.size() - 1;
        Node node = node(elements.get(i).get("for"));
        while (i > 0 && node != null && trusted.trusts(node.address())) {
            i--;
            node = node(elements.get(i).get("for"));
        }
        String scheme = scheme(elements.get(i).get("proto"));
        return new Resolved(scheme != null ? scheme : direct.scheme(), node != null ? node.text() : direct.client());
    }

    private static Resolved fromXForwarded(Headers headers, Resolved direct, TrustedProxies trusted) {
        String[] chain = list(headers.all("X-Forwarded-For"));
        String[] protos = list(headers.all("X-Forwarded-Proto"));
        String client = direct.client();
        int fromRight = 0;
        if (chain.length > 0) {
            int i = chain.length - 1;
            Node node = node(chain[i]);
            while (i > 0 && node != null && trusted.trusts(node.address())) {
                i--;
                node = node(chain[i]);
            }
            if (node != null) {
                client = node.text();
                fromRight = chain.length - 1 - i;
            }
        }
        String scheme = null;
        if (protos.length > 0) {
            scheme = scheme(protos[protos.length == chain.length ? protos.length - 1 - fromRight : protos.length - 1]);
        }
        return new Resolved(scheme != null ? scheme : direct.scheme(), client);
    }

    /** The entries of a comma-separated list field over all its lines, trimmed; empty entries stay, as garbage. */
    private static String[] list(List<String> lines) {
        if (lines.isEmpty()) {
            return new String[0];
        }
        String[] entries = String.join(",", lines).split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entries[i].strip();
        }
        return entries;
    }

    /** {@code http} or {@code https}, case-insensitively, or null for anything else. */
    private static String scheme(String proto) {
        if (proto == null) {
            return null;
        }
        String lower = proto.strip().toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https") ? lower : null;
    }

    /**
     * The address in a {@code for=} value or a {@code X-Forwarded-For} entry, or null when it is absent, hidden or
     * unreadable. Accepted: {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code 2001:db8::1},
     * {@code [2001:db8::1]}, {@code [2001:db8::1]:4711}; an obfuscated port ({@code :_abc}) is dropped.
     */
    private static Node node(String value) {
        if (value == null) {
            return null;
        }
        String host = value;
        String port = null;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return null;
                }
                port = rest.substring(1);
            }
            if (host.indexOf(':') < 0) {
                return null; // brackets are for IPv6 only
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = value.substring(value.indexOf(':') + 1);
        }
        InetAddress address = IpLiterals.parse(host);
        if (address == null) {
            return null;
        }
        if (port != null && port.startsWith("_")) {
            port = null;
        } else if (port != null && !isPort(port)) {
            return null;
        }
        return new Node(address, port);
    }

    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(port) <= 65_535;
    }

    private static String peerText(SocketAddress peer) {
        return switch (peer) {
            case InetSocketAddress inet when inet.getAddress() != null -> new Node(inet.getAddress(), Integer
                    .toString(inet.getPort())).text();
            case InetSocketAddress inet -> inet.getHostString() + ":" + inet.getPort();
            case UnixDomainSocketAddress _ -> UNIX_CLIENT;
            default -> peer.toString();
        };
    }
}
