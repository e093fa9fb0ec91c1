CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "series" (
    "id" TEXT NOT NULL CONSTRAINT "pk_series" PRIMARY KEY,
    "title" TEXT NOT NULL,
    "goal" TEXT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "min_group_size" INTEGER NOT NULL,
    "groups" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "moderators" TEXT NOT NULL,
    "implementation_path" TEXT NOT NULL
);

CREATE TABLE "conversation_bindings" (
    "conversation_id" TEXT NOT NULL CONSTRAINT "pk_conversation_bindings" PRIMARY KEY,
    "series_id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "fk_conversation_bindings_series_series_id" FOREIGN KEY ("series_id") REFERENCES "series" ("id") ON DELETE CASCADE
);

CREATE TABLE "forums" (
    "id" TEXT NOT NULL CONSTRAINT "pk_forums" PRIMARY KEY,
    "series_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "status" TEXT NOT NULL,
    CONSTRAINT "fk_forums_series_series_id" FOREIGN KEY ("series_id") REFERENCES "series" ("id") ON DELETE CASCADE
);

CREATE TABLE "participants" (
    "id" TEXT NOT NULL CONSTRAINT "pk_participants" PRIMARY KEY,
    "series_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "group_key" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "municipality" TEXT NULL,
    "joined_at" INTEGER NOT NULL,
    CONSTRAINT "fk_participants_series_series_id" FOREIGN KEY ("series_id") REFERENCES "series" ("id") ON DELETE CASCADE
);

CREATE TABLE "items" (
    "id" TEXT NOT NULL CONSTRAINT "pk_items" PRIMARY KEY,
    "forum_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "help" TEXT NULL,
    "spec" TEXT NOT NULL,
    "anonymous" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "carry_over" TEXT NULL,
    CONSTRAINT "fk_items_forums_forum_id" FOREIGN KEY ("forum_id") REFERENCES "forums" ("id") ON DELETE CASCADE
);

CREATE TABLE "card_posts" (
    "item_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "posted_at" INTEGER NOT NULL,
    CONSTRAINT "pk_card_posts" PRIMARY KEY ("item_id", "conversation_id", "activity_id"),
    CONSTRAINT "fk_card_posts_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE TABLE "need_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_need_entries" PRIMARY KEY,
    "item_id" TEXT NOT NULL,
    "respondent_key" TEXT NOT NULL,
    "participant_id" TEXT NULL,
    "group_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "topic_key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "client_key" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "fk_need_entries_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE TABLE "responses" (
    "item_id" TEXT NOT NULL,
    "respondent_key" TEXT NOT NULL,
    "participant_id" TEXT NULL,
    "group_key" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    CONSTRAINT "pk_responses" PRIMARY KEY ("item_id", "respondent_key"),
    CONSTRAINT "fk_responses_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE TABLE "need_supports" (
    "need_id" TEXT NOT NULL,
    "respondent_key" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "pk_need_supports" PRIMARY KEY ("need_id", "respondent_key"),
    CONSTRAINT "fk_need_supports_need_entries_need_id" FOREIGN KEY ("need_id") REFERENCES "need_entries" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_conversation_bindings_series_id" ON "conversation_bindings" ("series_id");

CREATE UNIQUE INDEX "ux_forums_series_id_number" ON "forums" ("series_id", "number");

CREATE UNIQUE INDEX "ux_items_forum_id_key" ON "items" ("forum_id", "key");

CREATE UNIQUE INDEX "ux_need_entries_item_id_respondent_key_client_key" ON "need_entries" ("item_id", "respondent_key", "client_key");

CREATE UNIQUE INDEX "ux_participants_series_id_user_id" ON "participants" ("series_id", "user_id");

CREATE INDEX "ix_responses_participant_id" ON "responses" ("participant_id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125132213_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "outbox" (
    "id" TEXT NOT NULL CONSTRAINT "pk_outbox" PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" INTEGER NOT NULL,
    "leased_until" INTEGER NULL,
    "lease_owner" TEXT NULL,
    "done_at" INTEGER NULL,
    "last_error" TEXT NULL,
    "poison" INTEGER NOT NULL
);

CREATE INDEX "ix_outbox_done_at_poison_next_attempt_at" ON "outbox" ("done_at", "poison", "next_attempt_at");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125135547_Outbox', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "fan_outs" (
    "id" TEXT NOT NULL CONSTRAINT "pk_fan_outs" PRIMARY KEY,
    "series_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reminds_of" TEXT NULL,
    "source_conversation_id" TEXT NOT NULL,
    "source_reference" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "roster_read_at" INTEGER NULL,
    "roster_leased_until" INTEGER NULL,
    "roster_lease_owner" TEXT NULL,
    "completed_at" INTEGER NULL,
    CONSTRAINT "fk_fan_outs_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE TABLE "fan_out_recipients" (
    "fan_out_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "teams_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "personal_conversation_id" TEXT NULL,
    "activity_id" TEXT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" INTEGER NOT NULL,
    "leased_until" INTEGER NULL,
    "lease_owner" TEXT NULL,
    "last_error" TEXT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "pk_fan_out_recipients" PRIMARY KEY ("fan_out_id", "user_id"),
    CONSTRAINT "fk_fan_out_recipients_fan_outs_fan_out_id" FOREIGN KEY ("fan_out_id") REFERENCES "fan_outs" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_fan_out_recipients_personal_conversation_id" ON "fan_out_recipients" ("personal_conversation_id");

CREATE INDEX "ix_fan_out_recipients_state_next_attempt_at" ON "fan_out_recipients" ("state", "next_attempt_at");

CREATE INDEX "ix_fan_outs_completed_at_roster_read_at" ON "fan_outs" ("completed_at", "roster_read_at");

CREATE INDEX "ix_fan_outs_item_id_kind_created_at" ON "fan_outs" ("item_id", "kind", "created_at");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125154746_FanOut', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "key_checks" (
    "name" TEXT NOT NULL CONSTRAINT "pk_key_checks" PRIMARY KEY,
    "check_value" TEXT NOT NULL,
    "recorded_at" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205114655_AnonymityKeyCheck', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "series" ADD "minimisation" TEXT NOT NULL DEFAULT '{}';

ALTER TABLE "series" ADD "personal_data_removed_at" INTEGER NULL;

ALTER TABLE "series" ADD "retention_months" INTEGER NOT NULL DEFAULT 12;

ALTER TABLE "forums" ADD "closed_at" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205125521_DataLifecycle', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "need_entries" ADD "merged_into_id" TEXT NULL;

ALTER TABLE "need_entries" ADD "merged_text" TEXT NULL;

CREATE INDEX "ix_need_entries_merged_into_id" ON "need_entries" ("merged_into_id");

CREATE TABLE "ef_temp_need_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_need_entries" PRIMARY KEY,
    "client_key" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "group_key" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "merged_into_id" TEXT NULL,
    "merged_text" TEXT NULL,
    "participant_id" TEXT NULL,
    "respondent_key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "topic_key" TEXT NOT NULL,
    CONSTRAINT "fk_need_entries_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_need_entries_need_entries_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "need_entries" ("id") ON DELETE SET NULL
);

INSERT INTO "ef_temp_need_entries" ("id", "client_key", "created_at", "group_key", "item_id", "kind", "merged_into_id", "merged_text", "participant_id", "respondent_key", "text", "topic_key")
SELECT "id", "client_key", "created_at", "group_key", "item_id", "kind", "merged_into_id", "merged_text", "participant_id", "respondent_key", "text", "topic_key"
FROM "need_entries";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "need_entries";

ALTER TABLE "ef_temp_need_entries" RENAME TO "need_entries";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "ix_need_entries_merged_into_id" ON "need_entries" ("merged_into_id");

CREATE UNIQUE INDEX "ux_need_entries_item_id_respondent_key_client_key" ON "need_entries" ("item_id", "respondent_key", "client_key");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205143751_NeedMerges', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "conversation_bindings" ADD "meeting_id" TEXT NULL;

CREATE TABLE "meeting_events" (
    "meeting_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_at" INTEGER NOT NULL,
    "series_id" TEXT NOT NULL,
    "claimed_at" INTEGER NOT NULL,
    CONSTRAINT "pk_meeting_events" PRIMARY KEY ("meeting_id", "kind", "occurred_at"),
    CONSTRAINT "fk_meeting_events_series_series_id" FOREIGN KEY ("series_id") REFERENCES "series" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_conversation_bindings_meeting_id" ON "conversation_bindings" ("meeting_id");

CREATE INDEX "ix_meeting_events_series_id" ON "meeting_events" ("series_id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205145423_MeetingChats', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "series" ADD "revision" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205174905_SeriesRevision', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "card_update_claims" (
    "item_id" TEXT NOT NULL CONSTRAINT "pk_card_update_claims" PRIMARY KEY,
    "claimed_by" TEXT NOT NULL,
    "claimed_at" INTEGER NOT NULL,
    "next_at" INTEGER NOT NULL,
    CONSTRAINT "fk_card_update_claims_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205203125_CardUpdateClaims', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "shared_files" (
    "id" TEXT NOT NULL CONSTRAINT "pk_shared_files" PRIMARY KEY,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "created_at" INTEGER NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "subject_id" TEXT NULL
);

CREATE INDEX "ix_shared_files_expires_at" ON "shared_files" ("expires_at");

CREATE INDEX "ix_shared_files_subject_id" ON "shared_files" ("subject_id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205203959_SharedFiles', '10.0.15');

COMMIT;

