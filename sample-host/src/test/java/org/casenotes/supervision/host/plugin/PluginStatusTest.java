package org.casenotes.supervision.host.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginState;

/** The {@code plugins} line speaks in words, whatever state the loader reports. */
class PluginStatusTest {

    @Test
    void everyLoaderStateIsPrintedInWordsAndNeverAsItsConstant() {
        List<String> states = new ArrayList<>(List.of("REFUSED", "MISSING"));
        for (PluginState state : PluginState.values()) {
            states.add(state.name());
        }
        for (String state : states) {
            String line = new PluginStatus("supervision-review", "0.1.0", state, "").line();
            assertThat(line).as(state).startsWith("supervision-review 0.1.0 ")
                    .doesNotContain(state).matches("[a-z0-9 .,-]+");
        }
    }

    @Test
    void aRunningPluginReadsAsRunningAndAnUnknownVersionIsLeftOut() {
        assertThat(new PluginStatus("supervision-review", "0.1.0", "STARTED", "").line())
                .isEqualTo("supervision-review 0.1.0 running");
        assertThat(new PluginStatus("x.zip", "-", "REFUSED", "x.zip is not a readable plugin zip").line())
                .isEqualTo("x.zip not loaded: x.zip is not a readable plugin zip");
    }
}
