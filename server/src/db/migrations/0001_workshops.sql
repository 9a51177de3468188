CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`display_name` text NOT NULL,
	`team_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participants_workshop_idx` ON `participants` (`workshop_id`);--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` text PRIMARY KEY NOT NULL,
	`join_code` text NOT NULL,
	`definition` text NOT NULL,
	`state` text NOT NULL,
	`facilitator_secret_hash` text NOT NULL,
	`cofacilitator_secret_hash` text NOT NULL,
	`facilitator_token_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshops_join_code_unique` ON `workshops` (`join_code`);--> statement-breakpoint
ALTER TABLE `boards` ADD `workshop_id` text REFERENCES workshops(id);--> statement-breakpoint
ALTER TABLE `boards` ADD `station_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `boards_station_idx` ON `boards` (`workshop_id`,`station_id`);