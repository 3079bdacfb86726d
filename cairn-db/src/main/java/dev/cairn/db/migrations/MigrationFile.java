package dev.cairn.db.migrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes migration files (the format is in the package documentation). Reading checks every key and
 * names the file and the place of any mistake: the line and column of a syntax error, the path of a wrong value
 * ({@code operations[2].field.type}).
 */
public final class MigrationFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MigrationFile() {}

    /**
     * Reads a migration of {@code app} named {@code name} from its text.
     *
     * @param source where it came from, for errors (a path)
     * @throws MigrationError naming the source and where in it the mistake is
     */
    public static Migration read(String app, String name, String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new MigrationError(source + where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MigrationError(source + ": a migration file holds one JSON object");
        }
        Node node = new Node(root, "", source);
        String declared = node.optText("name");
        if (declared != null && !declared.equals(name)) {
            throw new MigrationError(source + ": says its name is '" + declared + "' but the file is named '" + name
                    + "'; make them agree");
        }
        List<Migration.Key> dependencies = new ArrayList<>();
        for (Node dependency : node.array("dependencies")) {
            List<Node> pair = dependency.items();
            if (pair.size() != 2 || !pair.get(0).json.isTextual() || !pair.get(1).json.isTextual()) {
                throw dependency.error("a dependency is [\"<app>\", \"<migration>\"]");
            }
            dependencies.add(new Migration.Key(pair.get(0).json.asText(), pair.get(1).json.asText()));
        }
        List<Operation> operations = new ArrayList<>();
        for (Node operation : node.array("operations")) {
            operations.add(operation(operation, app));
        }
        return new Migration(app, name, dependencies, operations, source);
    }

    /** The file's text: {@code name}, {@code dependencies}, {@code operations}, written for review. */
    public static String write(Migration migration) {
        ObjectNode root = JsonText.NODES.objectNode();
        root.put("name", migration.name());
        ArrayNode dependencies = root.putArray("dependencies");
        migration.dependencies().forEach(d -> dependencies.addArray().add(d.app()).add(d.name()));
        ArrayNode operations = root.putArray("operations");
        migration.operations().forEach(o -> operations.add(operation(o)));
        return JsonText.write(root);
    }

    private static Operation operation(Node node, String app) {
        String op = node.text("op");
        return switch (op) {
            case "CreateModel" -> new Operation.CreateModel(new ModelState(app, node.text("model"), node.text(
                    "table"), node.array("fields").stream().map(MigrationFile::field).toList(),
                    node.optArray(
                            "indexes").stream().map(MigrationFile::index).toList(),
                    node.optArray("uniqueTogether")
                            .stream().map(Node::strings).toList(),
                    node.optArray("checks").stream().map(
                            MigrationFile::check).toList()));
            case "DeleteModel" -> new Operation.DeleteModel(node.text("model"));
            case "AddField" -> new Operation.AddField(node.text("model"), field(node.get("field")), node.optText(
                    "default"));
            case "RemoveField" -> new Operation.RemoveField(node.text("model"), node.text("field"));
            case "AlterField" -> new Operation.AlterField(node.text("model"), field(node.get("field")), node.optText(
                    "default"));
            case "RenameField" -> new Operation.RenameField(node.text("model"), node.text("from"), node.text("to"));
            case "RenameModel" -> new Operation.RenameModel(node.text("from"), node.text("to"), node.optText("table"));
            case "AddIndex" -> new Operation.AddIndex(node.text("model"), index(node.get("index")));
            case "RemoveIndex" -> new Operation.RemoveIndex(node.text("model"), node.text("name"));
            case "AddConstraint" -> new Operation.AddConstraint(node.text("model"), constraint(node.get(
                    "constraint")));
            case "RemoveConstraint" -> new Operation.RemoveConstraint(node.text("model"), constraint(node.get(
                    "constraint")));
            case "RunJava" -> new Operation.RunJava(node.text("class"));
            default -> throw node.get("op").error("unknown operation '" + op + "'; known: CreateModel, DeleteModel, "
                    + "AddField, RemoveField, AlterField, RenameField, RenameModel, AddIndex, RemoveIndex, AddConstraint, "
                    + "RemoveConstraint, RunJava");
        };
    }

    private static ObjectNode operation(Operation operation) {
        ObjectNode node = JsonText.NODES.objectNode();
        node.put("op", operation.getClass().getSimpleName());
        switch (operation) {
            case Operation.CreateModel create -> {
                ModelState model = create.state();
                node.put("model", model.name()).put("table", model.table());
                ArrayNode fields = node.putArray("fields");
                model.fields().forEach(f -> fields.add(field(f)));
                if (!model.indexes().isEmpty()) {
                    ArrayNode indexes = node.putArray("indexes");
                    model.indexes().forEach(i -> indexes.add(index(i)));
                }
                if (!model.uniqueTogether().isEmpty()) {
                    ArrayNode sets = node.putArray("uniqueTogether");
                    model.uniqueTogether().forEach(set -> strings(sets.addArray(), set));
                }
                if (!model.checks().isEmpty()) {
                    ArrayNode checks = node.putArray("checks");
                    model.checks().forEach(c -> checks.add(check(c)));
                }
            }
            case Operation.DeleteModel delete -> node.put("model", delete.model());
            case Operation.AddField add -> {
                node.put("model", add.model()).set("field", field(add.field()));
                if (add.fill() != null) {
                    node.put("default", add.fill());
                }
            }
            case Operation.RemoveField remove -> node.put("model", remove.model()).put("field", remove.field());
            case Operation.AlterField alter -> {
                node.put("model", alter.model()).set("field", field(alter.field()));
                if (alter.fill() != null) {
                    node.put("default", alter.fill());
                }
            }
            case Operation.RenameField rename -> node.put("model", rename.model()).put("from", rename.from()).put("to",
                    rename.to());
            case Operation.AddIndex add -> node.put("model", add.model()).set("index", index(add.index()));
            case Operation.RemoveIndex remove -> node.put("model", remove.model()).put("name", remove.name());
            case Operation.AddConstraint add -> node.put("model", add.model()).set("constraint", constraint(add
                    .constraint()));
            case Operation.RemoveConstraint remove -> node.put("model", remove.model()).set("constraint", constraint(
                    remove.constraint()));
            case Operation.RenameModel rename -> {
                node.put("from", rename.from()).put("to", rename.to());
                if (rename.table() != null) {
                    node.put("table", rename.table());
                }
            }
            case Operation.RunJava run -> node.put("class", run.className());
        }
        return node;
    }

    private static FieldState field(Node node) {
        String name = node.text("name");
        String type = node.text("type");
        Relation relation = switch (type) {
            case "foreign_key" -> Relation.FOREIGN_KEY;
            case "one_to_one" -> Relation.ONE_TO_ONE;
            case "many_to_many" -> Relation.MANY_TO_MANY;
            default -> Relation.NONE;
        };
        ColumnType columnType = relation == Relation.NONE ? columnType(node, type) : null;
        String column = relation == Relation.MANY_TO_MANY
                ? null
                : node.optText("column") != null ? node.optText("column") : defaultColumn(name, relation);
        String target = relation == Relation.NONE ? null : node.text("to");
        return new FieldState(name, column, columnType, node.bool("null"), node.bool("primaryKey"), node.bool(
                "unique"), node.bool("index"), relation, target, node.optText("through"));
    }

    private static ObjectNode field(FieldState field) {
        ObjectNode node = JsonText.NODES.objectNode();
        node.put("name", field.name());
        switch (field.relation()) {
            case NONE -> {
                ColumnType type = field.type();
                node.put("type", type.kind().name().toLowerCase(Locale.ROOT));
                if (type.kind() == ColumnType.Kind.CHAR) {
                    node.put("maxLength", type.maxLength());
                } else if (type.kind() == ColumnType.Kind.DECIMAL) {
                    node.put("maxDigits", type.maxDigits()).put("decimalPlaces", type.decimalPlaces());
                }
            }
            case FOREIGN_KEY -> node.put("type", "foreign_key").put("to", field.target());
            case ONE_TO_ONE -> node.put("type", "one_to_one").put("to", field.target());
            case MANY_TO_MANY -> {
                node.put("type", "many_to_many").put("to", field.target());
                if (field.through() != null) {
                    node.put("through", field.through());
                }
            }
        }
        if (field.column() != null && !field.column().equals(defaultColumn(field.name(), field.relation()))) {
            node.put("column", field.column());
        }
        flag(node, "null", field.nullable());
        flag(node, "primaryKey", field.primaryKey());
        flag(node, "unique", field.unique());
        flag(node, "index", field.index());
        return node;
    }

    private static String defaultColumn(String name, Relation relation) {
        return relation.isKey() ? name + "_id" : name;
    }

    private static void flag(ObjectNode node, String key, boolean value) {
        if (value) {
            node.put(key, true);
        }
    }

    private static ColumnType columnType(Node node, String type) {
        ColumnType.Kind kind;
        try {
            kind = ColumnType.Kind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.get("type").error("unknown type '" + type + "'; known: " + java.util.Arrays.stream(
                    ColumnType.Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList()
                    + ", foreign_key, one_to_one, many_to_many");
        }
        try {
            return new ColumnType(kind, node.optInt("maxLength"), node.optInt("maxDigits"), node.optInt(
                    "decimalPlaces"));
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static ModelMeta.IndexMeta index(Node node) {
        return new ModelMeta.IndexMeta(node.text("name"), node.get("fields").strings(), node.bool("unique"));
    }

    private static ObjectNode index(ModelMeta.IndexMeta index) {
        ObjectNode node = JsonText.NODES.objectNode().put("name", index.name());
        strings(node.putArray("fields"), index.fields());
        flag(node, "unique", index.unique());
        return node;
    }

    private static ModelMeta.CheckMeta check(Node node) {
        return new ModelMeta.CheckMeta(node.text("name"), node.text("lookup"), node.text("value"));
    }

    private static ObjectNode check(ModelMeta.CheckMeta check) {
        return JsonText.NODES.objectNode().put("name", check.name()).put("lookup", check.lookup()).put("value", check
                .value());
    }

    private static Operation.Constraint constraint(Node node) {
        String type = node.text("type");
        return switch (type) {
            case "unique" -> new Operation.Constraint(node.get("fields").strings(), null);
            case "check" -> new Operation.Constraint(null, check(node));
            default -> throw node.get("type").error("unknown constraint type '" + type + "'; known: unique, check");
        };
    }

    private static ObjectNode constraint(Operation.Constraint constraint) {
        if (constraint.unique() != null) {
            ObjectNode node = JsonText.NODES.objectNode().put("type", "unique");
            strings(node.putArray("fields"), constraint.unique());
            return node;
        }
        ObjectNode node = JsonText.NODES.objectNode().put("type", "check");
        node.setAll(check(constraint.check()));
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** A node of the file with its path, for errors that say where. */
    private record Node(JsonNode json, String path, String source) {

        Node get(String key) {
            JsonNode value = json.get(key);
            if (value == null || value.isNull()) {
                throw error("'" + key + "' is missing");
            }
            return new Node(value, path + (path.isEmpty() ? "" : ".") + key, source);
        }

        String text(String key) {
            Node value = get(key);
            if (!value.json.isTextual()) {
                throw value.error("should be text");
            }
            return value.json.asText();
        }

        String optText(String key) {
            return json.hasNonNull(key) ? text(key) : null;
        }

        boolean bool(String key) {
            if (!json.hasNonNull(key)) {
                return false;
            }
            Node value = get(key);
            if (!value.json.isBoolean()) {
                throw value.error("should be true or false");
            }
            return value.json.asBoolean();
        }

        int optInt(String key) {
            if (!json.hasNonNull(key)) {
                return 0;
            }
            Node value = get(key);
            if (!value.json.isInt()) {
                throw value.error("should be a whole number");
            }
            return value.json.asInt();
        }

        List<Node> array(String key) {
            return get(key).items();
        }

        List<Node> optArray(String key) {
            return json.hasNonNull(key) ? array(key) : List.of();
        }

        List<Node> items() {
            if (!json.isArray()) {
                throw error("should be an array");
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                items.add(new Node(json.get(i), path + "[" + i + "]", source));
            }
            return items;
        }

        List<String> strings() {
            List<String> values = new ArrayList<>();
            for (Node item : items()) {
                if (!item.json.isTextual()) {
                    throw item.error("should be text");
                }
                values.add(item.json.asText());
            }
            return values;
        }

        MigrationError error(String message) {
            return new MigrationError(source + ": " + (path.isEmpty() ? "" : path + ": ") + message);
        }
    }
}
