package io.mlworkbench.engine.project;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Creating, listing and archiving projects; every change is audited in the same transaction. */
public final class ProjectService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");

    private final RegistryDatabase database;
    private final ProjectRepository projects;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param projects project SQL
     * @param audit the audit log
     * @param clock the clock
     */
    public ProjectService(RegistryDatabase database, ProjectRepository projects, AuditLogRepository audit, Clock clock) {
        this.database = database;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a project.
     *
     * @param actor who creates it
     * @param name its name: letters, digits, space, dot, underscore or hyphen, 1-100 characters
     * @param description free text
     * @return the new project
     */
    public Project create(Actor actor, String name, String description) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new WorkbenchException("Invalid project name '" + name + "': expected 1-100 letters, digits, spaces,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        return database.inTransaction(h -> {
            if (projects.findByName(trimmed).isPresent()) {
                throw new WorkbenchException("A project named '" + trimmed + "' already exists");
            }
            Project project = projects.insert(trimmed, description == null ? "" : description, actor.login(),
                    clock.instant());
            audit.append(actor, "project.create", "project", trimmed, "{}");
            return project;
        });
    }

    /**
     * Returns the project of that name, creating it when missing.
     *
     * @param actor who creates it if needed
     * @param name its name
     * @return the project
     */
    public Project findOrCreate(Actor actor, String name) {
        return projects.findByName(name.strip()).orElseGet(() -> create(actor, name, ""));
    }

    /** @return all projects, active first */
    public List<Project> list() {
        return projects.findAll();
    }

    /**
     * Archives a project: it stays readable but is listed last.
     *
     * @param actor who archives it
     * @param name the project
     */
    public void archive(Actor actor, String name) {
        database.useTransaction(h -> {
            Project project = projects.findByName(name)
                    .orElseThrow(() -> new WorkbenchException("No project named '" + name + "'"));
            if (projects.archive(project.id(), clock.instant())) {
                audit.append(actor, "project.archive", "project", project.name(), "{}");
            }
        });
    }
}
