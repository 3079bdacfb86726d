package dev.cairn.db.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.OneToOne;
import dev.cairn.db.Ref;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Reads a model's fields from its declaration: annotations, Java types, and the implicit {@code id}. */
final class FieldReader {

    private FieldReader() {}

    static List<FieldMeta> read(Class<? extends Model> type, String modelName) {
        // Fields of abstract base models come first, as Django lists inherited fields first.
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<java.lang.reflect.Field> declared = new ArrayList<>();
        for (Class<?> c : chain) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                int mods = field.getModifiers();
                if (!Modifier.isStatic(mods) && !field.isSynthetic()) {
                    declared.add(field);
                }
            }
        }
        boolean explicitKey = declared.stream().anyMatch(f -> f.isAnnotationPresent(Field.class) && f
                .getAnnotation(Field.class).primaryKey());
        List<FieldMeta> fields = new ArrayList<>();
        for (java.lang.reflect.Field field : declared) {
            boolean implicitId = !explicitKey && field.getName().equals("id") && !Models.annotated(field)
                    && (field.getType() == Long.class || field.getType() == Integer.class);
            if (!Models.annotated(field) && !implicitId) {
                continue;
            }
            String where = type.getSimpleName() + "." + field.getName();
            if (!Modifier.isPublic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                throw new ModelException(where + " must be public and not final: the ORM sets it from each row");
            }
            VarHandle handle = handle(field, where);
            if (implicitId) {
                ColumnType.Kind kind = field.getType() == Long.class
                        ? ColumnType.Kind.BIG_AUTO
                        : ColumnType.Kind.AUTO;
                fields.add(plain(field, "id", ColumnType.of(kind), Field.Kind.INFERRED, new FieldMeta.Options(true,
                        false, true, true, false, "ID", "", null, List.of(), false, false), handle));
            } else if (field.isAnnotationPresent(Field.class)) {
                fields.add(column(field, field.getAnnotation(Field.class), where, handle));
            } else {
                fields.add(relation(field, type, modelName, where, handle));
            }
        }
        return fields;
    }

    private static FieldMeta plain(java.lang.reflect.Field field, String column, ColumnType type, Field.Kind kind,
            FieldMeta.Options options, VarHandle handle) {
        return new FieldMeta(field.getName(), column, field.getType(), type, kind, options, Relation.NONE, null,
                null, null, null, false, handle);
    }

    private static FieldMeta column(java.lang.reflect.Field field, Field spec, String where, VarHandle handle) {
        Class<?> java = boxed(field.getType());
        ColumnType type = columnType(java, spec, where);
        List<?> choices = java.isEnum() ? List.of(java.getEnumConstants()) : List.of();
        if (spec.nullable() && field.getType().isPrimitive()) {
            throw new ModelException(where + " is nullable but a primitive " + field.getType() + " cannot be null: "
                    + "use " + java.getSimpleName());
        }
        Supplier<?> defaultValue = defaultOf(spec, java, where);
        boolean slug = spec.kind() == Field.Kind.SLUG;
        FieldMeta.Options options = new FieldMeta.Options(spec.primaryKey(), spec.nullable(), spec.blank(), spec
                .unique() || spec.primaryKey(), spec.dbIndex() || slug, verbose(spec.verboseName(), field.getName()),
                spec.helpText(), defaultValue, choices, spec.autoNow(), spec.autoNowAdd());
        String column = spec.column().isEmpty() ? field.getName() : spec.column();
        return plain(field, column, type, spec.kind(), options, handle);
    }

    private static ColumnType columnType(Class<?> java, Field spec, String where) {
        Field.Kind kind = spec.kind();
        boolean time = java == Instant.class || java == LocalDate.class || java == LocalTime.class;
        if ((spec.autoNow() || spec.autoNowAdd()) && !time) {
            throw new ModelException(where + " has autoNow or autoNowAdd, which only dates and times take");
        }
        if (kind == Field.Kind.AUTO || kind == Field.Kind.BIG_AUTO) {
            Class<?> wanted = kind == Field.Kind.AUTO ? Integer.class : Long.class;
            if (java != wanted) {
                throw new ModelException(where + " is " + kind + " but is a " + java.getSimpleName() + ": use "
                        + wanted.getSimpleName());
            }
            return ColumnType.of(kind == Field.Kind.AUTO ? ColumnType.Kind.AUTO : ColumnType.Kind.BIG_AUTO);
        }
        if (kind != Field.Kind.INFERRED && java != String.class) {
            throw new ModelException(where + " is " + kind + ", which is for String fields, not " + java
                    .getSimpleName());
        }
        if (java == String.class || java.isEnum()) {
            int length = spec.maxLength();
            if (java.isEnum()) {
                for (Object constant : java.getEnumConstants()) {
                    length = Math.max(length, ((Enum<?>) constant).name().length());
                }
            }
            if (kind == Field.Kind.TEXT || length == 0 && kind == Field.Kind.INFERRED) {
                return ColumnType.of(ColumnType.Kind.TEXT);
            }
            if (length == 0) {
                length = switch (kind) {
                    case EMAIL -> 254;
                    case URL -> 200;
                    default -> 50;
                };
            }
            return ColumnType.chars(length);
        }
        if (spec.maxLength() != 0) {
            throw new ModelException(where + " has a maxLength, which only String fields take");
        }
        if (java == BigDecimal.class) {
            if (spec.maxDigits() <= 0 || spec.decimalPlaces() < 0 || spec.decimalPlaces() > spec.maxDigits()) {
                throw new ModelException(where + " is a BigDecimal: give it maxDigits above 0 and decimalPlaces from "
                        + "0 to maxDigits, as @Field(maxDigits = 8, decimalPlaces = 2)");
            }
            return ColumnType.decimal(spec.maxDigits(), spec.decimalPlaces());
        }
        if (spec.maxDigits() != 0 || spec.decimalPlaces() != 0) {
            throw new ModelException(where + " has maxDigits or decimalPlaces, which only BigDecimal fields take");
        }
        ColumnType.Kind inferred = inferred(java);
        if (inferred == null) {
            throw new ModelException(where + " is a " + java.getName() + ", which the ORM cannot store: use String, "
                    + "Short, Integer, Long, Boolean, BigDecimal, Double, LocalDate, LocalTime, Instant, Duration, "
                    + "UUID, JsonNode, byte[] or an enum");
        }
        return ColumnType.of(inferred);
    }

    private static ColumnType.Kind inferred(Class<?> java) {
        if (java == Short.class) {
            return ColumnType.Kind.SMALL_INT;
        } else if (java == Integer.class) {
            return ColumnType.Kind.INT;
        } else if (java == Long.class) {
            return ColumnType.Kind.BIG_INT;
        } else if (java == Boolean.class) {
            return ColumnType.Kind.BOOLEAN;
        } else if (java == Double.class) {
            return ColumnType.Kind.FLOAT;
        } else if (java == LocalDate.class) {
            return ColumnType.Kind.DATE;
        } else if (java == LocalTime.class) {
            return ColumnType.Kind.TIME;
        } else if (java == Instant.class) {
            return ColumnType.Kind.DATETIME;
        } else if (java == Duration.class) {
            return ColumnType.Kind.DURATION;
        } else if (java == UUID.class) {
            return ColumnType.Kind.UUID;
        } else if (JsonNode.class.isAssignableFrom(java)) {
            return ColumnType.Kind.JSON;
        } else if (java == byte[].class) {
            return ColumnType.Kind.BINARY;
        }
        return null;
    }

    private static Supplier<?> defaultOf(Field spec, Class<?> java, String where) {
        if (spec.defaultSupplier() != Field.NoDefault.class) {
            try {
                var constructor = spec.defaultSupplier().getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ModelException(where + "'s defaultSupplier " + spec.defaultSupplier().getName()
                        + " needs a no-argument constructor: " + e);
            }
        }
        if (spec.defaultValue().isEmpty()) {
            return null;
        }
        Object value;
        try {
            value = Values.parse(java, spec.defaultValue());
        } catch (RuntimeException e) {
            throw new ModelException(where + "'s defaultValue '" + spec.defaultValue() + "' is not a "
                    + java.getSimpleName() + ": " + e.getMessage());
        }
        return () -> value;
    }

    private static FieldMeta relation(java.lang.reflect.Field field, Class<? extends Model> model, String modelName,
            String where, VarHandle handle) {
        ForeignKey fk = field.getAnnotation(ForeignKey.class);
        OneToOne one = field.getAnnotation(OneToOne.class);
        ManyToMany many = field.getAnnotation(ManyToMany.class);
        Class<?> holder = many != null ? Many.class : Ref.class;
        if (field.getType() != holder) {
            throw new ModelException(where + " is a " + (many != null ? "many-to-many" : "key") + " and must be a "
                    + holder.getSimpleName() + "<Target>, not " + field.getType().getSimpleName());
        }
        Class<? extends Model> target = targetOf(field, where);
        if (many != null) {
            boolean symmetrical = many.symmetrical() && target == model;
            return manyToMany(field, many, symmetrical, modelName, where, handle);
        }
        boolean nullable = fk != null ? fk.nullable() : one.nullable();
        OnDelete onDelete = fk != null ? fk.onDelete() : one.onDelete();
        if (onDelete == OnDelete.SET_NULL && !nullable) {
            throw new ModelException(where + " is on delete SET_NULL but not nullable: add nullable = true");
        }
        String defaultKey = fk != null ? fk.defaultValue() : "";
        if (onDelete == OnDelete.SET_DEFAULT && defaultKey.isEmpty() && !nullable) {
            throw new ModelException(where + " is on delete SET_DEFAULT but has no default to fall back to: add "
                    + "defaultValue = \"<a key>\", or nullable = true to fall back to NULL");
        }
        // Read when first asked, as the target's key type: the target may not be described yet.
        Supplier<?> defaultValue = defaultKey.isEmpty() ? null : () -> {
            Class<?> keyType = Models.meta(target).pk().javaType();
            try {
                return Values.parse(keyType, defaultKey);
            } catch (RuntimeException e) {
                throw new ModelException(where + "'s defaultValue '" + defaultKey + "' is not a key of "
                        + target.getSimpleName() + " (a " + keyType.getSimpleName() + ")");
            }
        };
        String related = fk != null ? fk.relatedName() : one.relatedName();
        String column = fk != null ? fk.column() : one.column();
        FieldMeta.Options options = new FieldMeta.Options(false, nullable, fk != null ? fk.blank() : one.blank(),
                one != null, true, verbose(fk != null ? fk.verboseName() : "", field.getName()), fk != null
                        ? fk
                                .helpText()
                        : "",
                defaultValue, List.of(), false, false);
        return new FieldMeta(field.getName(), column.isEmpty() ? field.getName() + "_id" : column, Ref.class, null,
                Field.Kind.INFERRED, options, fk != null ? Relation.FOREIGN_KEY : Relation.ONE_TO_ONE, target,
                onDelete, related.isEmpty() ? modelName : related, null, false, handle);
    }

    /**
     * A many-to-many field. A symmetrical one (to its own model, unless it says otherwise) has no other side: it
     * leads back along itself, so a related name would name nothing, and a through model's pairs would run one way.
     */
    private static FieldMeta manyToMany(java.lang.reflect.Field field, ManyToMany many, boolean symmetrical,
            String modelName, String where, VarHandle handle) {
        Class<? extends Model> target = targetOf(field, where);
        Class<? extends Model> through = many.through() == Model.class ? null : many.through();
        if (symmetrical && through != null) {
            throw new ModelException(where + " relates " + target.getSimpleName() + " to itself through "
                    + through.getSimpleName() + " and is symmetrical, which a through model's one-way rows cannot "
                    + "keep: add symmetrical = false");
        }
        if (symmetrical && !many.relatedName().isEmpty()) {
            throw new ModelException(where + " is symmetrical, so it has no other side for relatedName '" + many
                    .relatedName() + "' to name: leave relatedName out, or add symmetrical = false");
        }
        String related = symmetrical
                ? field.getName()
                : many.relatedName().isEmpty() ? modelName : many.relatedName();
        FieldMeta.Options options = new FieldMeta.Options(false, false, many.blank(), false, false, verbose(many
                .verboseName(), field.getName()), "", null, List.of(), false, false);
        return new FieldMeta(field.getName(), null, Many.class, null, Field.Kind.INFERRED, options,
                Relation.MANY_TO_MANY, target, null, related, through, symmetrical, handle);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Model> targetOf(java.lang.reflect.Field field, String where) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> target
                && Model.class.isAssignableFrom(target)) {
            return (Class<? extends Model>) target;
        }
        throw new ModelException(where + " must name its target model, as Ref<Author> or Many<Tag>");
    }

    private static VarHandle handle(java.lang.reflect.Field field, String where) {
        try {
            return Access.lookup(field.getDeclaringClass()).unreflectVarHandle(field);
        } catch (IllegalAccessException e) {
            throw new ModelException(where + " cannot be reached by the ORM: " + Access.HOW);
        }
    }

    private static String verbose(String declared, String name) {
        return declared.isEmpty() ? Models.words(name) : declared;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            default -> type;
        };
    }
}
