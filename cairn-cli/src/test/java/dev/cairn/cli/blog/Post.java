package dev.cairn.cli.blog;

import dev.cairn.db.Field;
import dev.cairn.db.Model;

/** A blog post, in app {@code blog} (its package's last part). */
public class Post extends Model {
    public Long id;
    @Field(maxLength = 200)
    public String title;

    /** For the ORM. */
    public Post() {}
}
