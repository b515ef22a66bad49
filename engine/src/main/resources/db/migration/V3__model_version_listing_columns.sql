-- MLOps Workbench registry schema, version 3: what the version list shows, copied onto the version row.
-- Portable SQL, as V1 and V2: runs unchanged on H2 2.x and PostgreSQL 15.
--
-- A model version is immutable and so is its finished run (algorithm and metrics are written before the run is
-- marked finished, and only finished runs can be registered). Registration therefore copies the run's algorithm
-- and the version's automatic test metric (roc_auc, else r2; the highest step) onto model_version, and the
-- registry's list reads one table instead of looking up a run and a metric per version (ModelQueryRepository).

ALTER TABLE model_version ADD COLUMN algorithm VARCHAR(100);
ALTER TABLE model_version ADD COLUMN test_metric_name VARCHAR(100);
ALTER TABLE model_version ADD COLUMN test_metric_value DOUBLE PRECISION;

-- Backfill the versions registered before this migration, by the same rule as registration.
UPDATE model_version SET algorithm = (SELECT r.algorithm FROM training_run r WHERE r.id = model_version.run_id);

UPDATE model_version SET test_metric_name = 'roc_auc',
    test_metric_value = (SELECT x.metric_value FROM run_metric x WHERE x.run_id = model_version.run_id
        AND x.split_name = 'test' AND x.metric_name = 'roc_auc' ORDER BY x.step_no DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM run_metric x WHERE x.run_id = model_version.run_id
    AND x.split_name = 'test' AND x.metric_name = 'roc_auc');

UPDATE model_version SET test_metric_name = 'r2',
    test_metric_value = (SELECT x.metric_value FROM run_metric x WHERE x.run_id = model_version.run_id
        AND x.split_name = 'test' AND x.metric_name = 'r2' ORDER BY x.step_no DESC LIMIT 1)
WHERE test_metric_name IS NULL AND EXISTS (SELECT 1 FROM run_metric x WHERE x.run_id = model_version.run_id
    AND x.split_name = 'test' AND x.metric_name = 'r2');
