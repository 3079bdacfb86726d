package dev.cairn.db;

import dev.cairn.db.internal.Query;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.query.F;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link QuerySet#prefetchRelated}: for each level of the lookups, one query for every owner at once
 * ({@code WHERE key IN (...)}, 500 keys a chunk), its rows shared out to their owners and kept there, then the
 * levels below on the rows just read. Forward keys read their targets by key; every other relation filters the
 * targets by the lookup that leads back ({@link Related#back()}) and selects the owner's key beside each row, so a
 * many-to-many costs one query with a join through its pairs, not two.
 */
final class Prefetcher {

    /** The annotation that carries each row's owner key. */
    static final String OWNER = "_prefetch_owner";
    private static final int CHUNK = 500;

    /**
     * One level of prefetching.
     *
     * @param related  the relation
     * @param prefetch how its rows are read and where they go
     * @param below    the lookups below it, relative to its target
     */
    record Level(Related related, Prefetch prefetch, List<Prefetch> below) {}

    private Prefetcher() {}

    /**
     * The first level of each lookup on {@code meta}, in order, each with the lookups below it; every level below
     * is checked too, so a wrong name fails when the QuerySet is built.
     *
     * @throws FieldError for a name that is no relation, or a QuerySet of the wrong model
     */
    static List<Level> plan(ModelMeta<?> meta, List<Prefetch> lookups) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Prefetch lookup : lookups) {
            int cut = lookup.path().indexOf("__");
            if (cut < 0) {
                Related related = Related.of(meta, lookup.path());
                requireModel(lookup, related);
                Level seen = levels.get(lookup.attribute());
                levels.put(lookup.attribute(), new Level(related, lookup, seen == null
                        ? new ArrayList<>()
                        : seen
                                .below()));
                continue;
            }
            String head = lookup.path().substring(0, cut);
            Level level = levels.computeIfAbsent(head, name -> new Level(Related.of(meta, name), Prefetch.of(name),
                    new ArrayList<>()));
            level.below().add(new Prefetch(lookup.path().substring(cut + 2), lookup.queryset(), lookup.into()));
        }
        for (Level level : levels.values()) {
            plan(level.related().target(), level.below());
        }
        return List.copyOf(levels.values());
    }

    private static void requireModel(Prefetch lookup, Related related) {
        if (lookup.queryset() != null && lookup.queryset().meta() != related.target()) {
            throw new FieldError("Prefetch('" + lookup.path() + "') needs a QuerySet of " + related.target().type()
                    .getSimpleName() + ", not of " + lookup.queryset().meta().type().getSimpleName());
        }
    }

    /** Loads the lookups' relations of {@code objects}, which are all of one model, read from {@code db}. */
    static void run(Database db, List<? extends Model> objects, List<Prefetch> lookups) {
        if (objects.isEmpty() || lookups.isEmpty()) {
            return;
        }
        for (Level level : plan(objects.get(0).meta(), lookups)) {
            List<Model> found = level.related().kind() == Related.Kind.FORWARD_KEY
                    ? forward(db, objects, level)
                    : backward(db, objects, level);
            run(db, found, level.below());
        }
    }

    /** A forward key: the targets not loaded yet, by key; returns every target, loaded before or now. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Model> forward(Database db, List<? extends Model> objects, Level level) {
        Related related = level.related();
        boolean own = level.prefetch().into() == null;
        LinkedHashSet<Model> targets = new LinkedHashSet<>();
        List<Object> keys = new ArrayList<>();
        for (Model object : objects) {
            Ref ref = (Ref) related.field().get(object);
            if (own && ref.isLoaded()) {
                targets.add(ref.get());
            } else if (ref.id() != null && !keys.contains(ref.id())) {
                keys.add(ref.id());
            }
        }
        Map<Object, Model> byKey = new LinkedHashMap<>();
        for (Model target : read(db, level, "pk__in", keys, null)) {
            byKey.put(target.pk(), target);
        }
        for (Model object : objects) {
            Ref ref = (Ref) related.field().get(object);
            Model target = byKey.get(ref.id());
            if (!own) {
                object.keepPrefetched(level.prefetch().into(), target == null ? List.of() : List.of(target));
            } else if (target != null) {
                ref.loaded(target, db.name());
            }
        }
        targets.addAll(byKey.values());
        return List.copyOf(targets);
    }

    /** Any other relation: the rows whose way back reaches the owners, shared out by the owner key beside each. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Model> backward(Database db, List<? extends Model> objects, Level level) {
        Related related = level.related();
        Map<Object, Model> owners = new LinkedHashMap<>();
        for (Model object : objects) {
            owners.put(Related.keyOf(object, related.name()), object);
        }
        List<Model> rows = read(db, level, related.back() + "__in", new ArrayList<>(owners.keySet()), related
                .back() + "__pk");
        Map<Object, List<Model>> byOwner = new LinkedHashMap<>();
        for (Model row : rows) {
            Object key = row.annotation(OWNER);
            byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            if (related.field().relation().isKey()) {
                // The row's own key points at its owner: keep it, so going back costs no query either.
                ((Ref) related.field().get(row)).loaded(owners.get(key), db.name());
            }
        }
        for (Model owner : objects) {
            List<Model> mine = byOwner.getOrDefault(owner.pk(), List.of());
            if (level.prefetch().into() != null) {
                owner.keepPrefetched(level.prefetch().into(), mine);
            } else if (related.kind() == Related.Kind.FORWARD_MANY) {
                ((Many) related.field().get(owner)).keep(mine);
            } else {
                owner.keepPrefetched(related.name(), mine);
            }
        }
        return rows;
    }

    /** The rows of the level's QuerySet where {@code lookup} is in {@code keys}, a chunk a query. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Model> read(Database db, Level level, String lookup, List<Object> keys, String ownerPath) {
        QuerySet<Model> base = level.prefetch().queryset() != null
                ? ((QuerySet<Model>) level.prefetch().queryset()).using(db.name())
                : new QuerySet(Query.of(level.related().target()), db.name());
        List<Model> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            QuerySet<Model> chunk = base.filter(lookup, keys.subList(from, Math.min(keys.size(), from + CHUNK)));
            rows.addAll((ownerPath == null ? chunk : chunk.annotate(OWNER, F.of(ownerPath))).list());
        }
        return rows;
    }
}
