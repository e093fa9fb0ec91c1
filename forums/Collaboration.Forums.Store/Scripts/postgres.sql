CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE series (
        id uuid NOT NULL,
        title text NOT NULL,
        goal text,
        created_by character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        min_group_size integer NOT NULL,
        groups text NOT NULL,
        topics text NOT NULL,
        moderators text NOT NULL,
        implementation_path text NOT NULL,
        CONSTRAINT pk_series PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE conversation_bindings (
        conversation_id character varying(500) NOT NULL,
        series_id uuid NOT NULL,
        reference text NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_conversation_bindings PRIMARY KEY (conversation_id),
        CONSTRAINT fk_conversation_bindings_series_series_id FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE forums (
        id uuid NOT NULL,
        series_id uuid NOT NULL,
        number integer NOT NULL,
        title text NOT NULL,
        description text,
        status character varying(20) NOT NULL,
        CONSTRAINT pk_forums PRIMARY KEY (id),
        CONSTRAINT fk_forums_series_series_id FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE participants (
        id uuid NOT NULL,
        series_id uuid NOT NULL,
        user_id character varying(200) NOT NULL,
        display_name text NOT NULL,
        group_key character varying(100) NOT NULL,
        organisation text NOT NULL,
        municipality text,
        joined_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_participants PRIMARY KEY (id),
        CONSTRAINT fk_participants_series_series_id FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE items (
        id uuid NOT NULL,
        forum_id uuid NOT NULL,
        key character varying(100) NOT NULL,
        position integer NOT NULL,
        prompt text NOT NULL,
        help text,
        spec text NOT NULL,
        anonymous boolean NOT NULL,
        status character varying(20) NOT NULL,
        carry_over text,
        CONSTRAINT pk_items PRIMARY KEY (id),
        CONSTRAINT fk_items_forums_forum_id FOREIGN KEY (forum_id) REFERENCES forums (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE card_posts (
        item_id uuid NOT NULL,
        conversation_id character varying(500) NOT NULL,
        activity_id character varying(200) NOT NULL,
        posted_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_card_posts PRIMARY KEY (item_id, conversation_id, activity_id),
        CONSTRAINT fk_card_posts_items_item_id FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE need_entries (
        id uuid NOT NULL,
        item_id uuid NOT NULL,
        respondent_key character varying(200) NOT NULL,
        participant_id uuid,
        group_key character varying(100) NOT NULL,
        kind character varying(20) NOT NULL,
        topic_key character varying(100) NOT NULL,
        text text NOT NULL,
        client_key character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_need_entries PRIMARY KEY (id),
        CONSTRAINT fk_need_entries_items_item_id FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE responses (
        item_id uuid NOT NULL,
        respondent_key character varying(200) NOT NULL,
        participant_id uuid,
        group_key character varying(100) NOT NULL,
        answer text NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        revision integer NOT NULL,
        CONSTRAINT pk_responses PRIMARY KEY (item_id, respondent_key),
        CONSTRAINT fk_responses_items_item_id FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE TABLE need_supports (
        need_id uuid NOT NULL,
        respondent_key character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_need_supports PRIMARY KEY (need_id, respondent_key),
        CONSTRAINT fk_need_supports_need_entries_need_id FOREIGN KEY (need_id) REFERENCES need_entries (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE INDEX ix_conversation_bindings_series_id ON conversation_bindings (series_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE UNIQUE INDEX ux_forums_series_id_number ON forums (series_id, number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE UNIQUE INDEX ux_items_forum_id_key ON items (forum_id, key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE UNIQUE INDEX ux_need_entries_item_id_respondent_key_client_key ON need_entries (item_id, respondent_key, client_key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE UNIQUE INDEX ux_participants_series_id_user_id ON participants (series_id, user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    CREATE INDEX ix_responses_participant_id ON responses (participant_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125132221_Initial') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261125132221_Initial', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125135552_Outbox') THEN
    CREATE TABLE outbox (
        id uuid NOT NULL,
        kind character varying(100) NOT NULL,
        payload text NOT NULL,
        created_at timestamp with time zone NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at timestamp with time zone NOT NULL,
        leased_until timestamp with time zone,
        lease_owner character varying(200),
        done_at timestamp with time zone,
        last_error character varying(2000),
        poison boolean NOT NULL,
        CONSTRAINT pk_outbox PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125135552_Outbox') THEN
    CREATE INDEX ix_outbox_done_at_poison_next_attempt_at ON outbox (done_at, poison, next_attempt_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125135552_Outbox') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261125135552_Outbox', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    CREATE TABLE fan_outs (
        id uuid NOT NULL,
        series_id uuid NOT NULL,
        item_id uuid NOT NULL,
        kind character varying(20) NOT NULL,
        reminds_of uuid,
        source_conversation_id character varying(500) NOT NULL,
        source_reference text NOT NULL,
        requested_by character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        roster_read_at timestamp with time zone,
        roster_leased_until timestamp with time zone,
        roster_lease_owner character varying(200),
        completed_at timestamp with time zone,
        CONSTRAINT pk_fan_outs PRIMARY KEY (id),
        CONSTRAINT fk_fan_outs_items_item_id FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    CREATE TABLE fan_out_recipients (
        fan_out_id uuid NOT NULL,
        user_id character varying(200) NOT NULL,
        teams_id character varying(200) NOT NULL,
        name character varying(200) NOT NULL,
        state character varying(20) NOT NULL,
        personal_conversation_id character varying(500),
        activity_id character varying(200),
        attempts integer NOT NULL,
        next_attempt_at timestamp with time zone NOT NULL,
        leased_until timestamp with time zone,
        lease_owner character varying(200),
        last_error character varying(2000),
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_fan_out_recipients PRIMARY KEY (fan_out_id, user_id),
        CONSTRAINT fk_fan_out_recipients_fan_outs_fan_out_id FOREIGN KEY (fan_out_id) REFERENCES fan_outs (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    CREATE INDEX ix_fan_out_recipients_personal_conversation_id ON fan_out_recipients (personal_conversation_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    CREATE INDEX ix_fan_out_recipients_state_next_attempt_at ON fan_out_recipients (state, next_attempt_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    CREATE INDEX ix_fan_outs_completed_at_roster_read_at ON fan_outs (completed_at, roster_read_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    CREATE INDEX ix_fan_outs_item_id_kind_created_at ON fan_outs (item_id, kind, created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261125154750_FanOut') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261125154750_FanOut', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205114816_AnonymityKeyCheck') THEN
    CREATE TABLE key_checks (
        name character varying(100) NOT NULL,
        check_value character varying(100) NOT NULL,
        recorded_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_key_checks PRIMARY KEY (name)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205114816_AnonymityKeyCheck') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205114816_AnonymityKeyCheck', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205125535_DataLifecycle') THEN
    ALTER TABLE series ADD minimisation text NOT NULL DEFAULT '{}';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205125535_DataLifecycle') THEN
    ALTER TABLE series ADD personal_data_removed_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205125535_DataLifecycle') THEN
    ALTER TABLE series ADD retention_months integer NOT NULL DEFAULT 12;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205125535_DataLifecycle') THEN
    ALTER TABLE forums ADD closed_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205125535_DataLifecycle') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205125535_DataLifecycle', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205143825_NeedMerges') THEN
    ALTER TABLE need_entries ADD merged_into_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205143825_NeedMerges') THEN
    ALTER TABLE need_entries ADD merged_text text;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205143825_NeedMerges') THEN
    CREATE INDEX ix_need_entries_merged_into_id ON need_entries (merged_into_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205143825_NeedMerges') THEN
    ALTER TABLE need_entries ADD CONSTRAINT fk_need_entries_need_entries_merged_into_id FOREIGN KEY (merged_into_id) REFERENCES need_entries (id) ON DELETE SET NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205143825_NeedMerges') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205143825_NeedMerges', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205145436_MeetingChats') THEN
    ALTER TABLE conversation_bindings ADD meeting_id character varying(500);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205145436_MeetingChats') THEN
    CREATE TABLE meeting_events (
        meeting_id character varying(500) NOT NULL,
        kind character varying(20) NOT NULL,
        occurred_at timestamp with time zone NOT NULL,
        series_id uuid NOT NULL,
        claimed_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_meeting_events PRIMARY KEY (meeting_id, kind, occurred_at),
        CONSTRAINT fk_meeting_events_series_series_id FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205145436_MeetingChats') THEN
    CREATE INDEX ix_conversation_bindings_meeting_id ON conversation_bindings (meeting_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205145436_MeetingChats') THEN
    CREATE INDEX ix_meeting_events_series_id ON meeting_events (series_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205145436_MeetingChats') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205145436_MeetingChats', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205174920_SeriesRevision') THEN
    ALTER TABLE series ADD revision bigint NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205174920_SeriesRevision') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205174920_SeriesRevision', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205203149_CardUpdateClaims') THEN
    CREATE TABLE card_update_claims (
        item_id uuid NOT NULL,
        claimed_by character varying(100) NOT NULL,
        claimed_at timestamp with time zone NOT NULL,
        next_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_card_update_claims PRIMARY KEY (item_id),
        CONSTRAINT fk_card_update_claims_items_item_id FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205203149_CardUpdateClaims') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205203149_CardUpdateClaims', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205204017_SharedFiles') THEN
    CREATE TABLE shared_files (
        id uuid NOT NULL,
        file_name character varying(100) NOT NULL,
        content_type character varying(100) NOT NULL,
        content bytea NOT NULL,
        created_at timestamp with time zone NOT NULL,
        expires_at timestamp with time zone NOT NULL,
        subject_id character varying(200),
        CONSTRAINT pk_shared_files PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205204017_SharedFiles') THEN
    CREATE INDEX ix_shared_files_expires_at ON shared_files (expires_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205204017_SharedFiles') THEN
    CREATE INDEX ix_shared_files_subject_id ON shared_files (subject_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261205204017_SharedFiles') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261205204017_SharedFiles', '10.0.15');
    END IF;
END $EF$;
COMMIT;

