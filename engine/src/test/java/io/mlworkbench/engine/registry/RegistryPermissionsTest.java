package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.access.AccessDeniedException;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.audit.Actor;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each registry action is allowed for exactly the roles that hold its permission, and enforced in the engine. */
class RegistryPermissionsTest {

    private final RegistryFixture f = new RegistryFixture();
    private ModelVersion version;

    /** An action on the registry and the permission it needs. */
    enum Action {
        VIEW(Permission.VIEW, (f, a) -> f.registry.catalog().search(a, ModelQuery.all())),
        REGISTER(Permission.REGISTER, (f, a) -> f.registry.registry().register(a, "churn", f.run(null, Map.of()),
                "", Map.of())),
        TAG(Permission.REGISTER, (f, a) -> f.registry.registry().setTag(a, ModelUri.parse("models:/churn/1"),
                "team", "risk")),
        MOVE_CHALLENGER(Permission.MOVE_ALIAS, (f, a) -> f.registry.aliases().move(a,
                ModelUri.parse("models:/churn/1"), AliasName.CHALLENGER, "try")),
        MOVE_CHAMPION(Permission.MOVE_PROTECTED_ALIAS, (f, a) -> f.registry.aliases().move(a,
                ModelUri.parse("models:/churn/1"), AliasName.CHAMPION, "ship")),
        ARCHIVE(Permission.ARCHIVE, (f, a) -> f.registry.registry().archive(a, ModelUri.parse("models:/churn/1"),
                "old")),
        DELETE(Permission.DELETE, (f, a) -> f.registry.registry().deleteVersion(a, ModelUri.parse("models:/churn/1"),
                "mistake")),
        EDIT_ROLES(Permission.EDIT_ROLES, (f, a) -> f.registry.members().grant(a, "newcomer", Role.VIEWER)),
        EDIT_POLICY(Permission.EDIT_POLICY, (f, a) -> f.registry.aliases().updatePolicy(a,
                PromotionPolicy.defaults()));

        final Permission permission;
        final BiConsumer<RegistryFixture, Actor> run;

        Action(Permission permission, BiConsumer<RegistryFixture, Actor> run) {
            this.permission = permission;
            this.run = run;
        }
    }

    static Stream<Arguments> everyRoleAndAction() {
        return Arrays.stream(Role.values()).flatMap(r -> Arrays.stream(Action.values()).map(a -> Arguments.of(r, a)));
    }

    @BeforeEach
    void registerAVersion() {
        f.registry.aliases().updatePolicy(f.admin, new PromotionPolicy(false, false, Optional.empty()));
        version = f.registry.registry().register(f.admin, "churn", f.run(null, Map.of()), "", Map.of());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndAction")
    void allowsExactlyTheRolesThatHoldThePermission(Role role, Action action) {
        Actor actor = f.member("user-" + role.storedName(), role);
        long auditBefore = f.audit.count();
        if (role.includes(action.permission.leastRole())) {
            action.run.accept(f, actor);
            assertThat(f.audit.count()).as("one audit line per change, none for reading")
                    .isEqualTo(auditBefore + (action == Action.VIEW ? 0 : 1));
        } else {
            assertThatThrownBy(() -> action.run.accept(f, actor))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("'" + actor.login() + "' (" + role.storedName() + ") may not "
                            + action.permission.action())
                    .hasMessageContaining("needs the " + action.permission.leastRole().storedName() + " role");
            assertThat(f.audit.count()).isEqualTo(auditBefore);
            assertThat(f.registry.resolver().resolve(version.uri())).isEqualTo(version);
        }
    }
}
