package dev.cairn.cli.blog;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A comment on a post, added to the project after its first migration. */
public class Comment extends Model {
    public Long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "comments")
    public Ref<Post> post;
    @Field
    public String body;

    /** For the ORM. */
    public Comment() {}
}
