package dev.cairn.db.migrations;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Compares the state the migrations recorded with the models declared now and says, app by app, which operations
 * take one to the other (Django's autodetector).
 *
 * <p>
 * A field that disappeared and one that appeared on the same model are a rename when a hint says so
 * ({@code app.Model.old=new}), or, without a hint, when they are alike in everything but the name and neither has
 * another such partner on that model: renaming keeps the column's data, where removing and adding would lose it.
 * Anything else is a removal and an addition. Models are matched the same way: a model gone from an app and one new
 * in it are a rename when a hint says so ({@code app.Old=New}), or when they have the same fields and neither has
 * another such partner; the rest of the comparison then starts from the renamed model.
 *
 * <p>
 * Within an app's migration the operations come in an order that each can run in: renames; removed indexes and
 * constraints; removed fields; deleted models (those pointing at others first); created models (those pointed at
 * first; a field that closes a circle of keys is added after both tables exist); added fields; altered fields;
 * added indexes and constraints.
 */
public final class Autodetector {

    private final ProjectState from;
    private final ProjectState to;
    private final BiFunction<String, String, String> fills;
    private final Map<String, String> renames;
    private final Map<String, String> modelRenames;

    /**
     * An autodetector from the recorded state to the one {@code models} describe.
     *
     * @param renames hints, each {@code app.Model.old=new} for a field or {@code app.Old=New} for a model
     */
    public Autodetector(ProjectState from, List<? extends ModelMeta<?>> models, List<String> renames) {
        this(from, ProjectState.of(models), fillsOf(models), renames);
    }

    /**
     * An autodetector between two states.
     *
     * @param fills the fill value of a field ({@code label, field → text}), or null for none
     */
    public Autodetector(ProjectState from, ProjectState to, BiFunction<String, String, String> fills,
            List<String> renames) {
        this.from = from;
        this.to = to;
        this.fills = fills;
        this.renames = new LinkedHashMap<>();
        this.modelRenames = new LinkedHashMap<>();
        for (String hint : renames) {
            int equals = hint.indexOf('=');
            int dot = equals < 0 ? -1 : hint.lastIndexOf('.', equals);
            if (dot <= 0 || equals == hint.length() - 1 || hint.indexOf('.', equals) >= 0) {
                throw new MigrationError("a rename hint is app.Model.old=new for a field or app.Old=New for a "
                        + "model, not '" + hint + "'");
            }
            (hint.indexOf('.') == dot ? modelRenames : this.renames).put(hint.substring(0, equals), hint.substring(
                    equals + 1));
        }
    }

    /** The operations each app needs, apps in alphabetical order; apps that need none are left out. */
    public Map<String, List<Operation>> changes() {
        Set<String> apps = new java.util.TreeSet<>();
        from.models().forEach(m -> apps.add(m.app()));
        to.models().forEach(m -> apps.add(m.app()));
        for (String hint : modelRenames.keySet()) {
            if (!apps.contains(hint.substring(0, hint.indexOf('.')))) {
                throw new MigrationError("the rename hint " + hint + "=" + modelRenames.get(hint) + " names an app "
                        + "with no models: " + apps);
            }
        }
        // Renamed models first, in every app: a key of another app pointing at one then needs no change.
        ProjectState start = from.copy();
        Map<String, List<Operation.RenameModel>> renamed = new TreeMap<>();
        for (String app : apps) {
            renamed.put(app, renamedModels(app, start));
            renamed.get(app).forEach(rename -> rename.apply(app, start));
        }
        Map<String, List<Operation>> changes = new TreeMap<>();
        for (String app : apps) {
            List<Operation> operations = changes(app, start, renamed.get(app));
            if (!operations.isEmpty()) {
                changes.put(app, operations);
            }
        }
        return changes;
    }

    /** The models of {@code app} renamed, by hint or by the rule in the class comment. */
    private List<Operation.RenameModel> renamedModels(String app, ProjectState start) {
        List<ModelState> gone = start.models().stream().filter(m -> m.app().equals(app) && to.find(m.label()) == null)
                .toList();
        List<ModelState> come = to.models().stream().filter(m -> m.app().equals(app) && start.find(m.label()) == null)
                .toList();
        Map<ModelState, ModelState> renamed = new LinkedHashMap<>();
        modelRenames.forEach((old, hinted) -> {
            if (!old.startsWith(app + ".")) {
                return;
            }
            ModelState before = gone.stream().filter(m -> m.label().equals(old)).findFirst().orElseThrow(
                    () -> new MigrationError("the rename hint " + old + "=" + hinted + " names no model gone from "
                            + app + "; gone: " + gone.stream().map(ModelState::name).toList()));
            ModelState after = come.stream().filter(m -> m.name().equals(hinted)).findFirst().orElseThrow(
                    () -> new MigrationError("the rename hint " + old + "=" + hinted + " names no new model of "
                            + app + "; new: " + come.stream().map(ModelState::name).toList()));
            renamed.put(before, after);
        });
        for (ModelState old : gone) {
            if (renamed.containsKey(old)) {
                continue;
            }
            List<ModelState> partners = come.stream().filter(n -> !renamed.containsValue(n) && sameButName(old, n))
                    .toList();
            if (partners.size() == 1 && gone.stream().filter(o -> !renamed.containsKey(o) && sameButName(o, partners
                    .getFirst())).count() == 1) {
                renamed.put(old, partners.getFirst());
            }
        }
        List<Operation.RenameModel> operations = new ArrayList<>();
        renamed.forEach((before, after) -> {
            boolean named = before.table().equals(app + "_" + before.lowerName());
            String made = named ? app + "_" + after.lowerName() : before.table();
            operations.add(new Operation.RenameModel(before.name(), after.name(), made.equals(after.table())
                    ? null
                    : after.table()));
        });
        return operations;
    }

    /** Whether two models have the same fields, a field pointing at the one pointing at the other. */
    private static boolean sameButName(ModelState before, ModelState after) {
        return before.fields().stream().map(f -> f.pointedAt(before.label(), after.label())).toList().equals(after
                .fields());
    }

    private List<Operation> changes(String app, ProjectState start, List<Operation.RenameModel> renamedModels) {
        Phases phases = new Phases();
        phases.renamed.addAll(renamedModels);
        List<ModelState> deleted = new ArrayList<>();
        List<ModelState> created = new ArrayList<>();
        for (ModelState model : start.models()) {
            if (model.app().equals(app) && to.find(model.label()) == null) {
                deleted.add(model);
            }
        }
        for (ModelState model : to.models()) {
            if (!model.app().equals(app)) {
                continue;
            }
            ModelState before = start.find(model.label());
            if (before == null) {
                created.add(model);
            } else {
                compare(before, model, phases);
            }
        }
        for (ModelState model : ordered(deleted, start).reversed()) {
            phases.deleted.add(new Operation.DeleteModel(model.name()));
        }
        create(ordered(created, to), phases);
        return phases.all();
    }

    private void compare(ModelState before, ModelState after, Phases phases) {
        Map<String, String> renamed = renamedFields(before, after);
        ModelState current = before;
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            phases.renamed.add(new Operation.RenameField(after.name(), rename.getKey(), rename.getValue()));
            current = current.renameField(rename.getKey(), rename.getValue());
        }
        String model = after.name();
        for (var index : current.indexes()) {
            if (!after.indexes().contains(index)) {
                phases.unindexed.add(new Operation.RemoveIndex(model, index.name()));
            }
        }
        for (var index : after.indexes()) {
            if (!current.indexes().contains(index)) {
                phases.indexed.add(new Operation.AddIndex(model, index));
            }
        }
        for (Operation.Constraint constraint : constraints(current)) {
            if (!constraints(after).contains(constraint)) {
                phases.unindexed.add(new Operation.RemoveConstraint(model, constraint));
            }
        }
        for (Operation.Constraint constraint : constraints(after)) {
            if (!constraints(current).contains(constraint)) {
                phases.indexed.add(new Operation.AddConstraint(model, constraint));
            }
        }
        for (FieldState field : current.fields()) {
            FieldState now = after.field(field.name());
            if (now == null) {
                phases.removed.add(new Operation.RemoveField(model, field.name()));
            } else if (!now.equals(field)) {
                boolean fillNeeded = field.nullable() && !now.nullable();
                phases.altered.add(new Operation.AlterField(model, now, fillNeeded ? fill(after, now) : null));
            }
        }
        for (FieldState field : after.fields()) {
            if (current.field(field.name()) == null) {
                phases.added.add(new Operation.AddField(model, field, field.nullable() ? null : fill(after, field)));
            }
        }
    }

    /** Old name → new name for the fields renamed on a model, by hint or by the rule in the class comment. */
    private Map<String, String> renamedFields(ModelState before, ModelState after) {
        List<FieldState> gone = before.fields().stream().filter(f -> after.field(f.name()) == null).toList();
        List<FieldState> come = after.fields().stream().filter(f -> before.field(f.name()) == null).toList();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (FieldState old : gone) {
            String hinted = renames.get(before.label() + "." + old.name());
            if (hinted != null) {
                if (after.field(hinted) == null || before.field(hinted) != null) {
                    throw new MigrationError("the rename hint " + before.label() + "." + old.name() + "=" + hinted
                            + " names no new field of " + before.label());
                }
                renamed.put(old.name(), hinted);
            }
        }
        for (FieldState old : gone) {
            if (renamed.containsKey(old.name())) {
                continue;
            }
            List<FieldState> partners = come.stream().filter(n -> !renamed.containsValue(n.name()) && old
                    .sameButName(n)).toList();
            if (partners.size() == 1 && gone.stream().filter(o -> !renamed.containsKey(o.name()) && o.sameButName(
                    partners.getFirst())).count() == 1) {
                renamed.put(old.name(), partners.getFirst().name());
            }
        }
        return renamed;
    }

    private static List<Operation.Constraint> constraints(ModelState model) {
        List<Operation.Constraint> constraints = new ArrayList<>();
        model.uniqueTogether().forEach(set -> constraints.add(new Operation.Constraint(set, null)));
        model.checks().forEach(check -> constraints.add(new Operation.Constraint(null, check)));
        return constraints;
    }

    /** Models made, those pointed at first; a key that closes a circle becomes a field added afterwards. */
    private void create(List<ModelState> models, Phases phases) {
        Set<String> made = new HashSet<>();
        Set<String> making = new HashSet<>();
        models.forEach(m -> making.add(m.label()));
        for (ModelState model : models) {
            List<FieldState> now = new ArrayList<>();
            for (FieldState field : model.fields()) {
                String target = field.target();
                boolean later = target != null && making.contains(target) && !made.contains(target) && !target
                        .equals(model.label());
                if (later) {
                    phases.added.add(new Operation.AddField(model.name(), field, null));
                } else {
                    now.add(field);
                }
            }
            phases.created.add(new Operation.CreateModel(model.withFields(now)));
            made.add(model.label());
        }
    }

    /** Models in an order where each comes after the models of the same list it points at, where it can. */
    private static List<ModelState> ordered(List<ModelState> models, ProjectState state) {
        Map<String, ModelState> left = new LinkedHashMap<>();
        models.forEach(m -> left.put(m.label(), m));
        List<ModelState> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            ModelState next = left.values().stream().filter(m -> m.fields().stream().noneMatch(f -> f.target() != null
                    && !f.target().equals(m.label()) && left.containsKey(f.target()))).findFirst().orElse(left
                            .values().iterator().next());
            ordered.add(next);
            left.remove(next.label());
        }
        return ordered;
    }

    private String fill(ModelState model, FieldState field) {
        return fills == null || field.relation() == Relation.MANY_TO_MANY
                ? null
                : fills.apply(model.label(), field
                        .name());
    }

    /** The fill value of each field, from its declared default, or {@value FillValues#NOW} for automatic times. */
    static BiFunction<String, String, String> fillsOf(List<? extends ModelMeta<?>> models) {
        Map<String, ModelMeta<?>> byLabel = new LinkedHashMap<>();
        models.forEach(m -> byLabel.put(m.label(), m));
        return (label, name) -> {
            ModelMeta<?> model = byLabel.get(label);
            FieldMeta field = model == null ? null : model.field(name);
            if (field == null) {
                return null;
            }
            if (field.options().defaultValue() != null) {
                Object value = field.options().defaultValue().get();
                return value == null ? null : FillValues.text(dev.cairn.db.meta.Values.toStored(value));
            }
            return field.options().autoNow() || field.options().autoNowAdd() ? FillValues.NOW : null;
        };
    }

    /** The operations of one app, by the phase they run in. */
    private static final class Phases {
        final List<Operation> renamed = new ArrayList<>();
        final List<Operation> unindexed = new ArrayList<>();
        final List<Operation> removed = new ArrayList<>();
        final List<Operation> deleted = new ArrayList<>();
        final List<Operation> created = new ArrayList<>();
        final List<Operation> added = new ArrayList<>();
        final List<Operation> altered = new ArrayList<>();
        final List<Operation> indexed = new ArrayList<>();

        List<Operation> all() {
            List<Operation> all = new ArrayList<>();
            for (List<Operation> phase : List.of(renamed, unindexed, removed, deleted, created, added, altered,
                    indexed)) {
                all.addAll(phase);
            }
            return all;
        }
    }
}
