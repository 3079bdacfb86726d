/**
 * Forms made from models: Django's ModelForm.
 *
 * <p>
 * {@link dev.cairn.contrib.forms.ModelFields} says which of a model's fields a form shows and how;
 * {@link dev.cairn.contrib.forms.ModelForm} makes each the form field its kind calls for, validates as a form, then
 * as the model ({@code fullClean}) and against the rows holding its unique values, and saves.
 * {@link dev.cairn.contrib.forms.ModelChoiceField} and {@link dev.cairn.contrib.forms.ModelMultipleChoiceField}
 * choose rows of a QuerySet by key.
 */
package dev.cairn.contrib.forms;
