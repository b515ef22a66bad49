package io.mlworkbench.app.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * The steps that exist, each with the view to show for it. A step's issue adds one line to the composition
 * root's {@link StepModule} list; a step nobody registered is not shown. Views are created on first visit and
 * kept for the session.
 */
public final class StepRegistry {

    private final Map<LifecycleStep, NavigationEntry> entries = new EnumMap<>(LifecycleStep.class);
    private final Map<LifecycleStep, Supplier<? extends Parent>> factories = new EnumMap<>(LifecycleStep.class);
    private final Map<LifecycleStep, Parent> created = new EnumMap<>(LifecycleStep.class);
    private Consumer<LifecycleStep> navigator = step -> { };

    /** @param shows selects a step in the window (set by the main window) */
    public void onNavigate(Consumer<LifecycleStep> shows) {
        this.navigator = shows;
    }

    /** @param step a step to switch to; nothing happens when it is not registered */
    public void navigate(LifecycleStep step) {
        if (entries.containsKey(step)) {
            navigator.accept(step);
        }
    }

    /**
     * @param step a step
     * @return true when the step is registered (links to it can be shown)
     */
    public boolean has(LifecycleStep step) {
        return entries.containsKey(step);
    }

    /**
     * Registers a step.
     *
     * @param entry the sidebar entry (its state and subject are kept up to date by the step's view model)
     * @param view creates the step's view on first visit
     * @throws IllegalStateException when the step is already registered
     */
    public void register(NavigationEntry entry, Supplier<? extends Parent> view) {
        if (entries.putIfAbsent(entry.step(), entry) != null) {
            throw new IllegalStateException("Step " + entry.step() + " is registered twice");
        }
        factories.put(entry.step(), view);
    }

    /** @return the registered entries in lifecycle order */
    public List<NavigationEntry> entries() {
        List<NavigationEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(NavigationEntry::step));
        return sorted;
    }

    /**
     * @param step a registered step
     * @return its view, created on the first call
     */
    public Parent view(LifecycleStep step) {
        Supplier<? extends Parent> factory = factories.get(step);
        if (factory == null) {
            throw new IllegalArgumentException("Step " + step + " is not registered");
        }
        return created.computeIfAbsent(step, s -> factory.get());
    }
}
