package dev.cairn.server;

import dev.cairn.server.internal.IpLiterals;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The peers whose forwarding headers ({@code Forwarded}, {@code X-Forwarded-For}, {@code X-Forwarded-Proto}) the
 * server believes: the reverse proxies in front of it.
 *
 * <p>
 * Anyone can send those headers, so the server reads them only from a peer listed here; from anyone else the
 * request's scheme and client are the connection's own. The default is {@link #none()}: trust no one.
 *
 * <p>
 * An entry is an IP address ({@code 127.0.0.1}, {@code ::1}), a CIDR block ({@code 10.0.0.0/8},
 * {@code fd00::/8}), or the word {@code unix}: any peer on a Unix domain socket, which can only be a local process
 * allowed by the socket file's permissions, such as nginx.
 *
 * <p>
 * A trusted proxy must overwrite or remove these headers as the client sent them, or the client chooses its own
 * address. With nginx:
 *
 * <pre>
 * proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
 * proxy_set_header X-Forwarded-Proto $scheme;
 * proxy_set_header Forwarded         "";   # optional: Cairn reads Forwarded only without X-Forwarded-For
 * </pre>
 */
public final class TrustedProxies {
    private static final TrustedProxies NONE = new TrustedProxies(List.of(), List.of(), false);
    private static final String UNIX = "unix";

    private final List<String> entries;
    private final List<Block> blocks;
    private final boolean unix;

    /** An address block: the network's bytes (4 or 16) and how many leading bits must match. */
    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            if (!Arrays.equals(address, 0, full, network, 0, full)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[full] & mask) == (network[full] & mask);
        }
    }

    private TrustedProxies(List<String> entries, List<Block> blocks, boolean unix) {
        this.entries = entries;
        this.blocks = blocks;
        this.unix = unix;
    }

    /** Trusts no peer: every forwarding header is ignored. The default. */
    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * Trusts the peers these entries describe: {@code of("127.0.0.1", "::1")}, {@code of("10.0.0.0/8")},
     * {@code of("unix")}. An argument may also be a comma-separated list, so a setting such as
     * {@code CAIRN_TRUSTED_PROXIES=127.0.0.1,unix} can be passed as it is.
     *
     * @throws IllegalArgumentException naming the entry, if one is not an IP address, a CIDR block or {@code unix};
     *                                  host names are refused, since resolving them would make trust depend on DNS
     */
    public static TrustedProxies of(String... addressesOrCidrs) {
        List<String> entries = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        boolean unix = false;
        for (String argument : addressesOrCidrs) {
            Objects.requireNonNull(argument, "a trusted proxy entry is null");
            for (String part : argument.split(",", -1)) {
                String entry = part.strip();
                if (entry.isEmpty() && argument.contains(",")) {
                    continue;
                }
                if (entry.equalsIgnoreCase(UNIX)) {
                    unix = true;
                } else {
                    blocks.add(block(entry));
                }
                entries.add(entry);
            }
        }
        return entries.isEmpty() ? NONE : new TrustedProxies(List.copyOf(entries), List.copyOf(blocks), unix);
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress address = IpLiterals.parse(host);
        if (address == null) {
            throw invalid(entry, "not an IP address");
        }
        byte[] network = address.getAddress();
        int max = network.length * 8;
        int bits = max;
        if (slash >= 0) {
            String prefix = entry.substring(slash + 1);
            if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid(entry, "the prefix length after '/' is not a number");
            }
            bits = Integer.parseInt(prefix);
            // ::ffff:10.0.0.0/104 names IPv4 addresses, which the JDK reports as IPv4 peers.
            if (address instanceof Inet4Address && host.indexOf(':') >= 0) {
                bits -= 96;
            }
            if (bits < 0 || bits > max) {
                throw invalid(entry, "the prefix length must be 0 to " + max + " for an IPv"
                        + (max == 32 ? "4" : "6") + " address");
            }
        }
        byte[] masked = network.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.clamp(bits - 8 * i, 0, 8);
            masked[i] &= (byte) (0xFF << (8 - keep));
        }
        if (!Arrays.equals(masked, network)) {
            String suggestion = IpLiterals.text(ofBytes(masked)) + "/" + entry.substring(slash + 1);
            throw invalid(entry, "the address has bits set beyond the prefix; did you mean " + suggestion + "?");
        }
        return new Block(network, bits);
    }

    private static InetAddress ofBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always an address", e);
        }
    }

    private static IllegalArgumentException invalid(String entry, String problem) {
        return new IllegalArgumentException("trusted proxy '" + entry + "': " + problem + "; expected an IP address "
                + "(127.0.0.1, ::1), a CIDR block (10.0.0.0/8, fd00::/8) or the word unix");
    }

    /**
     * Whether forwarding headers from this peer count: an {@link InetSocketAddress} inside a listed block, or a
     * {@link UnixDomainSocketAddress} when {@code unix} is listed.
     */
    public boolean trusts(SocketAddress peer) {
        return switch (peer) {
            case InetSocketAddress inet -> inet.getAddress() != null && trusts(inet.getAddress());
            case UnixDomainSocketAddress _ -> unix;
            case null, default -> false;
        };
    }

    /** Whether this address is inside a listed block. */
    public boolean trusts(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : blocks) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no peer is trusted, so forwarding headers need not be read at all. */
    public boolean isNone() {
        return entries.isEmpty();
    }

    /** The entries as given, one per item: {@code [127.0.0.1, 10.0.0.0/8, unix]}. */
    public List<String> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustedProxies t && t.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The entries, as {@code TrustedProxies[127.0.0.1, unix]}. */
    @Override
    public String toString() {
        return "TrustedProxies" + entries;
    }
}
