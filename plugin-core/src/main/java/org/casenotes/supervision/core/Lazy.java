package org.casenotes.supervision.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and then kept: the module builds a feature's services when a host
 * first asks for the feature, so creating a module does not load and wire the features a host
 * has not used yet (start-up time).
 *
 * <p>Thread-safe: however many threads ask at once, the value is made once and every thread
 * gets that one (double-checked, published through a volatile field). When making it throws,
 * nothing is kept and the next call tries again.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    /**
     * Wraps a maker.
     *
     * @param maker makes the value; called at most once successfully, never returns null
     */
    Lazy(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    /**
     * The value, made by the first call.
     *
     * @return the value
     */
    @Override
    public T get() {
        T known = value;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (value == null) {
                value = Objects.requireNonNull(maker.get(), "a lazily made module part was null");
            }
            return value;
        }
    }

    /**
     * Whether the value has been made.
     *
     * @return true after the first successful {@link #get()}
     */
    boolean made() {
        return value != null;
    }
}
