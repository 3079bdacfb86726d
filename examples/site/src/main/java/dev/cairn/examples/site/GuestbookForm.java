package dev.cairn.examples.site;

import dev.cairn.web.forms.Fields;
import dev.cairn.web.forms.Form;
import dev.cairn.web.forms.TextField;
import java.util.Locale;

/** What a visitor writes in the guestbook: a name and a message, checked before anything is kept. */
public final class GuestbookForm extends Form {

    final TextField name = field(Fields.text("name").label("Your name").maxLength(40));
    final TextField message = field(Fields.textarea("message").label("Message").minLength(3).maxLength(500));

    /** Refuses a message that only repeats the name: the cross-field rule shows on the form, not on a field. */
    @Override
    protected void clean() {
        String who = cleaned().get(name);
        String what = cleaned().get(message);
        if (who != null && what != null && what.strip().toLowerCase(Locale.ROOT).equals(who.toLowerCase(Locale.ROOT))) {
            addError("Say something more than your name.");
        }
    }
}
