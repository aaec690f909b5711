-- revision 0012 -- the schema analysis/migrations makes in a new SQLite store, written by `python -m analysis.store.fresh` (analysis/store/fresh.py); do not edit
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE documents (
	doc_id VARCHAR(64) NOT NULL, 
	source TEXT NOT NULL, 
	title TEXT, 
	published VARCHAR(32), 
	outlet TEXT, 
	url TEXT, 
	kind VARCHAR(32), 
	speaker TEXT, 
	text TEXT NOT NULL, 
	ingested_at VARCHAR(32) NOT NULL, author TEXT, 
	PRIMARY KEY (doc_id)
);
CREATE TABLE statements (
	doc_id VARCHAR(64) NOT NULL, 
	seq INTEGER NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	section VARCHAR(16) NOT NULL, 
	speaker TEXT NOT NULL, 
	speaker_kind VARCHAR(32), 
	reported_by TEXT, 
	cue VARCHAR(64), 
	targets TEXT, 
	text TEXT NOT NULL, speaker_start INTEGER, speaker_end INTEGER, 
	PRIMARY KEY (doc_id, seq), 
	FOREIGN KEY(doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE
);
CREATE TABLE scores (
	doc_id VARCHAR(64) NOT NULL, 
	seq INTEGER NOT NULL, 
	scorer_version VARCHAR(64) NOT NULL, 
	tone FLOAT, 
	tone_pos FLOAT, 
	tone_neu FLOAT, 
	tone_neg FLOAT, 
	escalation FLOAT, 
	escalation_cues TEXT, 
	scored_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (doc_id, seq, scorer_version), 
	FOREIGN KEY(doc_id, seq) REFERENCES statements (doc_id, seq) ON DELETE CASCADE
);
CREATE TABLE actors (
	name TEXT NOT NULL, 
	kind VARCHAR(32), 
	country TEXT, 
	known BOOLEAN NOT NULL, 
	PRIMARY KEY (name)
);
CREATE TABLE runs (
	run_id INTEGER NOT NULL, 
	started_at VARCHAR(32) NOT NULL, 
	finished_at VARCHAR(32), 
	status VARCHAR(16) NOT NULL, 
	scorer_version VARCHAR(64) NOT NULL, 
	documents_added INTEGER NOT NULL, 
	statements_added INTEGER NOT NULL, 
	documents_rescored INTEGER NOT NULL, 
	statements_rescored INTEGER NOT NULL, 
	errors INTEGER NOT NULL, 
	error_log TEXT, 
	host TEXT, 
	pid INTEGER, retried INTEGER DEFAULT '0' NOT NULL, retry_log TEXT, 
	PRIMARY KEY (run_id)
);
CREATE TABLE drift (
	run_id INTEGER NOT NULL, 
	actor TEXT NOT NULL, 
	statements INTEGER NOT NULL, 
	tone_before FLOAT, 
	tone_after FLOAT, 
	escalation_before FLOAT, 
	escalation_after FLOAT, 
	PRIMARY KEY (run_id, actor), 
	FOREIGN KEY(run_id) REFERENCES runs (run_id) ON DELETE CASCADE
);
CREATE TABLE speaker_doc (
	doc_id VARCHAR(64) NOT NULL, 
	speaker TEXT NOT NULL, 
	section VARCHAR(16) NOT NULL, 
	speaker_kind VARCHAR(32), 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	tone_sq FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, 
	escalation_sq FLOAT NOT NULL, 
	PRIMARY KEY (doc_id, speaker, section), 
	FOREIGN KEY(doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE
);
CREATE TABLE stance_doc (
	doc_id VARCHAR(64) NOT NULL, 
	speaker TEXT NOT NULL, 
	target TEXT NOT NULL, 
	section VARCHAR(16) NOT NULL, 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, tone_sq FLOAT DEFAULT '0' NOT NULL, escalation_sq FLOAT DEFAULT '0' NOT NULL, 
	PRIMARY KEY (doc_id, speaker, target, section), 
	FOREIGN KEY(doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE
);
CREATE TABLE sources (
	path TEXT NOT NULL, 
	added_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (path)
);
CREATE TABLE source_files (
	path TEXT NOT NULL, 
	size BIGINT NOT NULL, 
	mtime_ns BIGINT NOT NULL, 
	read_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (path)
);
CREATE TABLE speaker_month (
	speaker TEXT NOT NULL, 
	month VARCHAR(10) NOT NULL, 
	outlet TEXT NOT NULL, 
	section TEXT NOT NULL, 
	speaker_kind TEXT NOT NULL, 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	tone_sq FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, 
	escalation_sq FLOAT NOT NULL, 
	PRIMARY KEY (speaker, month, outlet, section, speaker_kind)
);
CREATE TABLE speaker_day (
	speaker TEXT NOT NULL, 
	day VARCHAR(10) NOT NULL, 
	outlet TEXT NOT NULL, 
	section TEXT NOT NULL, 
	speaker_kind TEXT NOT NULL, 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	tone_sq FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, 
	escalation_sq FLOAT NOT NULL, 
	PRIMARY KEY (speaker, day, outlet, section, speaker_kind)
);
CREATE TABLE stance_month (
	speaker TEXT NOT NULL, 
	target TEXT NOT NULL, 
	month VARCHAR(10) NOT NULL, 
	outlet TEXT NOT NULL, 
	section TEXT NOT NULL, 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, tone_sq FLOAT DEFAULT '0' NOT NULL, escalation_sq FLOAT DEFAULT '0' NOT NULL, 
	PRIMARY KEY (speaker, target, month, outlet, section)
);
CREATE TABLE doc_month (
	month VARCHAR(10) NOT NULL, 
	outlet TEXT NOT NULL, 
	present TEXT NOT NULL, 
	documents INTEGER NOT NULL, 
	PRIMARY KEY (month, outlet, present)
);
CREATE TABLE speaker_all (
	speaker TEXT NOT NULL, 
	outlet TEXT NOT NULL, 
	section TEXT NOT NULL, 
	speaker_kind TEXT NOT NULL, 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	tone_sq FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, 
	escalation_sq FLOAT NOT NULL, 
	PRIMARY KEY (speaker, outlet, section, speaker_kind)
);
CREATE TABLE stance_all (
	speaker TEXT NOT NULL, 
	target TEXT NOT NULL, 
	outlet TEXT NOT NULL, 
	section TEXT NOT NULL, 
	statements INTEGER NOT NULL, 
	scored INTEGER NOT NULL, 
	tone_sum FLOAT NOT NULL, 
	escalation_sum FLOAT NOT NULL, tone_sq FLOAT DEFAULT '0' NOT NULL, escalation_sq FLOAT DEFAULT '0' NOT NULL, 
	PRIMARY KEY (speaker, target, outlet, section)
);
CREATE TABLE failures (
	"key" TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	reason TEXT NOT NULL, 
	run_id INTEGER, 
	failed_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE actor_variants (
	name TEXT NOT NULL, 
	display TEXT NOT NULL, 
	PRIMARY KEY (name)
);
CREATE INDEX ix_documents_published_source ON documents (published, source);
CREATE INDEX ix_statements_speaker ON statements (speaker);
CREATE INDEX ix_speaker_doc_speaker ON speaker_doc (speaker);
CREATE INDEX ix_stance_doc_speaker ON stance_doc (speaker);
CREATE INDEX ix_stance_doc_target ON stance_doc (target);
CREATE INDEX ix_scores_scorer_version ON scores (scorer_version);
CREATE INDEX ix_documents_outlet_published ON documents (outlet, published);
CREATE INDEX ix_scores_escalation ON scores (escalation, doc_id, seq);
CREATE INDEX ix_scores_tone ON scores (tone, doc_id, seq);
CREATE INDEX ix_actor_variants_display ON actor_variants (display);
INSERT INTO alembic_version (version_num) VALUES ('0012');
