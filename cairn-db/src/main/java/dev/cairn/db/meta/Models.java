package dev.cairn.db.meta;

import dev.cairn.db.Check;
import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Index;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.OneToOne;
import dev.cairn.db.Table;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models the ORM knows, each described once from its declaration (Django's app registry). A model is known
 * once something describes it, or once {@link #register} names it: reverse relations ({@code author__books})
 * come only from models known by then, so a site registers its models at start-up.
 */
public final class Models {

    private static final Map<Class<?>, ModelMeta<?>> KNOWN = new ConcurrentHashMap<>();

    private Models() {}

    /**
     * The description of a model, read from its declaration the first time.
     *
     * @throws ModelException when the declaration is wrong, saying how to fix it
     */
    @SuppressWarnings("unchecked")
    public static <M extends Model> ModelMeta<M> meta(Class<M> type) {
        ModelMeta<?> meta = KNOWN.get(type);
        if (meta == null) {
            // Not computeIfAbsent: describing a model may describe others, which would modify the map meanwhile.
            meta = read(type);
            ModelMeta<?> raced = KNOWN.putIfAbsent(type, meta);
            if (raced != null) {
                meta = raced;
            }
        }
        return (ModelMeta<M>) meta;
    }

    /** Describes these models now, so that each is known to the others' reverse relations. */
    @SafeVarargs
    public static void register(Class<? extends Model>... types) {
        for (Class<? extends Model> type : types) {
            meta(type);
        }
    }

    /** Every model known so far. */
    public static Collection<ModelMeta<?>> all() {
        return List.copyOf(KNOWN.values());
    }

    static List<ReverseRelation> reverseRelations(ModelMeta<?> target) {
        List<ReverseRelation> reverse = new ArrayList<>();
        for (ModelMeta<?> model : KNOWN.values()) {
            for (FieldMeta field : model.fields()) {
                // A symmetrical relation leads back along itself: it has no other side to show.
                if (field.target() == target.type() && !field.symmetrical()) {
                    reverse.add(new ReverseRelation(field.relatedName(), model, field));
                }
            }
        }
        reverse.sort(java.util.Comparator.comparing(ReverseRelation::name));
        return reverse;
    }

    private static <M extends Model> ModelMeta<M> read(Class<M> type) {
        String simple = type.getSimpleName();
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new ModelException(simple + " is abstract: only concrete classes are models");
        }
        Table table = type.getAnnotation(Table.class);
        String app = table != null && !table.app().isEmpty() ? table.app() : appOf(type);
        String name = simple.toLowerCase(Locale.ROOT);
        String tableName = table != null && !table.name().isEmpty() ? table.name() : app + "_" + name;
        List<FieldMeta> fields = FieldReader.read(type, name);
        long keys = fields.stream().filter(FieldMeta::primaryKey).count();
        if (keys == 0) {
            throw new ModelException(simple + " has no primary key: declare `public Long id;` (numbered by the "
                    + "database) or mark a field @Field(primaryKey = true)");
        }
        if (keys > 1) {
            throw new ModelException(simple + " has " + keys + " primary keys: mark only one field primaryKey");
        }
        List<ModelMeta.IndexMeta> indexes = new ArrayList<>();
        for (Index index : type.getAnnotationsByType(Index.class)) {
            String indexName = index.name().isEmpty()
                    ? tableName + "_" + String.join("_", Arrays.stream(index.fields()).map(f -> f.replace("-", ""))
                            .toList()) + (index.unique() ? "_uniq" : "_idx")
                    : index.name();
            indexes.add(new ModelMeta.IndexMeta(indexName, List.of(index.fields()), index.unique()));
        }
        List<List<String>> together = new ArrayList<>();
        if (table != null) {
            for (String set : table.uniqueTogether()) {
                together.add(Arrays.stream(set.split(",")).map(String::strip).toList());
            }
        }
        List<ModelMeta.CheckMeta> checks = new ArrayList<>();
        for (Check check : type.getAnnotationsByType(Check.class)) {
            checks.add(new ModelMeta.CheckMeta(check.name(), check.lookup(), check.value()));
        }
        String verbose = table != null && !table.verboseName().isEmpty() ? table.verboseName() : words(simple);
        String plural = table != null && !table.verboseNamePlural().isEmpty()
                ? table.verboseNamePlural()
                : verbose + "s";
        List<String> ordering = table == null ? List.of() : List.of(table.ordering());
        ModelMeta<M> meta = new ModelMeta<>(type, app, tableName, fields, ordering, indexes, together, checks,
                verbose, plural, constructor(type));
        for (String field : ordering) {
            String bare = field.startsWith("-") ? field.substring(1) : field;
            if (meta.field(bare) == null) {
                throw new ModelException(simple + "'s ordering names '" + bare + "', which is not one of its fields: "
                        + fields.stream().map(FieldMeta::name).toList());
            }
        }
        return meta;
    }

    /** The last part of the package: {@code com.example.blog} is app {@code blog}. */
    private static String appOf(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** {@code BlogPost} as {@code blog post}. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static MethodHandle constructor(Class<?> type) {
        try {
            return Access.lookup(type).findConstructor(type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            throw new ModelException(type.getSimpleName() + " needs a public no-argument constructor, which the "
                    + "ORM uses to make objects from rows");
        } catch (IllegalAccessException e) {
            throw new ModelException(type.getSimpleName() + " cannot be made by the ORM: " + Access.HOW);
        }
    }

    static boolean annotated(java.lang.reflect.Field field) {
        return field.isAnnotationPresent(Field.class) || field.isAnnotationPresent(ForeignKey.class)
                || field.isAnnotationPresent(OneToOne.class) || field.isAnnotationPresent(ManyToMany.class);
    }
}
