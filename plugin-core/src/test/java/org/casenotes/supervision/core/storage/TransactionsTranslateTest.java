package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lost race is a conflict the user can retry after a reload, however the database reports it;
 * anything else the database says is a storage fault.
 */
class TransactionsTranslateTest {

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "23505", "HYT00", "55P03"})
    void aLostRaceIsAConflict(String state) {
        assertThat(Transactions.translate("co-sign a note", new SQLException("x", state)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("reload and try again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "57014", "42P01", "XX000", "HY000"})
    void anythingElseIsAStorageFault(String state) {
        assertThat(Transactions.translate("co-sign a note", new SQLException("x", state)))
                .isInstanceOf(StorageUnavailableException.class).hasMessageContaining("SQLState " + state);
    }

    @Test
    void aLostRaceIsLoggedWithItsStateAndCodeLocationButNotTheDriversMessage() {
        Logger logger = (Logger) org.slf4j.LoggerFactory.getLogger(Transactions.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Level before = logger.getLevel();
        logger.addAppender(captured);
        logger.setLevel(Level.INFO);
        try {
            // A driver's message may quote the row: "Key (client_name)=(Maria Lopez) already exists".
            Transactions.translate("co-sign a note", new SQLException("Key (client_name)=(Maria Lopez) already exists", "23505"));
        } finally {
            logger.detachAppender(captured);
            logger.setLevel(before);
        }
        assertThat(captured.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage())
                    .contains("co-sign a note", "SQLState 23505",
                            "TransactionsTranslateTest.aLostRaceIsLoggedWithItsStateAndCodeLocationButNotTheDriversMessage:")
                    .doesNotContain("Maria", "Lopez", "client_name");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
