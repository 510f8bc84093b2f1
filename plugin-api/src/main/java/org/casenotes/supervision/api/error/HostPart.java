package org.casenotes.supervision.api.error;

/**
 * The parts a host hands in through {@link org.casenotes.supervision.api.HostContext}, named
 * so that a {@link HostFailureException} can say which one failed: one value per method of
 * {@code HostContext}, whose name {@link #methodName()} gives. Values are added, never removed
 * or renamed, as {@code HostContext} gains methods.
 */
public enum HostPart {
    /** {@link org.casenotes.supervision.api.HostContext#dataSource()} and its connections. */
    DATA_SOURCE,
    /** {@link org.casenotes.supervision.api.HostContext#clock()}. */
    CLOCK,
    /** {@link org.casenotes.supervision.api.HostContext#directory()}. */
    DIRECTORY,
    /** {@link org.casenotes.supervision.api.HostContext#notes()}. */
    NOTES,
    /** {@link org.casenotes.supervision.api.HostContext#events()}. */
    EVENTS,
    /** {@link org.casenotes.supervision.api.HostContext#policies()}. */
    POLICIES,
    /** {@link org.casenotes.supervision.api.HostContext#auditSecrets()} and its checkpoint sink. */
    AUDIT_SECRETS,
    /**
     * {@link org.casenotes.supervision.api.HostContext#packetFonts()}: the accessor and the list
     * it returns, both read once when the module is created.
     */
    PACKET_FONTS,
    /** {@link org.casenotes.supervision.api.HostContext#licensure()}: rule packs and client hours. */
    LICENSURE,
    /** {@link org.casenotes.supervision.api.HostContext#billing()}: payer groups and presence. */
    BILLING;

    /**
     * The part as a {@code HostContext} method name, for messages.
     *
     * @return such as {@code dataSource} or {@code notes}
     */
    public String methodName() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
