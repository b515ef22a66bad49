package io.mlworkbench.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectServiceTest {

    private final RegistryDatabase db = RegistryDatabase.openInMemory("projects-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    private final ProjectService service = new ProjectService(db, new ProjectRepository(db.jdbi()), audit,
            Clock.systemUTC());
    private final Actor ana = new Actor("ana");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsProjectAndAuditsIt() {
        Project p = service.create(ana, "  churn  ", "telco churn");
        assertThat(p.name()).isEqualTo("churn");
        assertThat(audit.find(AuditFilter.newest())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("project.create"));
    }

    @Test
    void rejectsDuplicateNameAndLeavesNoAuditEntry() {
        service.create(ana, "churn", "");
        assertThatThrownBy(() -> service.create(ana, "churn", ""))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("already exists");
        assertThat(audit.count()).isEqualTo(1);
    }

    @Test
    void rejectsInvalidNameNamingTheRule() {
        assertThatThrownBy(() -> service.create(ana, "../etc", ""))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("Invalid project name '../etc'")
                .hasMessageContaining("expected 1-100 letters");
    }

    @Test
    void archivedProjectsAreListedLast() {
        service.create(ana, "a", "");
        service.create(ana, "b", "");
        service.archive(ana, "a");
        assertThat(service.list()).extracting(Project::name).containsExactly("b", "a");
        assertThat(service.list().get(1).archivedAt()).isPresent();
    }
}
