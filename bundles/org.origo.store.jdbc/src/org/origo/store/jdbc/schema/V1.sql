-- Origo project store, schema version 1. One database (SQLite file or PostgreSQL schema) holds
-- one project. {ID} is the dialect's 64-bit primary key type, {LONG} a 64-bit integer,
-- {REAL} a double. Times are ISO-8601 instants (text); enumerations are stored by literal name;
-- lists of strings are JSON arrays (text). Child rows are ordered by pos.

CREATE TABLE project (
  id {ID} PRIMARY KEY,
  name TEXT,
  profile_id TEXT,
  created_at TEXT,
  catalog_ids TEXT
);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT,
  pos INTEGER NOT NULL
);

CREATE TABLE snapshot (
  id {ID} PRIMARY KEY,
  pos INTEGER NOT NULL,
  snapshot_id TEXT NOT NULL,
  label TEXT,
  imported_at TEXT,
  source_files TEXT
);
CREATE INDEX snapshot_by_id ON snapshot (snapshot_id);

CREATE TABLE import_problem (
  snapshot {LONG} NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  file TEXT,
  line {LONG},
  field TEXT,
  severity TEXT,
  message_en TEXT,
  message_zh TEXT,
  PRIMARY KEY (snapshot, pos)
);

CREATE TABLE merge_record (
  snapshot {LONG} NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  asset_id TEXT,
  action TEXT,
  key TEXT,
  detail TEXT,
  PRIMARY KEY (snapshot, pos)
);

-- origin facts and software titles are shared by many components and installs (flyweights);
-- pos < 0 marks one that no list of the project holds but a component or title refers to
CREATE TABLE origin (
  id {ID} PRIMARY KEY,
  pos INTEGER NOT NULL,
  key TEXT
);
CREATE INDEX origin_by_key ON origin (key);

CREATE TABLE origin_fact (
  origin {LONG} NOT NULL REFERENCES origin (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  role TEXT,
  party TEXT,
  country TEXT,
  note TEXT,
  source TEXT,
  confidence {REAL},
  PRIMARY KEY (origin, pos)
);

CREATE TABLE software_title (
  id {ID} PRIMARY KEY,
  pos INTEGER NOT NULL,
  key TEXT,
  name TEXT,
  publisher TEXT,
  raw_publisher TEXT,
  version TEXT,
  category TEXT,
  architectures TEXT,
  origin {LONG} REFERENCES origin (id)
);
CREATE INDEX software_title_by_key ON software_title (key);

CREATE TABLE asset (
  id {ID} PRIMARY KEY,
  snapshot {LONG} NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
  pos {LONG} NOT NULL,
  asset_id TEXT,
  hostname TEXT,
  serial TEXT,
  uuid TEXT,
  asset_tag TEXT,
  mac_address TEXT,
  kind TEXT,
  site TEXT,
  department TEXT,
  owner TEXT,
  purchase_date TEXT,
  criticality INTEGER,
  sources TEXT
);
CREATE INDEX asset_by_id ON asset (snapshot, asset_id);
CREATE INDEX asset_by_pos ON asset (snapshot, pos);

CREATE TABLE asset_property (
  asset {LONG} NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  key TEXT,
  value TEXT,
  PRIMARY KEY (asset, pos)
);

CREATE TABLE component (
  asset {LONG} NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  kind TEXT,
  vendor TEXT,
  raw_vendor TEXT,
  product TEXT,
  model TEXT,
  version TEXT,
  serial TEXT,
  vendor_id TEXT,
  device_id TEXT,
  architecture TEXT,
  abi TEXT,
  cores INTEGER,
  capacity_mb {LONG},
  origin {LONG} REFERENCES origin (id),
  PRIMARY KEY (asset, pos)
);

CREATE TABLE software_install (
  asset {LONG} NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  title {LONG} REFERENCES software_title (id),
  install_date TEXT,
  PRIMARY KEY (asset, pos)
);

-- one verdict per profile and asset; its rule ids and findings are kept as rule findings below
CREATE TABLE verdict (
  asset {LONG} NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  profile_id TEXT,
  outcome TEXT,
  any_us INTEGER,
  override INTEGER,
  reason_en TEXT,
  reason_zh TEXT,
  PRIMARY KEY (asset, pos)
);

-- kind 'R': a rule that fired (text = rule id); kind 'F': a finding (rule id + facts, as text)
CREATE TABLE verdict_finding (
  asset {LONG} NOT NULL,
  verdict INTEGER NOT NULL,
  kind TEXT NOT NULL,
  pos INTEGER NOT NULL,
  rule_id TEXT,
  text TEXT,
  PRIMARY KEY (asset, verdict, kind, pos),
  FOREIGN KEY (asset, verdict) REFERENCES verdict (asset, pos) ON DELETE CASCADE
);
CREATE INDEX verdict_finding_by_rule ON verdict_finding (rule_id);

CREATE TABLE match (
  id {ID} PRIMARY KEY,
  pos {LONG} NOT NULL,
  asset {LONG} REFERENCES asset (id) ON DELETE SET NULL,
  asset_id TEXT,
  target TEXT,
  rank INTEGER,
  product_id TEXT,
  vendor TEXT,
  product_name TEXT,
  catalog_id TEXT,
  score {REAL},
  price {REAL},
  reasons TEXT,
  findings TEXT
);
CREATE INDEX match_by_asset ON match (asset_id);

CREATE TABLE plan (
  id {ID} PRIMARY KEY,
  name TEXT,
  basis TEXT,
  created_at TEXT,
  relaxations TEXT
);

CREATE TABLE phase (
  pos INTEGER PRIMARY KEY,
  phase_index INTEGER,
  year INTEGER,
  target_share {REAL},
  budget {REAL},
  planned_count INTEGER,
  planned_cost {REAL}
);

CREATE TABLE plan_item (
  pos {LONG} PRIMARY KEY,
  asset {LONG} REFERENCES asset (id) ON DELETE SET NULL,
  asset_id TEXT,
  phase INTEGER,
  product_id TEXT,
  cost {REAL},
  reason_en TEXT,
  reason_zh TEXT,
  pinned INTEGER
);
CREATE INDEX plan_item_by_asset ON plan_item (asset_id);

-- append-only, hash-chained: hash = SHA-256 over the previous hash and this entry's fields
CREATE TABLE audit (
  seq {ID} PRIMARY KEY,
  time TEXT NOT NULL,
  os_user TEXT,
  db_role TEXT,
  host TEXT,
  action TEXT NOT NULL,
  detail TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

-- the newest entry's number and hash, so that removing entries at the end is seen too
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  seq {LONG} NOT NULL,
  hash TEXT NOT NULL
);
