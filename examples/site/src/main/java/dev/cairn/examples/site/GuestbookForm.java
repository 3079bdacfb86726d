package dev.cairn.examples.site;

import dev.cairn.contrib.forms.ModelFields;
import dev.cairn.contrib.forms.ModelForm;
import dev.cairn.web.forms.TextField;
import dev.cairn.web.forms.Widget;
import java.util.Locale;

/**
 * What a visitor writes in the guestbook, made from {@link Entry}'s fields: the name (at most 40 characters) and
 * the message (a textarea, at most 500), each required; checked before anything is saved.
 */
public final class GuestbookForm extends ModelForm<Entry> {

    /** The fields the public may set: never the key or the time, which the database and the save give. */
    static final ModelFields<Entry> FIELDS = ModelFields.of(Entry.class).fields("name", "message")
            .widget("message", Widget.TEXTAREA);

    /** A form for a new entry. */
    public GuestbookForm() {
        super(FIELDS, new Entry());
        // A rule of this form, not of the model: an entry of two characters written elsewhere is still an entry.
        ((TextField) this.<String>field("message")).minLength(3);
    }

    /** Refuses a message that only repeats the name: the cross-field rule shows on the form, not on a field. */
    @Override
    protected void cleanForm() {
        String who = cleaned().get(this.<String>field("name"));
        String what = cleaned().get(this.<String>field("message"));
        if (who != null && what != null && what.strip().toLowerCase(Locale.ROOT).equals(who.toLowerCase(Locale.ROOT))) {
            addError("Say something more than your name.");
        }
    }
}
