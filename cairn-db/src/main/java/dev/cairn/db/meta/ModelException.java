package dev.cairn.db.meta;

/**
 * A model declared wrongly (a field type the ORM cannot store, a relation to a class that is not a model, two
 * primary keys...), found when the model is first described: the message names the model and field and says how to
 * fix it.
 */
public class ModelException extends RuntimeException {

    /** A declaration error with its message. */
    public ModelException(String message) {
        super(message);
    }
}
