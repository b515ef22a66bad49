package io.mlworkbench.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    private final RegistryDatabase db = RegistryDatabase.openInMemory("members-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    private final MemberRepository members = new MemberRepository(db.jdbi());
    private final AccessControl access = new AccessControl(db, members, audit, Clock.systemUTC());
    private final MemberService service = new MemberService(db, members, access, audit, Clock.systemUTC());
    private final Actor ada = new Actor("ada");

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditEntry> memberAudit() {
        return audit.find(AuditFilter.newest().byActionPrefix("member."));
    }

    @Test
    void grantAddsAMemberAndAuditsIt() {
        Member bob = service.grant(ada, " bob ", Role.EDITOR);
        assertThat(bob.login()).isEqualTo("bob");
        assertThat(bob.grantedBy()).isEqualTo("ada");
        assertThat(memberAudit().get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("member.grant");
            assertThat(e.objectRef()).isEqualTo("bob");
            assertThat(e.detailsJson()).isEqualTo("{\"from\":null,\"to\":\"editor\"}");
        });
    }

    @Test
    void changingARoleAuditsFromAndTo() {
        service.grant(ada, "bob", Role.EDITOR);
        service.grant(ada, "bob", Role.APPROVER);
        assertThat(members.find("bob")).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.APPROVER));
        assertThat(memberAudit().get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("member.role.change");
            assertThat(e.detailsJson()).isEqualTo("{\"from\":\"editor\",\"to\":\"approver\"}");
        });
    }

    @Test
    void grantingTheSameRoleAgainWritesNothing() {
        service.grant(ada, "bob", Role.EDITOR);
        long before = audit.count();
        service.grant(ada, "bob", Role.EDITOR);
        assertThat(audit.count()).isEqualTo(before);
    }

    @Test
    void revokeRemovesTheMemberAndAuditsIt() {
        service.grant(ada, "bob", Role.VIEWER);
        service.revoke(ada, "bob");
        assertThat(members.find("bob")).isEmpty();
        assertThat(memberAudit().get(0).action()).isEqualTo("member.revoke");
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        access.roleOf(ada);
        long before = audit.count();
        assertThatThrownBy(() -> service.grant(ada, "ada", Role.APPROVER))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("Cannot demote 'ada': they are the last admin of this workspace. Make another member"
                        + " admin first.");
        assertThat(members.find("ada")).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
        assertThat(audit.count()).isEqualTo(before);
    }

    @Test
    void theLastAdminCannotBeRevoked() {
        access.roleOf(ada);
        assertThatThrownBy(() -> service.revoke(ada, "ada")).hasMessageContaining("Cannot revoke 'ada'");
    }

    @Test
    void anAdminCanStepDownOnceAnotherAdminExists() {
        service.grant(ada, "bob", Role.ADMIN);
        service.grant(ada, "ada", Role.VIEWER);
        assertThat(members.find("ada")).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.VIEWER));
    }

    @Test
    void onlyAdminsEditRoles() {
        service.grant(ada, "april", Role.APPROVER);
        assertThatThrownBy(() -> service.grant(new Actor("april"), "april", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("'april' (approver) may not edit member roles: that needs the admin role");
        assertThatThrownBy(() -> service.revoke(new Actor("april"), "ada"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void revokingANonMemberSaysSo() {
        assertThatThrownBy(() -> service.revoke(ada, "ghost"))
                .hasMessage("'ghost' is not a member of this workspace, so there is no role to revoke");
    }

    @Test
    void viewersSeeTheMemberListAdminsFirst() {
        service.grant(ada, "vic", Role.VIEWER);
        service.grant(ada, "bob", Role.EDITOR);
        assertThat(service.list(new Actor("vic"))).extracting(Member::login).containsExactly("ada", "bob", "vic");
    }
}
