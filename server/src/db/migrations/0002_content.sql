CREATE TABLE `questions` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`team_id` text NOT NULL,
	`text` text NOT NULL,
	`theme_id` text,
	`promoted_rank` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questions_team_idx` ON `questions` (`workshop_id`,`team_id`);--> statement-breakpoint
CREATE TABLE `series` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`locale` text NOT NULL,
	`template_id` text NOT NULL,
	`topic_plan` text NOT NULL,
	`facilitator_secret_hash` text NOT NULL,
	`archive_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `vote_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`station_id` text,
	`title` text NOT NULL,
	`items` text NOT NULL,
	`budget` integer NOT NULL,
	`cap_per_item` integer,
	`status` text NOT NULL,
	`promoted` text,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	`revealed_at` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `vote_sessions_workshop_idx` ON `vote_sessions` (`workshop_id`);--> statement-breakpoint
CREATE TABLE `votes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`item_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `vote_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `votes_session_idx` ON `votes` (`session_id`,`participant_id`);--> statement-breakpoint
ALTER TABLE `workshops` ADD `questions_open` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `published` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `publish_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `series_id` text;