package io.camelcj.component.cj.paging;


import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Every item of every page, fetched lazily: only the current page is held, so
 * {@code split(body()).streaming()} walks a catalogue of any size in constant memory.
 *
 * @param <T> item type after conversion (Map, or the endpoint's outputClass)
 */
public final class ItemIterator<T> implements Iterator<T> {

    private final Iterator<Page> pages;
    private final Function<Object, T> convert;
    private Iterator<Object> current = Collections.emptyIterator();

    public ItemIterator(Iterator<Page> pages, Function<Object, T> convert) {
        this.pages = pages;
        this.convert = convert;
    }

    /** Starts with the items of an already fetched page, then continues with {@code rest}. */
    public ItemIterator(Page first, Iterator<Page> rest, Function<Object, T> convert) {
        this(rest, convert);
        this.current = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
            current = pages.next().items().iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no further item");
        }
        return convert.apply(current.next());
    }
}
