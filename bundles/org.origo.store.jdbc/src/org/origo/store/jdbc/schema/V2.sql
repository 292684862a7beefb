-- Origo project store, schema version 2: scoped imports, per-component plan actions, costs with
-- their currency, the matches a plan was costed from, and recorded retirements.

ALTER TABLE snapshot ADD COLUMN complete INTEGER;
ALTER TABLE snapshot ADD COLUMN scope_sites TEXT;
ALTER TABLE snapshot ADD COLUMN scope_departments TEXT;
ALTER TABLE snapshot ADD COLUMN scope_sources TEXT;

ALTER TABLE match ADD COLUMN action TEXT;
ALTER TABLE match ADD COLUMN currency TEXT;

ALTER TABLE plan ADD COLUMN currency TEXT;
ALTER TABLE plan ADD COLUMN match_fingerprint TEXT;

ALTER TABLE plan_item ADD COLUMN currency TEXT;

-- what a plan item does to each component of its asset
CREATE TABLE plan_action (
  item {LONG} NOT NULL REFERENCES plan_item (pos) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  component TEXT,
  action TEXT,
  product_id TEXT,
  product_name TEXT,
  cost {REAL},
  currency TEXT,
  estimate INTEGER,
  reason_en TEXT,
  reason_zh TEXT,
  PRIMARY KEY (item, pos)
);

-- a retirement or replacement confirmed by a person, with its date
CREATE TABLE retirement (
  pos INTEGER PRIMARY KEY,
  asset_id TEXT,
  status TEXT,
  retired_on TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT
);
CREATE INDEX retirement_by_asset ON retirement (asset_id);
