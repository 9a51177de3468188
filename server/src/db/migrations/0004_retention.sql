ALTER TABLE `workshops` ADD `keep_results` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE `kept_results` (
	`workshop_id` text PRIMARY KEY NOT NULL,
	`series_id` text,
	`results` text NOT NULL,
	`publish_version` integer,
	`kept_at` integer NOT NULL
);
