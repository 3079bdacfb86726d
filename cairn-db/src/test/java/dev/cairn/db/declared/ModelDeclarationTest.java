package dev.cairn.db.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;
import dev.cairn.db.meta.ModelException;
import dev.cairn.db.meta.Models;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A model declared wrongly fails when first described, with a message that says how to fix it. */
class ModelDeclarationTest {

    /** A model the others point at. */
    public static class Target extends Model {
        public Long id;
    }

    public static class NoKey extends Model {
        @Field(maxLength = 10)
        public String name;
    }

    public static class TwoKeys extends Model {
        @Field(primaryKey = true)
        public Long a;
        @Field(primaryKey = true)
        public Long b;
    }

    public static class SetNullNotNullable extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.SET_NULL)
        public Ref<Target> target;
    }

    public static class SetDefaultWithoutDefault extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.SET_DEFAULT)
        public Ref<Target> target;
    }

    public static class DecimalWithoutDigits extends Model {
        public Long id;
        @Field
        public BigDecimal price;
    }

    public static class LengthOnANumber extends Model {
        public Long id;
        @Field(maxLength = 5)
        public Integer count;
    }

    public static class UnstorableType extends Model {
        public Long id;
        @Field
        public java.util.Date when;
    }

    public static class FinalField extends Model {
        public Long id;
        @Field(maxLength = 5)
        public final String name = "x";
    }

    @Table(ordering = "-nothing")
    public static class OrderingByNoField extends Model {
        public Long id;
    }

    public static class AutoNowOnText extends Model {
        public Long id;
        @Field(maxLength = 5, autoNow = true)
        public String stamp;
    }

    public static class KeyOfTheWrongHolder extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.CASCADE)
        public Target target;
    }

    public static class NullablePrimitive extends Model {
        public Long id;
        @Field(nullable = true)
        public int count;
    }

    /** Pairs of twins: a through model with two keys to Twin. */
    public static class TwinPair extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "pairsFrom")
        public Ref<SymmetricalThrough> from;
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "pairsTo")
        public Ref<SymmetricalThrough> to;
    }

    public static class SymmetricalThrough extends Model {
        public Long id;
        @ManyToMany(through = TwinPair.class)
        public Many<SymmetricalThrough> twins;
    }

    public static class SymmetricalRelatedName extends Model {
        public Long id;
        @ManyToMany(relatedName = "friendOf")
        public Many<SymmetricalRelatedName> friends;
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(NoKey.class, "NoKey has no primary key: declare `public Long id;`"),
                Arguments.of(TwoKeys.class, "TwoKeys has 2 primary keys"),
                Arguments.of(SetNullNotNullable.class, "SetNullNotNullable.target is on delete SET_NULL but not "
                        + "nullable: add nullable = true"),
                Arguments.of(SetDefaultWithoutDefault.class, "SetDefaultWithoutDefault.target is on delete "
                        + "SET_DEFAULT but has no default to fall back to"),
                Arguments.of(DecimalWithoutDigits.class, "DecimalWithoutDigits.price is a BigDecimal: give it "
                        + "maxDigits"),
                Arguments.of(LengthOnANumber.class, "LengthOnANumber.count has a maxLength, which only String"),
                Arguments.of(UnstorableType.class, "UnstorableType.when is a java.util.Date, which the ORM cannot "
                        + "store"),
                Arguments.of(FinalField.class, "FinalField.name must be public and not final"),
                Arguments.of(OrderingByNoField.class, "OrderingByNoField's ordering names 'nothing'"),
                Arguments.of(AutoNowOnText.class, "AutoNowOnText.stamp has autoNow or autoNowAdd, which only dates"),
                Arguments.of(KeyOfTheWrongHolder.class, "KeyOfTheWrongHolder.target is a key and must be a "
                        + "Ref<Target>"),
                Arguments.of(NullablePrimitive.class, "NullablePrimitive.count is nullable but a primitive int"),
                Arguments.of(SymmetricalThrough.class, "SymmetricalThrough.twins relates SymmetricalThrough to itself "
                        + "through TwinPair and is symmetrical, which a through model's one-way rows cannot keep: "
                        + "add symmetrical = false"),
                Arguments.of(SymmetricalRelatedName.class, "SymmetricalRelatedName.friends is symmetrical, so it has "
                        + "no other side for relatedName 'friendOf' to name: leave relatedName out, or add "
                        + "symmetrical = false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedWithItsFix(Class<? extends Model> model, String message) {
        ModelException error = assertThrows(ModelException.class, () -> Models.meta(model));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }

    public static class FallsBack extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.SET_DEFAULT, defaultValue = "7")
        public Ref<Target> target;
    }

    public static class DefaultNotAKey extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.SET_DEFAULT, defaultValue = "seven")
        public Ref<Target> target;
    }

    @Test
    void aKeysDefaultThatIsNoKeyIsRefusedByName() {
        ModelException error = assertThrows(ModelException.class, DefaultNotAKey::new);
        assertEquals("DefaultNotAKey.target's defaultValue 'seven' is not a key of Target (a Long)", error
                .getMessage());
    }

    public static class OneWayThrough extends Model {
        public Long id;
        @ManyToMany(through = OneWayPair.class, symmetrical = false, relatedName = "chosenBy")
        public Many<OneWayThrough> chosen;
    }

    /** The pairs of OneWayThrough.chosen. */
    public static class OneWayPair extends Model {
        public Long id;
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "choices")
        public Ref<OneWayThrough> chooser;
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "choosers")
        public Ref<OneWayThrough> chosen;
    }

    @Test
    void aRelationToItselfThroughAModelIsAcceptedOneWay() {
        var meta = Models.meta(OneWayThrough.class);
        assertEquals(false, meta.field("chosen").symmetrical());
        assertEquals("chosenBy", meta.field("chosen").relatedName());
        assertEquals(false, Models.meta(Target.class).fields().stream().anyMatch(f -> f.symmetrical()),
                "symmetrical means nothing off a relation to itself");
    }

    @Test
    void aKeysDefaultIsWhereANewObjectStarts() {
        assertEquals(7L, new FallsBack().target.id());
        assertEquals("declared_fallsback", Models.meta(FallsBack.class).table(), "app from the package's last part");
    }
}
