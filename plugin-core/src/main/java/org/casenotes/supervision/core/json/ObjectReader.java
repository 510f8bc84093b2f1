package org.casenotes.supervision.core.json;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the fields of one object of a plain JSON tree (see {@link Json}), recording every
 * problem with its JSON Pointer instead of stopping at the first. A field that has a problem
 * reads as {@code null}. Not thread-safe.
 */
public final class ObjectReader {

    private final Map<String, Object> fields;
    private final String path;
    private final Problems problems;

    private ObjectReader(Map<String, Object> fields, String path, Problems problems) {
        this.fields = fields;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Starts reading a value that must be an object.
     *
     * @param value the value from the tree
     * @param path its JSON Pointer
     * @param problems where problems go
     * @return the reader, or empty (with a {@code wrong-type} problem) when it is no object
     */
    @SuppressWarnings("unchecked")
    public static Optional<ObjectReader> of(Object value, String path, Problems problems) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new ObjectReader((Map<String, Object>) map, path, problems));
        }
        problems.add(path, "wrong-type", "must be an object");
        return Optional.empty();
    }

    /**
     * Records an {@code unknown-property} problem for every field not listed.
     *
     * @param known the field names this object may have
     */
    public void rejectUnknown(Collection<String> known) {
        for (String name : fields.keySet()) {
            if (!known.contains(name)) {
                problems.add(at(name), "unknown-property",
                        "is not a known field; known fields are: " + String.join(", ", known));
            }
        }
    }

    /**
     * The JSON Pointer of this object.
     *
     * @return the pointer; {@code ""} for the document itself
     */
    public String path() {
        return path;
    }

    /**
     * The JSON Pointer of a field of this object.
     *
     * @param name the field name
     * @return the pointer
     */
    public String at(String name) {
        return path + "/" + Problems.token(name);
    }

    /**
     * Tells whether a field is present with a value other than {@code null}.
     *
     * @param name the field name
     * @return {@code true} when present
     */
    public boolean present(String name) {
        return fields.get(name) != null;
    }

    /**
     * Tells whether a field is present, even with the value {@code null}.
     *
     * @param name the field name
     * @return {@code true} when the object has the field
     */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * The raw value of a field.
     *
     * @param name the field name
     * @return the value, or {@code null} when absent
     */
    public Object raw(String name) {
        return fields.get(name);
    }

    /**
     * Reads a required boolean.
     *
     * @param name the field name
     * @return the value, or {@code null} after recording a problem
     */
    public Boolean requiredBoolean(String name) {
        Object value = fields.get(name);
        if (value == null) {
            problems.add(at(name), "required", "is required");
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add(at(name), "wrong-type", "must be true or false");
        return null;
    }

    /**
     * Reads a required enum constant given by name.
     *
     * @param name the field name
     * @param type the enum
     * @param <E> the enum type
     * @return the constant, or {@code null} after recording a problem
     */
    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        Object value = fields.get(name);
        if (value == null) {
            problems.add(at(name), "required", "is required; allowed values are: " + allowed(type));
            return null;
        }
        return enumValue(value, at(name), type, problems);
    }

    /**
     * Reads an enum constant given by name, at any path.
     *
     * @param value the raw value
     * @param path its pointer
     * @param type the enum
     * @param problems where problems go
     * @param <E> the enum type
     * @return the constant, or {@code null} after recording a problem
     */
    public static <E extends Enum<E>> E enumValue(Object value, String path, Class<E> type, Problems problems) {
        if (!(value instanceof String text)) {
            problems.add(path, "wrong-type", "must be one of: " + allowed(type));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(path, "not-allowed", "is not an allowed value; allowed values are: " + allowed(type));
        return null;
    }

    /**
     * Reads a text field.
     *
     * @param name the field name
     * @param rule whether it is required and how long it may be
     * @return the text; {@code null} when absent, or after recording a problem
     */
    public String text(String name, TextRule rule) {
        Object value = fields.get(name);
        if (value == null) {
            if (rule.required()) {
                problems.add(at(name), "required", "is required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(at(name), "wrong-type", "must be text");
            return null;
        }
        return rule.check(text, at(name), problems) ? text : null;
    }

    /**
     * Reads an integer within bounds.
     *
     * @param name the field name
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value; {@code null} when absent, or after recording a problem
     */
    public Integer integer(String name, int min, int max) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof BigDecimal number) || number.stripTrailingZeros().scale() > 0) {
            problems.add(at(name), "wrong-type", "must be a whole number");
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(at(name), "out-of-range", "must be between " + min + " and " + max);
            return null;
        }
        return number.intValueExact();
    }

    /**
     * Reads an array.
     *
     * @param name the field name
     * @return the elements; {@code null} when absent, or after recording a problem
     */
    @SuppressWarnings("unchecked")
    public List<Object> array(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        problems.add(at(name), "wrong-type", "must be a list");
        return null;
    }

    /**
     * The allowed names of an enum, comma-separated, for messages.
     *
     * @param type the enum
     * @return the names
     */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
