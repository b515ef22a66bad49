package io.mlworkbench.engine.training.algorithm;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Every algorithm the workbench offers, looked up by id. The GUI lists {@link #specs(TaskType)}; the command line
 * and stored runs refer to algorithms by {@link AlgorithmSpec#id()}.
 */
public final class AlgorithmCatalog {

    private final List<Algorithm<Label>> classification;
    private final List<Algorithm<Regressor>> regression;

    private AlgorithmCatalog(List<Algorithm<Label>> classification, List<Algorithm<Regressor>> regression) {
        this.classification = List.copyOf(classification);
        this.regression = List.copyOf(regression);
    }

    /** @return the standard catalog */
    public static AlgorithmCatalog standard() {
        return new AlgorithmCatalog(ClassificationAlgorithms.all(), RegressionAlgorithms.all());
    }

    /**
     * @param task the task
     * @return the declarations of the algorithms for that task, in display order
     */
    public List<AlgorithmSpec> specs(TaskType task) {
        return (task == TaskType.CLASSIFICATION ? classification.stream().map(Algorithm::spec)
                : regression.stream().map(Algorithm::spec)).toList();
    }

    /**
     * @param id an algorithm id
     * @return its declaration
     * @throws InvalidParameterException when no algorithm has that id
     */
    public AlgorithmSpec spec(String id) {
        return Stream.concat(classification.stream().map(Algorithm::spec), regression.stream().map(Algorithm::spec))
                .filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("Unknown algorithm '" + id + "'; known: "
                        + Stream.concat(specs(TaskType.CLASSIFICATION).stream(), specs(TaskType.REGRESSION).stream())
                        .map(AlgorithmSpec::id).toList()));
    }

    /**
     * @param id an algorithm id, e.g. as stored with a run or brought in by a bundle
     * @return its name for people ({@code Random forest}), or the id itself when this catalog does not know it
     */
    public String displayName(String id) {
        return Stream.concat(classification.stream(), regression.stream()).map(Algorithm::spec)
                .filter(s -> s.id().equals(id)).findFirst().map(AlgorithmSpec::displayName).orElse(id);
    }

    /**
     * Refuses, before anything is trained, algorithms that cannot learn the given task.
     *
     * @param task what the target needs
     * @param ids the algorithms asked for
     * @throws InvalidParameterException naming the unknown id, or the ids for the other task and the ones to choose
     *     from
     */
    public void requireFor(TaskType task, List<String> ids) {
        List<String> wrong = ids.stream().filter(id -> spec(id).task() != task).toList();
        if (!wrong.isEmpty()) {
            throw new InvalidParameterException(wrong + (wrong.size() == 1 ? " is" : " are") + " not for "
                    + task.name().toLowerCase(java.util.Locale.ROOT) + "; choose from "
                    + specs(task).stream().map(AlgorithmSpec::id).toList());
        }
    }

    /**
     * @param id a classification algorithm id
     * @return the algorithm
     */
    public Algorithm<Label> classifier(String id) {
        return find(classification, id).orElseThrow(() -> wrongTask(id, TaskType.CLASSIFICATION));
    }

    /**
     * @param id a regression algorithm id
     * @return the algorithm
     */
    public Algorithm<Regressor> regressor(String id) {
        return find(regression, id).orElseThrow(() -> wrongTask(id, TaskType.REGRESSION));
    }

    private InvalidParameterException wrongTask(String id, TaskType task) {
        AlgorithmSpec spec = spec(id);
        return new InvalidParameterException("Algorithm '" + id + "' is for " + spec.task().name().toLowerCase()
                + ", but the target needs " + task.name().toLowerCase() + "; choose one of "
                + specs(task).stream().map(AlgorithmSpec::id).toList());
    }

    private static <T extends org.tribuo.Output<T>> Optional<Algorithm<T>> find(List<Algorithm<T>> list, String id) {
        return list.stream().filter(a -> a.spec().id().equals(id)).findFirst();
    }
}
