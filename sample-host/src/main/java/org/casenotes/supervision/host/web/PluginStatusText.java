package org.casenotes.supervision.host.web;

/** Turns an unexpected plugin failure into one line for logs and status pages. */
final class PluginStatusText {

    private PluginStatusText() {
    }

    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName()
                + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
