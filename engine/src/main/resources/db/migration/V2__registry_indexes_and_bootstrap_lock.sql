-- MLOps Workbench registry schema, version 2: the registry engine's indexes and the member bootstrap lock.
-- Portable SQL, as V1: runs unchanged on H2 2.x and PostgreSQL 15.

-- Listing and filtering versions (ModelQueryRepository) and the alias / lineage look-ups.
CREATE INDEX model_version_run_idx ON model_version (run_id);
CREATE INDEX model_version_creator_idx ON model_version (created_by);
CREATE INDEX model_alias_version_idx ON model_alias (version_id);
CREATE INDEX model_version_tag_name_idx ON model_version_tag (tag_name, version_id);

-- The promotion gate's validation check (PostgreSQL does not index foreign keys by itself).
CREATE INDEX validation_result_dataset_idx ON validation_result (dataset_version_id);

-- Locked (SELECT ... FOR UPDATE) while the first actor of a workspace without members becomes admin, so that
-- two first actors racing cannot both become admin (AccessControl).
INSERT INTO workspace_meta (meta_name, meta_text) VALUES ('access.bootstrap_lock', 'row lock for the first admin');
