package org.casenotes.supervision.api.packet;

/** How a packet names the clients whose notes it contains. */
public enum IdentityMode {

    /**
     * A stable pseudonymous client code, the same in every packet of the practice, that cannot
     * be turned back into a name without the practice's key. No name, date of birth or contact
     * data reaches the packet. The default.
     */
    CODED,

    /** The client's initials only. */
    INITIALS,

    /** The client's full name. */
    FULL
}
