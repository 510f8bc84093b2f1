package org.casenotes.supervision.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matrix tests' tables are read exactly, and a malformed table is refused. */
class MatrixTableTest {

    @Test
    void rowsAndColumnsAreReadInOrderWithYAsYes() {
        Map<String, Map<String, Boolean>> table = MatrixTable.read("""
                action | own | admin

                edit   |  Y  |   -
                sign   |  -  |   Y
                """);

        assertThat(table.keySet()).containsExactly("edit", "sign");
        assertThat(table.get("edit")).containsExactly(Map.entry("own", true), Map.entry("admin", false));
        assertThat(table.get("sign")).containsExactly(Map.entry("own", false), Map.entry("admin", true));
    }

    @Test
    void aShortRowAnUnknownCellAndARepeatedRowAreRefused() {
        for (String bad : List.of("action | own | admin\nedit | Y\n", "action | own | admin\nedit | Y | y\n",
                "action | own | admin\nedit | Y | -\nedit | - | -\n")) {
            assertThatThrownBy(() -> MatrixTable.read(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("edit");
        }
    }
}
