package dev.cairn.contrib.forms;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import dev.cairn.web.forms.Widget;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a model's fields a {@link ModelForm} shows, and how: Django's {@code class Meta} of a ModelForm
 * ({@code model}, {@code fields}, {@code exclude}, {@code labels}, {@code help_texts}, {@code widgets}), plus the
 * QuerySets that narrow relation choices, the time zone datetimes are typed in, and the database.
 *
 * <pre>{@code
 * static final ModelFields<Book> BOOK = ModelFields.of(Book.class)
 *         .fields("title", "author", "price", "tags")
 *         .label("price", "Price in euros")
 *         .queryset("author", Author.objects.filter("active", true));
 *
 * ModelForm<Book> form = BOOK.form();          // a new book
 * ModelForm<Book> edit = BOOK.form(book);      // an existing one
 * }</pre>
 *
 * <p>
 * Without {@link #fields} every editable field is shown, in declared order: not an auto-numbered key, not an
 * {@code autoNow}/{@code autoNowAdd} stamp, not JSON, binary or a duration, and not a many-to-many kept in an explicit
 * {@code through} model (whose pairs carry more than two keys). Naming an unknown or a non-editable field fails at
 * once, listing the choices. Configure it while the site is built; after that it is shared by every request.
 */
public final class ModelFields<M extends Model> {

    private final ModelMeta<M> meta;
    private List<String> only;
    private final Set<String> excluded = new LinkedHashSet<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> helpTexts = new HashMap<>();
    private final Map<String, Widget> widgets = new HashMap<>();
    private final Map<String, QuerySet<?>> querysets = new HashMap<>();
    private ZoneId zone = ZoneOffset.UTC;
    private String database;

    private ModelFields(ModelMeta<M> meta) {
        this.meta = meta;
    }

    /** Every editable field of {@code model}, until {@link #fields} or {@link #exclude} says otherwise. */
    public static <M extends Model> ModelFields<M> of(Class<M> model) {
        return new ModelFields<>(Models.meta(model));
    }

    /**
     * Shows only these fields, in this order (Django's {@code fields}).
     *
     * @throws IllegalArgumentException naming a field the model lacks, or one a form cannot edit
     */
    public ModelFields<M> fields(String... names) {
        for (String name : names) {
            editable(name);
        }
        this.only = List.copyOf(Arrays.asList(names));
        return this;
    }

    /**
     * Leaves these fields out (Django's {@code exclude}).
     *
     * @throws IllegalArgumentException naming a field the model lacks
     */
    public ModelFields<M> exclude(String... names) {
        for (String name : names) {
            known(name);
        }
        excluded.addAll(Arrays.asList(names));
        return this;
    }

    /** Shows {@code label} for a field instead of its verbose name. */
    public ModelFields<M> label(String field, String label) {
        labels.put(known(field).name(), Objects.requireNonNull(label, "label"));
        return this;
    }

    /** Shows {@code text} under a field instead of its declared help text. */
    public ModelFields<M> helpText(String field, String text) {
        helpTexts.put(known(field).name(), Objects.requireNonNull(text, "text"));
        return this;
    }

    /** Draws a field with another widget ({@link Widget#TEXTAREA} for a long varchar, say). */
    public ModelFields<M> widget(String field, Widget widget) {
        widgets.put(known(field).name(), Objects.requireNonNull(widget, "widget"));
        return this;
    }

    /**
     * Offers and accepts only these rows for a relation field (Django's {@code limit_choices_to}, or setting a
     * ModelChoiceField's queryset).
     *
     * @throws IllegalArgumentException when the field is no relation, or the rows are of another model
     */
    public ModelFields<M> queryset(String field, QuerySet<?> rows) {
        FieldMeta meta = known(field);
        if (meta.relation() == Relation.NONE) {
            throw new IllegalArgumentException("'" + field + "' of " + this.meta.type().getSimpleName()
                    + " is no relation; only foreign keys, one-to-ones and many-to-manys take a queryset");
        }
        if (rows.meta().type() != meta.target()) {
            throw new IllegalArgumentException("'" + field + "' relates to " + meta.target().getSimpleName()
                    + ", not to " + rows.meta().type().getSimpleName());
        }
        querysets.put(meta.name(), rows);
        return this;
    }

    /** The zone in which datetimes are typed and shown (UTC unless set); the model keeps the instant. */
    public ModelFields<M> zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** Reads choices, checks uniqueness and saves on the named database instead of the default one. */
    public ModelFields<M> using(String databaseName) {
        this.database = Objects.requireNonNull(databaseName, "databaseName");
        return this;
    }

    /** A form for a new, unsaved object. */
    public ModelForm<M> form() {
        return new ModelForm<>(this, meta.newInstance());
    }

    /** A form for {@code instance}: shown with its values, and saved onto it. */
    public ModelForm<M> form(M instance) {
        return new ModelForm<>(this, instance);
    }

    /** The model. */
    public ModelMeta<M> meta() {
        return meta;
    }

    /** The model fields the form shows, in order. */
    public List<FieldMeta> selected() {
        List<FieldMeta> selected = new ArrayList<>();
        if (only != null) {
            only.stream().filter(name -> !excluded.contains(name)).map(meta::field).forEach(selected::add);
        } else {
            meta.fields().stream().filter(f -> isEditable(f) && !excluded.contains(f.name())).forEach(selected::add);
        }
        return selected;
    }

    /** The label a field shows: the one set here, else its verbose name with a capital. */
    String label(FieldMeta field) {
        String label = labels.get(field.name());
        if (label != null) {
            return label;
        }
        String verbose = field.options().verboseName();
        return verbose.isEmpty() ? field.name() : Character.toUpperCase(verbose.charAt(0)) + verbose.substring(1);
    }

    String helpText(FieldMeta field) {
        return helpTexts.getOrDefault(field.name(), field.options().helpText());
    }

    Widget widget(FieldMeta field) {
        return widgets.get(field.name());
    }

    /** The rows a relation offers: the ones set here, else every row of the target on the form's database. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    QuerySet<Model> rows(FieldMeta field) {
        QuerySet<?> rows = querysets.get(field.name());
        if (rows == null) {
            dev.cairn.db.Manager<?> manager = dev.cairn.db.Manager.of((Class) field.target());
            rows = database == null ? manager.all() : manager.using(database).all();
        }
        return (QuerySet<Model>) rows;
    }

    ZoneId zone() {
        return zone;
    }

    /** The database named with {@link #using}, or null for the default. */
    String database() {
        return database;
    }

    private FieldMeta known(String name) {
        FieldMeta field = meta.field(Objects.requireNonNull(name, "name"));
        if (field == null || name.equals("pk")) {
            throw new IllegalArgumentException("Unknown field (" + name + ") specified for " + meta.type()
                    .getSimpleName() + ". Choices are: "
                    + String.join(", ", meta.fields().stream().map(
                            FieldMeta::name).toList()));
        }
        return field;
    }

    private void editable(String name) {
        FieldMeta field = known(name);
        if (!isEditable(field)) {
            throw new IllegalArgumentException("'" + name + "' cannot be specified for " + meta.type()
                    .getSimpleName() + " model form as it is a non-editable field (" + whyNot(field) + ")");
        }
    }

    /** Whether a form can show and set the field. */
    static boolean isEditable(FieldMeta field) {
        return whyNot(field) == null;
    }

    private static String whyNot(FieldMeta field) {
        if (field.relation() == Relation.MANY_TO_MANY) {
            return field.through() == null
                    ? null
                    : "its pairs are kept in the through model "
                            + field.through().getSimpleName() + "; edit those";
        }
        if (field.primaryKey() && field.columnType().isAuto()) {
            return "the database numbers it";
        }
        if (field.options().autoNow() || field.options().autoNowAdd()) {
            return "it is stamped on save";
        }
        if (field.relation() != Relation.NONE) {
            return null;
        }
        ColumnType.Kind kind = field.columnType().kind();
        return kind == ColumnType.Kind.JSON || kind == ColumnType.Kind.BINARY || kind == ColumnType.Kind.DURATION
                ? "no form field reads a " + kind
                : null;
    }
}
