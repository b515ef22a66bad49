package io.mlworkbench.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessControlTest {

    private final RegistryDatabase db = RegistryDatabase.openInMemory("access-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    private final MemberRepository members = new MemberRepository(db.jdbi());
    private final AccessControl access = new AccessControl(db, members, audit, Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstActorInAnEmptyWorkspaceBecomesAdmin() {
        assertThat(access.require(new Actor("ada"), Permission.EDIT_ROLES)).isEqualTo(Role.ADMIN);
        assertThat(members.findAll()).singleElement()
                .satisfies(m -> assertThat(m.login()).isEqualTo("ada"))
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
        assertThat(audit.find(AuditFilter.newest())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("member.bootstrap"))
                .satisfies(e -> assertThat(e.objectRef()).isEqualTo("ada"));
    }

    @Test
    void laterActorsWithoutARoleAreRefusedEvenToView() {
        access.roleOf(new Actor("ada"));
        assertThatThrownBy(() -> access.require(new Actor("bob"), Permission.VIEW))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("'bob' (not a member of this workspace) may not view the registry")
                .hasMessageContaining("needs the viewer role or higher");
        assertThat(members.count()).isEqualTo(1);
    }

    @Test
    void refusalNamesActorRoleActionAndRoleNeeded() {
        access.roleOf(new Actor("ada"));
        members.insert("vic", Role.VIEWER, "ada", Clock.systemUTC().instant());
        assertThatThrownBy(() -> access.require(new Actor("vic"), Permission.MOVE_PROTECTED_ALIAS))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.login()).isEqualTo("vic");
                    assertThat(e.permission()).isEqualTo(Permission.MOVE_PROTECTED_ALIAS);
                })
                .hasMessage("'vic' (viewer) may not move the protected alias 'champion': that needs the approver"
                        + " role or higher. Ask an admin of this workspace to grant it.");
    }

    @Test
    void isAllowedAnswersWithoutThrowing() {
        access.roleOf(new Actor("ada"));
        members.insert("eve", Role.EDITOR, "ada", Clock.systemUTC().instant());
        assertThat(access.isAllowed(new Actor("eve"), Permission.REGISTER)).isTrue();
        assertThat(access.isAllowed(new Actor("eve"), Permission.ARCHIVE)).isFalse();
        assertThat(access.isAllowed(new Actor("nobody"), Permission.VIEW)).isFalse();
    }

    @Test
    void twoFirstActorsRacingMakeExactlyOneAdmin() throws Exception {
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<Role>>> roles = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Actor actor = new Actor("user" + i);
                roles.add(pool.submit(() -> {
                    start.await();
                    return access.roleOf(actor);
                }));
            }
            start.countDown();
            long admins = 0;
            for (Future<Optional<Role>> role : roles) {
                admins += role.get().filter(r -> r == Role.ADMIN).isPresent() ? 1 : 0;
            }
            assertThat(admins).isEqualTo(1);
            assertThat(members.count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
