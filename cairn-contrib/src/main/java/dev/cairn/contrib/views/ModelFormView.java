package dev.cairn.contrib.views;

import dev.cairn.contrib.forms.ModelFields;
import dev.cairn.contrib.forms.ModelForm;
import dev.cairn.db.Model;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What {@link CreateView} and {@link UpdateView} share (Django's {@code ModelFormMixin} and
 * {@code ProcessFormView}): GET shows the form over the object; POST binds it to the submission and, if valid,
 * saves and redirects (303, or {@code HX-Redirect} for an htmx fragment request), else shows it again, 200, with
 * the errors and what was typed.
 *
 * <p>
 * The form comes from {@link #fields(String...)}, {@link #form(ModelFields)} or {@link #form(Function)}; as in
 * Django, a view with none refuses to guess which fields the public may set. It renders
 * {@code <app>/<model>_form.html} with {@code form} (the {@link ModelForm}), and {@code object} and
 * {@code <model>} for an existing row.
 *
 * @param <M> the model
 * @param <V> the concrete view, returned by the fluent setters
 */
public abstract class ModelFormView<M extends Model, V extends ModelFormView<M, V>> extends SingleObjectView<M, V> {

    private Function<M, ? extends ModelForm<M>> forms;
    private final SuccessUrl<M> successUrl = new SuccessUrl<>();

    /** A form view of {@code model}. */
    protected ModelFormView(Class<M> model) {
        super(model);
    }

    /** Edits these fields of the model (Django's {@code fields}). */
    public V fields(String... names) {
        return form(ModelFields.of(meta().type()).fields(names));
    }

    /** Edits the fields {@code spec} selects. */
    public V form(ModelFields<M> spec) {
        Objects.requireNonNull(spec, "spec");
        return form(spec::form);
    }

    /** Makes the form for an object with {@code factory} (a ModelForm subclass's constructor, say). */
    public V form(Function<M, ? extends ModelForm<M>> factory) {
        this.forms = Objects.requireNonNull(factory, "factory");
        return self();
    }

    /** Sends the browser here after saving. */
    public V successUrl(String path) {
        successUrl.set(path);
        return self();
    }

    /** Sends the browser to the path made from the request and the saved row. */
    public V successUrl(BiFunction<Request, M, String> maker) {
        successUrl.set(maker);
        return self();
    }

    @Override
    protected String templateSuffix() {
        return "_form";
    }

    /** The object the form edits: a new one, or the row the path names. */
    protected abstract M instance(Request request) throws Exception;

    /**
     * The form over {@code instance}, unbound.
     *
     * @throws IllegalStateException when the view was given no fields and no form
     */
    protected ModelForm<M> form(Request request, M instance) throws Exception {
        if (forms == null) {
            throw new IllegalStateException("Using " + getClass().getSimpleName() + " (" + meta().label()
                    + ") without fields(...) or form(...) is prohibited: name the fields the form may set");
        }
        return forms.apply(instance);
    }

    @Override
    protected Response get(Request request) throws Exception {
        M instance = instance(request);
        return render(request, context(request, instance, form(request, instance)));
    }

    @Override
    protected Response post(Request request) throws Exception {
        M instance = instance(request);
        ModelForm<M> form = form(request, instance);
        form.bind(request.form(), request.files());
        return form.isValid() ? formValid(request, form) : formInvalid(request, form);
    }

    /** Saves the object and redirects to the success URL. */
    protected Response formValid(Request request, ModelForm<M> form) throws Exception {
        M saved = form.save();
        return redirect(request, successUrl.of(request, saved, toString()));
    }

    /** Shows the form again with its errors. */
    protected Response formInvalid(Request request, ModelForm<M> form) throws Exception {
        return render(request, context(request, form.instance(), form));
    }

    /** The context: {@code form}, and {@code object} and {@code <model>} unless the object is new. */
    protected Map<String, Object> context(Request request, M instance, ModelForm<M> form) throws Exception {
        Map<String, Object> context = objectContext(request, instance.isAdding() ? null : instance);
        context.put("form", form);
        return context;
    }

    @SuppressWarnings("unchecked")
    private V self() {
        return (V) this;
    }
}
