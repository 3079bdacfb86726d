package dev.cairn.test;

import dev.cairn.http.SetCookie;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The client's cookies, kept the way a browser keeps them (RFC 6265 §5.3) and sent back the way it sends them
 * (§5.4).
 *
 * <ul>
 * <li>A cookie replaces the one with the same name, domain and path; one whose {@code Max-Age} is zero or less, or
 * whose {@code Expires} has passed, deletes it. {@code Max-Age} wins over {@code Expires}.</li>
 * <li>Without {@code Domain} a cookie goes back to its host only; with one, to the domain and its subdomains, and it
 * is refused when the request's host is not within that domain.</li>
 * <li>Without {@code Path} a cookie gets the directory of the request's path; it is sent for that path and those
 * under it ({@code /a} covers {@code /a} and {@code /a/b}, not {@code /ab}).</li>
 * <li>A {@code Secure} cookie is stored from any request but sent over https only.</li>
 * <li>Longer paths go first in the {@code Cookie} header, then older cookies.</li>
 * </ul>
 *
 * Ports play no part (RFC 6265 §8.5). Not thread-safe, like the client.
 */
final class CookieJar {

    /** A stored cookie with the scope the browser worked out for it. */
    private record Entry(SetCookie cookie, String domain, boolean hostOnly, String path, Instant expires,
            long created) {
        boolean sameSlot(Entry other) {
            return cookie.name().equals(other.cookie.name()) && domain.equals(other.domain)
                    && path.equals(other.path);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Clock clock;
    private long created;

    CookieJar(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores what a response's {@code Set-Cookie} lines say, for the URL that answered.
     *
     * @throws AssertionError for a line a browser would drop as malformed, naming the rule it breaks: that is a
     *             bug in the application under test
     */
    void receive(URI url, List<String> setCookieLines) {
        for (String line : setCookieLines) {
            SetCookie cookie;
            try {
                cookie = SetCookie.parse(line);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("The response to " + url + " sent a Set-Cookie a browser would drop: "
                        + e.getMessage(), e);
            }
            store(url, cookie);
        }
    }

    /** Stores one cookie as set by a response to this URL. */
    void store(URI url, SetCookie cookie) {
        String host = host(url);
        String domain = cookie.domain() == null ? host : cookie.domain().toLowerCase(Locale.ROOT);
        if (cookie.domain() != null && !domainMatches(host, domain)) {
            return;
        }
        String path = cookie.path() != null && cookie.path().startsWith("/") ? cookie.path() : defaultPath(url);
        Entry entry = new Entry(cookie, domain, cookie.domain() == null, path, expiry(cookie), created++);
        int old = indexOf(entry);
        if (old >= 0) {
            entry = new Entry(cookie, domain, entry.hostOnly(), path, entry.expires(), entries.get(old).created());
            entries.remove(old);
        }
        if (entry.expires() == null || entry.expires().isAfter(clock.instant())) {
            entries.add(entry);
        }
    }

    /** The {@code Cookie} header value for a request to this URL, or null when no cookie applies. */
    String header(URI url) {
        dropExpired();
        String host = host(url);
        String path = Urls.path(url);
        boolean secure = "https".equalsIgnoreCase(url.getScheme());
        StringJoiner header = new StringJoiner("; ");
        entries.stream()
                .filter(e -> e.hostOnly() ? host.equals(e.domain()) : domainMatches(host, e.domain()))
                .filter(e -> pathMatches(path, e.path()))
                .filter(e -> secure || !e.cookie().secure())
                .sorted(Comparator.comparingInt((Entry e) -> -e.path().length()).thenComparingLong(Entry::created))
                .forEach(e -> header.add(e.cookie().name() + "=" + e.cookie().value()));
        return header.length() == 0 ? null : header.toString();
    }

    /** The live cookies, oldest first, each with the domain (null when host-only) and path it was given. */
    List<SetCookie> cookies() {
        dropExpired();
        return entries.stream()
                .map(e -> e.cookie().toBuilder().path(e.path()).domain(e.hostOnly() ? null : e.domain()).build())
                .toList();
    }

    /** Forgets every cookie. */
    void clear() {
        entries.clear();
    }

    private int indexOf(Entry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).sameSlot(entry)) {
                return i;
            }
        }
        return -1;
    }

    private void dropExpired() {
        Instant now = clock.instant();
        entries.removeIf(e -> e.expires() != null && !e.expires().isAfter(now));
    }

    /** When the cookie expires: Max-Age from now if given (RFC 6265 §5.3 step 3), else Expires, else never. */
    private Instant expiry(SetCookie cookie) {
        if (cookie.maxAge() != null) {
            return cookie.maxAge().isNegative() || cookie.maxAge().isZero()
                    ? Instant.MIN
                    : clock.instant().plus(cookie.maxAge());
        }
        return cookie.expires();
    }

    private static String host(URI url) {
        String host = url.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** RFC 6265 §5.1.3: the host is the domain or a name under it; an IP address matches only itself. */
    static boolean domainMatches(String host, String domain) {
        if (host.equals(domain)) {
            return true;
        }
        boolean address = host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        return !address && host.endsWith("." + domain);
    }

    /** RFC 6265 §5.1.4: the directory of the request's path, {@code /} for a path with one slash. */
    static String defaultPath(URI url) {
        String path = Urls.path(url);
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** RFC 6265 §5.1.4: the cookie's path is the request's, or a prefix of it that ends at a {@code /}. */
    static boolean pathMatches(String requestPath, String cookiePath) {
        if (!requestPath.startsWith(cookiePath)) {
            return false;
        }
        return requestPath.length() == cookiePath.length() || cookiePath.endsWith("/")
                || requestPath.charAt(cookiePath.length()) == '/';
    }
}
