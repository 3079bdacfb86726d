package dev.cairn.db.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition a QuerySet filters by, combined with {@link #and}, {@link #or} and {@link #not} (Django's
 * {@code Q}, whose {@code &}, {@code |} and {@code ~} Java spells as methods). A leaf is a lookup and a value:
 * {@code Q.of("author__name__icontains", "dickens")}; the value may be an {@link Expression} such as
 * {@code F.of("stock")}, a model (its key is compared), a collection for {@code in}, or a QuerySet for
 * {@code in} as a subquery. An {@link Exists} is a condition of its own: {@code Q.of(Exists.of(books))}.
 */
public final class Q {

    /** How a node joins its children. */
    public enum Connector {
        /** Every child holds. */
        AND,
        /** At least one child holds. */
        OR
    }

    private final String lookup;
    private final Object value;
    private final Connector connector;
    private final List<Q> children;
    private final boolean negated;
    private final Exists exists;

    private Q(String lookup, Object value, Connector connector, List<Q> children, boolean negated) {
        this(lookup, value, connector, children, negated, null);
    }

    private Q(String lookup, Object value, Connector connector, List<Q> children, boolean negated, Exists exists) {
        this.lookup = lookup;
        this.value = value;
        this.connector = connector;
        this.children = children;
        this.negated = negated;
        this.exists = exists;
    }

    /** The condition {@code lookup} holds for {@code value}: {@code Q.of("price__lt", 10)}. */
    public static Q of(String lookup, Object value) {
        Objects.requireNonNull(lookup, "lookup");
        if (lookup.isBlank()) {
            throw new IllegalArgumentException("a lookup needs a field name");
        }
        if (value instanceof Exists) {
            throw new IllegalArgumentException("Exists is a condition of its own, not a value to compare '" + lookup
                    + "' with: filter(Exists.of(...)), or Q.of(Exists.of(...))");
        }
        return new Q(lookup, value, null, List.of(), false);
    }

    /** The condition that {@code exists}'s QuerySet finds a row (none, for {@code Exists.of(qs).not()}). */
    public static Q of(Exists exists) {
        if (exists == null) {
            throw new IllegalArgumentException("Q.of(Exists) needs an Exists, not null");
        }
        return new Q(null, null, null, List.of(), exists.negated(), exists.negated() ? exists.not() : exists);
    }

    /** Every one of these holds; an empty list is always true. */
    public static Q all(List<Q> conditions) {
        return new Q(null, null, Connector.AND, List.copyOf(conditions), false);
    }

    /** This and {@code other} both hold. */
    public Q and(Q other) {
        return combine(Connector.AND, other);
    }

    /** This or {@code other} holds. */
    public Q or(Q other) {
        return combine(Connector.OR, other);
    }

    /** This does not hold. */
    public Q not() {
        return new Q(lookup, value, connector, children, !negated, exists);
    }

    private Q combine(Connector how, Q other) {
        Objects.requireNonNull(other, "other");
        List<Q> parts = new ArrayList<>();
        for (Q q : List.of(this, other)) {
            if (q.connector == how && !q.negated) {
                parts.addAll(q.children);
            } else {
                parts.add(q);
            }
        }
        return new Q(null, null, how, List.copyOf(parts), false);
    }

    /** The EXISTS this condition is, never negated itself ({@link #negated()} says NOT EXISTS), or null. */
    public Exists exists() {
        return exists;
    }

    /** Whether this is one lookup rather than a combination or an {@link #exists()}. */
    public boolean isLeaf() {
        return lookup != null;
    }

    /** The lookup of a leaf ({@code "author__name__icontains"}), or null. */
    public String lookup() {
        return lookup;
    }

    /** The value of a leaf. */
    public Object value() {
        return value;
    }

    /** How a combination joins its children, or null for a leaf or an EXISTS. */
    public Connector connector() {
        return connector;
    }

    /** A combination's children. */
    public List<Q> children() {
        return children;
    }

    /** Whether the condition is negated. */
    public boolean negated() {
        return negated;
    }

    @Override
    public String toString() {
        String body = isLeaf()
                ? lookup + "=" + value
                : exists != null
                        ? exists.toString()
                        : connector.name()
                                + children;
        return negated ? "NOT(" + body + ")" : body;
    }
}
