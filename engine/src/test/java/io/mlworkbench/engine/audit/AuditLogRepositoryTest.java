package io.mlworkbench.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditLogRepositoryTest {

    private final RegistryDatabase db = RegistryDatabase.openInMemory("audit-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(),
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void returnsNewestFirst() {
        audit.append(new Actor("ana"), "project.create", "project", "a", "{}");
        audit.append(new Actor("ben"), "project.create", "project", "b", "{}");
        assertThat(audit.find(AuditFilter.newest())).extracting(AuditEntry::objectRef).containsExactly("b", "a");
    }

    @Test
    void filtersByActorActionPrefixAndObject() {
        audit.append(new Actor("ana"), "project.create", "project", "a", "{}");
        audit.append(new Actor("ana"), "model.alias.move", "model", "churn", "{\"alias\":\"champion\"}");
        audit.append(new Actor("ben"), "model.register", "model", "churn", "{}");
        assertThat(audit.find(AuditFilter.newest().byActor("ana"))).hasSize(2);
        assertThat(audit.find(AuditFilter.newest().byActionPrefix("model."))).hasSize(2);
        assertThat(audit.find(AuditFilter.newest().byActor("ana").byObject("model", "churn")))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("model.alias.move");
                    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
                });
    }

    @Test
    void treatsLikeWildcardsInPrefixLiterally() {
        audit.append(new Actor("ana"), "project_x", "project", "a", "{}");
        audit.append(new Actor("ana"), "projectYx", "project", "b", "{}");
        assertThat(audit.find(AuditFilter.newest().byActionPrefix("project_"))).extracting(AuditEntry::objectRef)
                .containsExactly("a");
    }

    @Test
    void filtersByObjectReferencePrefix() {
        audit.append(new Actor("ana"), "model.version.register", "model_version", "models:/churn/1", "{}");
        audit.append(new Actor("ana"), "model.version.register", "model_version", "models:/churn2/1", "{}");
        audit.append(new Actor("ana"), "model.alias.move", "model_alias", "models:/churn@champion", "{}");
        assertThat(audit.find(AuditFilter.newest().byObjectRefPrefix("models:/churn/")))
                .extracting(AuditEntry::objectRef).containsExactly("models:/churn/1");
        assertThat(audit.find(AuditFilter.newest().byObjectRefPrefix("models:/churn").limitedTo(2))).hasSize(2);
    }
}
