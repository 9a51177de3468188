CREATE TABLE "board_snapshots" (
	"board_id" text PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"board_id" text NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"workshop_id" text,
	"station_id" text
);
--> statement-breakpoint
CREATE TABLE "kept_results" (
	"workshop_id" text PRIMARY KEY NOT NULL,
	"series_id" text,
	"results" text NOT NULL,
	"publish_version" integer,
	"kept_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" text PRIMARY KEY NOT NULL,
	"workshop_id" text NOT NULL,
	"display_name" text NOT NULL,
	"team_id" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" text PRIMARY KEY NOT NULL,
	"workshop_id" text NOT NULL,
	"team_id" text NOT NULL,
	"text" text NOT NULL,
	"theme_id" text,
	"promoted_rank" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "series" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"locale" text NOT NULL,
	"template_id" text NOT NULL,
	"topic_plan" text NOT NULL,
	"facilitator_secret_hash" text NOT NULL,
	"archive_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "token_versions" (
	"workshop_id" text NOT NULL,
	"subject" text NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "token_versions_workshop_id_subject_pk" PRIMARY KEY("workshop_id","subject")
);
--> statement-breakpoint
CREATE TABLE "vote_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"workshop_id" text NOT NULL,
	"station_id" text,
	"title" text NOT NULL,
	"items" text NOT NULL,
	"budget" integer NOT NULL,
	"cap_per_item" integer,
	"status" text NOT NULL,
	"promoted" text,
	"phase_index" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"revealed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"item_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" text PRIMARY KEY NOT NULL,
	"join_code" text NOT NULL,
	"definition" text NOT NULL,
	"state" text NOT NULL,
	"facilitator_secret_hash" text NOT NULL,
	"cofacilitator_secret_hash" text NOT NULL,
	"facilitator_token_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"questions_open" boolean DEFAULT true NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"publish_version" integer DEFAULT 0 NOT NULL,
	"series_id" text,
	"keep_results" boolean DEFAULT false NOT NULL,
	CONSTRAINT "workshops_join_code_unique" UNIQUE("join_code")
);
--> statement-breakpoint
ALTER TABLE "board_snapshots" ADD CONSTRAINT "board_snapshots_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_updates" ADD CONSTRAINT "board_updates_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_versions" ADD CONSTRAINT "token_versions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_sessions" ADD CONSTRAINT "vote_sessions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_session_id_vote_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."vote_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_updates_board_idx" ON "board_updates" USING btree ("board_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "boards_station_idx" ON "boards" USING btree ("workshop_id","station_id");--> statement-breakpoint
CREATE INDEX "participants_workshop_idx" ON "participants" USING btree ("workshop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_team_idx" ON "questions" USING btree ("workshop_id","team_id");--> statement-breakpoint
CREATE INDEX "vote_sessions_workshop_idx" ON "vote_sessions" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "votes_session_idx" ON "votes" USING btree ("session_id","participant_id");