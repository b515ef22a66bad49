package io.mlworkbench.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheRolesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.APPROVER)).isTrue();
        assertThat(Role.APPROVER.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.APPROVER)).isFalse();
        assertThat(Role.VIEWER.includes(Role.EDITOR)).isFalse();
    }

    @Test
    void parsesStoredAndTypedNames() {
        assertThat(Role.parse("approver")).isEqualTo(Role.APPROVER);
        assertThat(Role.parse(" Admin ")).isEqualTo(Role.ADMIN);
        assertThat(Role.APPROVER.storedName()).isEqualTo("approver");
    }

    @Test
    void rejectsUnknownRoleListingTheKnownOnes() {
        assertThatThrownBy(() -> Role.parse("owner")).isInstanceOf(WorkbenchException.class)
                .hasMessage("Unknown role 'owner': expected one of viewer, editor, approver, admin");
    }

    @Test
    void rightsAreDistinctPerRole() {
        assertThat(Permission.REGISTER.isGrantedTo(Role.EDITOR)).isTrue();
        assertThat(Permission.MOVE_ALIAS.isGrantedTo(Role.EDITOR)).isTrue();
        assertThat(Permission.MOVE_PROTECTED_ALIAS.isGrantedTo(Role.EDITOR)).isFalse();
        assertThat(Permission.ARCHIVE.isGrantedTo(Role.APPROVER)).isTrue();
        assertThat(Permission.DELETE.isGrantedTo(Role.APPROVER)).isFalse();
        assertThat(Permission.EDIT_ROLES.isGrantedTo(Role.ADMIN)).isTrue();
        assertThat(Permission.VIEW.isGrantedTo(Role.VIEWER)).isTrue();
    }
}
