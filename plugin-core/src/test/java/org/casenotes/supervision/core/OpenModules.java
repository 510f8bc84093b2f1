package org.casenotes.supervision.core;

/** Test access to the modules this plugin still has open in the test JVM. */
public final class OpenModules {

    private OpenModules() {
    }

    /**
     * Closes every module still open, as the plugin's stop does.
     *
     * @return how many were open
     */
    public static int closeAll() {
        return SupervisionModuleFactory.closeAll();
    }
}
