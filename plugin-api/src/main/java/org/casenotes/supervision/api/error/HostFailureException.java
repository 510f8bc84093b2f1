package org.casenotes.supervision.api.error;

import java.util.Objects;

/**
 * A part the host handed in (its data source, clock, directory, note look-up, event listener,
 * policy source, audit secrets, packet fonts, licensure records or billing records; see {@link
 * HostPart}) threw an unchecked exception or, when read at creation, gave none; the host's own
 * exception is the cause. Nothing was stored. Hosts answer 500: the fault is theirs, not the user's.
 *
 * <p>The plugin wraps every such failure, from {@code create()} and from every operation, so a
 * host sees only {@link SupervisionException} subtypes. Code {@code host.failure}.
 */
public final class HostFailureException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /** The code of every host failure. */
    public static final String CODE = "host.failure";

    private final HostPart part;

    /**
     * Creates the error.
     *
     * @param part which host part failed
     * @param cause what the host part threw
     * @throws NullPointerException when {@code part} is null
     */
    public HostFailureException(HostPart part, Throwable cause) {
        super(CODE, "the host's " + Objects.requireNonNull(part, "part").methodName() + "() failed: "
                + (cause == null ? "no cause given" : cause.getClass().getName()), cause);
        this.part = part;
    }

    /**
     * Which host part failed.
     *
     * @return the part
     */
    public HostPart part() {
        return part;
    }
}
