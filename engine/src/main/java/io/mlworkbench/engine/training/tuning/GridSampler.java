package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.HyperParameter;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks every combination of a few evenly spread values per tuned parameter, then reports it is done. */
public final class GridSampler implements ParameterSampler {

    private final SearchSpace space;
    private final List<List<Object>> axes = new ArrayList<>();
    private long next;
    private final long size;

    /**
     * @param space the search space
     * @param pointsPerParameter values per numeric parameter (choices use all their values)
     */
    public GridSampler(SearchSpace space, int pointsPerParameter) {
        this.space = space;
        long s = 1;
        for (HyperParameter p : space.tuned()) {
            List<Object> values = p.grid(pointsPerParameter);
            axes.add(values);
            s = Math.multiplyExact(s, values.size());
        }
        this.size = s;
    }

    /** @return how many combinations the grid has */
    public long size() {
        return size;
    }

    @Override
    public Optional<ParameterValues> next(List<Trial> history) {
        if (next >= size) {
            return Optional.empty();
        }
        long index = next++;
        Map<String, Object> values = new HashMap<>();
        for (int i = axes.size() - 1; i >= 0; i--) {
            List<Object> axis = axes.get(i);
            values.put(space.tuned().get(i).name(), axis.get((int) (index % axis.size())));
            index /= axis.size();
        }
        return Optional.of(space.with(values));
    }
}
