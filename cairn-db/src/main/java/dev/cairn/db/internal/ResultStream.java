package dev.cairn.db.internal;

import dev.cairn.db.DatabaseException;
import dev.cairn.db.RowMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A result read row by row as a {@link Stream}: each row is mapped when the stream asks for it, and the
 * {@code release} action (close the statement, give the connection back, record the journey) runs once, when the
 * rows run out, when reading fails, or when the stream is closed, whichever comes first.
 */
public final class ResultStream<T> extends Spliterators.AbstractSpliterator<T> {

    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private final Function<SQLException, DatabaseException> translate;
    private final Consumer<Long> release;
    private long count;
    private boolean released;

    private ResultStream(ResultSet rows, RowMapper<T> mapper, Function<SQLException, DatabaseException> translate,
            Consumer<Long> release) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.rows = rows;
        this.mapper = mapper;
        this.translate = translate;
        this.release = release;
    }

    /**
     * A stream over {@code rows}.
     *
     * @param translate turns a driver error into the database's exception
     * @param release   closes what the rows came from; given how many rows were read
     */
    public static <T> Stream<T> of(ResultSet rows, RowMapper<T> mapper,
            Function<SQLException, DatabaseException> translate, Consumer<Long> release) {
        ResultStream<T> spliterator = new ResultStream<>(rows, mapper, translate, release);
        return StreamSupport.stream(spliterator, false).onClose(spliterator::release);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (released) {
            return false;
        }
        T value;
        try {
            if (!rows.next()) {
                release();
                return false;
            }
            value = mapper.map(rows);
            count++;
        } catch (SQLException e) {
            release();
            throw translate.apply(e);
        } catch (RuntimeException e) {
            release();
            throw e;
        }
        action.accept(value);
        return true;
    }

    private void release() {
        if (!released) {
            released = true;
            release.accept(count);
        }
    }
}
